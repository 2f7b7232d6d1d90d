"""Agreement of the side-by-side benchmark's duplicate verdicts: feedwatch's (`feedwatch items
--format json`) and the reference pipeline's (its SQLite file), each against the stream's truth
and against each other. Part of Benchmarks/versus.sh.

    python3 versus_compare.py TRUTH.json FEEDWATCH_ITEMS.json REFERENCE.sqlite
"""
import json
import sqlite3
import sys
from collections import Counter


def main():
    truth = {row["link"]: row for row in json.load(open(sys.argv[1]))}
    feedwatch = {row["link"]: row["verdict"] == "duplicate" for row in json.load(open(sys.argv[2]))}
    reference = {link: verdict == "duplicate" for link, verdict in sqlite3.connect(sys.argv[3]).execute("SELECT link, verdict FROM items")}
    links = sorted(truth)
    missing = [name for name, verdicts in (("feedwatch", feedwatch), ("reference", reference)) if len(verdicts) != len(truth)]
    if missing:
        print(f"stored item counts differ from the stream ({len(truth)}): " +
              ", ".join(f"{name} {len(v)}" for name, v in (("feedwatch", feedwatch), ("reference", reference))))
    agree = sum(1 for link in links if feedwatch.get(link) == reference.get(link))
    print(f"duplicate verdicts: agree on {agree} of {len(links)} items ({100 * agree / len(links):.2f} %)")
    for name, verdicts in (("feedwatch", feedwatch), ("reference", reference)):
        found = Counter()
        false_alarms = sum(1 for link in links if verdicts.get(link) and truth[link]["copy_of"] is None)
        for link in links:
            if truth[link]["copy_of"] is not None:
                found[(truth[link]["kind"], bool(verdicts.get(link)))] += 1
        copies = sum(found.values())
        recall = sum(v for (kind, hit), v in found.items() if hit) / copies
        flagged = sum(1 for link in links if verdicts.get(link))
        precision = (flagged - false_alarms) / flagged if flagged else 1.0
        kinds = ", ".join(f"{kind} {found[(kind, True)]}/{found[(kind, True)] + found[(kind, False)]}"
                          for kind in ("wire", "edited", "boilerplate", "cut"))
        print(f"{name}: recall {recall:.3f} ({kinds}), precision {precision:.3f} ({false_alarms} originals flagged)")


if __name__ == "__main__":
    main()
