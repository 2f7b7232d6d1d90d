"""Comparison baseline for `feedwatch-bench extraction`: trafilatura and readability-lxml on the
same pages, scored the same way (a `with` snippet kept is a true positive, a `without` snippet kept
a false positive), with throughput over the same bytes.

Not part of feedwatch. Each extractor gets the page's raw bytes, as feedwatch does.
"""
import gzip
import json
import os
import resource
import sys
import time


def load(folder):
    with open(os.path.join(folder, "evaldata.json"), encoding="utf-8") as handle:
        index = json.load(handle)
    pages = []
    for url in sorted(index):
        entry = index[url]
        with gzip.open(os.path.join(folder, "html", entry["file"] + ".gz"), "rb") as handle:
            pages.append((url, handle.read(), entry.get("with", []), entry.get("without", [])))
    return pages


def bench(name, extract, pages):
    tp = fn = fp = tn = 0
    for url, html, with_, without in pages:
        try:
            text = extract(html, url) or ""
        except Exception:
            text = ""
        tp += sum(1 for s in with_ if s in text)
        fn += sum(1 for s in with_ if s not in text)
        fp += sum(1 for s in without if s in text)
        tn += sum(1 for s in without if s not in text)
    total = sum(len(page[1]) for page in pages)
    rounds = 0
    started = time.perf_counter()
    while rounds < 1 or time.perf_counter() - started < 3:
        for url, html, _, _ in pages:
            try:
                extract(html, url)
            except Exception:
                pass
        rounds += 1
    seconds = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0
    recall = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
    accuracy = (tp + tn) / (tp + tn + fp + fn)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"extraction {name}: {len(pages)} pages, {total / 1e6:.1f} MB: precision {precision:.3f}, recall {recall:.3f}, "
          f"F1 {f1:.3f}, accuracy {accuracy:.3f}; {total * rounds / 1e6 / seconds:.1f} MB/s, peak RSS {peak:.0f} MB (cumulative)")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/trafilatura-eval"
    pages = load(folder)
    import trafilatura
    bench("trafilatura " + trafilatura.__version__, lambda html, url: trafilatura.extract(html, url=url), pages)
    import lxml.html
    import readability
    from importlib.metadata import version

    def run_readability(html, url):
        summary = readability.Document(html, url=url).summary()
        return lxml.html.fromstring(summary).text_content()

    bench("readability-lxml " + version("readability-lxml"), run_readability, pages)


if __name__ == "__main__":
    main()
