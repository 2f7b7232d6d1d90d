"""Duplicate verdicts of the side-by-side benchmark: feedwatch's (`feedwatch items --format json`)
and the reference pipeline's (its SQLite file), scored against the stream's truth and compared with
each other. Part of Benchmarks/versus.sh.

    python3 versus_compare.py TRUTH.json FEEDWATCH_ITEMS.json REFERENCE.sqlite

Scoring is by copy group (an original and its copies): whichever member a pipeline meets first is
its original, so a group of k items should have exactly k - 1 members flagged as duplicates, and
an item that nothing copies none. Feeds are fetched concurrently by feedwatch and one after the
other by the script, so they may pick different members as the original: per-item agreement is
shown, and agreement per group (the same number flagged) is the fair comparison.
"""
import json
import sqlite3
import sys
from collections import Counter, defaultdict


def main():
    truth = json.load(open(sys.argv[1]))
    verdicts = {
        "feedwatch": {row["link"]: row["verdict"] == "duplicate" for row in json.load(open(sys.argv[2]))},
        "reference": {link: verdict == "duplicate" for link, verdict in sqlite3.connect(sys.argv[3]).execute("SELECT link, verdict FROM items")},
    }
    groups = defaultdict(list)
    kind_of_group = {}
    for row in truth:
        root = row["copy_of"] or row["link"]
        groups[root].append(row["link"])
        if row["copy_of"]:
            kind_of_group[root] = row["kind"] if root not in kind_of_group else "several"
    for name, found in verdicts.items():
        if len(found) != len(truth):
            print(f"{name} stored {len(found)} items of {len(truth)}")
    links = [row["link"] for row in truth]
    agree = sum(1 for link in links if verdicts["feedwatch"].get(link) == verdicts["reference"].get(link))
    same_groups = sum(1 for members in groups.values()
                      if sum(verdicts["feedwatch"].get(m, False) for m in members) == sum(verdicts["reference"].get(m, False) for m in members))
    print(f"agreement: the same duplicate verdict on {agree} of {len(links)} items ({100 * agree / len(links):.2f} %); "
          f"the same number flagged in {same_groups} of {len(groups)} groups ({100 * same_groups / len(groups):.2f} %)")
    for name, found in verdicts.items():
        expected = detected = flagged = 0
        by_kind = Counter()
        for root, members in groups.items():
            hits = sum(found.get(m, False) for m in members)
            flagged += hits
            detected += min(hits, len(members) - 1)
            expected += len(members) - 1
            if len(members) == 2:
                by_kind[(kind_of_group[root], hits >= 1)] += 1
        kinds = ", ".join(f"{k} {by_kind[(k, True)]}/{by_kind[(k, True)] + by_kind[(k, False)]}" for k in ("wire", "edited", "boilerplate", "cut"))
        print(f"{name}: recall {detected / expected:.3f} ({detected} of {expected} copies; pairs by kind: {kinds}), "
              f"precision {detected / flagged if flagged else 1:.3f} ({flagged - detected} flagged wrongly)")


if __name__ == "__main__":
    main()
