"""Comparison baseline for `feedwatch-bench parse`: the Python parsers users would pick instead.

Not part of feedwatch. Parses the same folder with feedparser and fastfeedparser, the same way the
Swift benchmark does (every file, repeated for at least 3 s), and prints the same figures.
"""
import os
import resource
import sys
import time


def bench(name, parse, files):
    total = sum(len(data) for _, data in files)
    rounds = entries = failures = 0
    fastest = float("inf")
    started = time.perf_counter()
    while rounds < 2 or time.perf_counter() - started < 3:
        round_started = time.perf_counter()
        for _, data in files:
            try:
                entries += len(parse(data))
            except Exception:
                failures += 1
        rounds += 1
        fastest = min(fastest, time.perf_counter() - round_started)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{name}: {len(files)} files, {total / 1e6:.2f} MB per round, {rounds} rounds in {seconds:.2f} s: "
          f"{total * rounds / 1e6 / seconds:.1f} MB/s (best round {total / 1e6 / fastest:.1f}), {entries / seconds:.0f} entries/s, "
          f"{failures // rounds} failures, peak RSS {peak:.1f} MB (cumulative)")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/big"
    files = [(n, open(os.path.join(folder, n), "rb").read()) for n in sorted(os.listdir(folder))]
    import feedparser
    bench("feedparser " + feedparser.__version__, lambda d: feedparser.parse(d).entries, files)
    import fastfeedparser
    bench("fastfeedparser", lambda d: fastfeedparser.parse(d).entries, files)
    bench("fastfeedparser + plain text", lambda d: with_plain_text(fastfeedparser.parse(d).entries), files)


def with_plain_text(entries):
    """fastfeedparser leaves HTML in summaries and content; feedwatch turns it into plain text.
    This is the same work done the way a Python user would: lxml's HTML parser, text_content()."""
    import lxml.html
    for entry in entries:
        values = [entry.get("description") or ""] + [c.get("value") or "" for c in entry.get("content") or []]
        for value in values:
            if "<" in value or "&" in value:
                try:
                    lxml.html.fragment_fromstring(value, create_parent="div").text_content()
                except Exception:
                    pass
    return entries


if __name__ == "__main__":
    main()
