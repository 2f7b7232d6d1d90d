"""Comparison baseline for `feedwatch-bench analysis`: datasketch's MinHash (128 permutations) over
word 5-shingles of the same WikiRef texts, timed the same way (every text, repeated ≥ 2 s).

Not part of feedwatch. Prints MB/s and items/s like the Swift benchmark.
"""
import os
import re
import sys
import time


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/wikiref/WikiRef220"
    texts = [open(os.path.join(folder, n), "rb").read().decode("cp1252", "replace")
             for n in sorted(os.listdir(folder)) if n.endswith(".txt")]
    total = sum(len(t.encode("utf-8")) for t in texts)
    from datasketch import MinHash
    word = re.compile(r"\w+")

    def signature(text):
        words = word.findall(text.lower())
        m = MinHash(num_perm=128)
        m.update_batch([" ".join(words[i:i + 5]).encode("utf-8") for i in range(max(1, len(words) - 4))])
        return m

    rounds, fastest = 0, float("inf")
    started = time.perf_counter()
    while rounds < 2 or time.perf_counter() - started < 2:
        round_started = time.perf_counter()
        for text in texts:
            signature(text)
        fastest = min(fastest, time.perf_counter() - round_started)
        rounds += 1
    seconds = time.perf_counter() - started
    import datasketch
    print(f"datasketch {datasketch.__version__}: tokenize + 5-word shingles + MinHash 128: "
          f"{total * rounds / 1e6 / seconds:.1f} MB/s (best round {total / 1e6 / fastest:.1f}), "
          f"{len(texts) * rounds / seconds:.0f} items/s")


if __name__ == "__main__":
    main()
