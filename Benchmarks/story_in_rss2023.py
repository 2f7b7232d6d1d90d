"""The shipped story (../shared/seeds: the Lavrov visit to Myanmar, August 2022) inside a month of
other news: rss-2023's 58,633 real feed entries of March 2023, written as one RSS file per feed and
read by the real binary in one `run --once`. No entry reports the visit, so every alert is a false
alarm, or a later development of the story's country; the script prints them in two groups, those
that name Myanmar and those that do not.

With --judge it runs twice more, over the month's first half (to 11 March) and then its second:
once as it is, once with an analyst who judges every alert of the first half that does not name
Myanmar `--unrelated` before the second half arrives, and prints the second half's alerts of both.

    swift build -c release --product feedwatch && python3 Benchmarks/story_in_rss2023.py [--judge]
"""
import gzip
import html
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import datetime
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STREAM = os.path.join(ROOT, "..", "shared", "corpus", "rss-2023", "stream.jsonl.gz")
SEEDS = os.path.join(ROOT, "..", "shared", "seeds")
BINARY = os.path.join(ROOT, ".build", "release", "feedwatch")
MYANMAR = ("myanmar", "burma", "burmese", "naypyitaw", "naypyidaw", "yangon", "rohingya")


SECOND_HALF = "2023-03-12"


def read_stream():
    entries = defaultdict(list)
    with gzip.open(STREAM, "rt", encoding="utf-8") as stream:
        for line in stream:
            entry = json.loads(line)
            entries[entry["feed"]].append(entry)
    return entries


def write_feeds(folder, entries):
    os.makedirs(folder, exist_ok=True)
    names = []
    for number, (url, items) in enumerate(sorted(entries.items())):
        parts = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{html.escape(items[0]["source"])}</title>'
                 f"<link>{html.escape(url)}</link><description>rss-2023</description>"]
        for index, item in enumerate(items):
            published = datetime.fromisoformat(item["published"].replace("Z", "+00:00"))
            link = html.escape(item.get("link") or "")
            parts.append(f"<item><title>{html.escape(item.get('title') or '')}</title><link>{link}</link>"
                         f"<guid>{link}#{item['published']}#{index}</guid><description>{html.escape(item.get('description') or '')}</description>"
                         f"<pubDate>{format_datetime(published)}</pubDate></item>")
        parts.append("</channel></rss>")
        name = f"feed{number:02d}.xml"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write("\n".join(parts))
        names.append(name)
    return names


def feedwatch(*arguments):
    return subprocess.run([BINARY, *arguments], check=True, capture_output=True, text=True).stdout


def run_once(work, name, folder, feeds):
    """One `run --once` of the store `name` over the feeds in `folder`; returns its config's path."""
    config = os.path.join(work, f"{name}-{os.path.basename(folder)}.yaml")
    with open(config, "w", encoding="utf-8") as out:
        out.write(f"state: {work}/{name}.sqlite\nfetch:\n  articles: never\nfeeds:\n")
        out.writelines(f"  - url: file:{os.path.join(folder, feed)}\n" for feed in feeds)
        out.write(f"stories:\n  - name: lavrov-myanmar\n    seeds: {os.path.abspath(SEEDS)}\n")
    feedwatch("run", "--once", "--config", config)
    return config


def alerts(config):
    return json.loads(feedwatch("stories", "--config", config, "--format", "json", "--limit", "100000"))


def names_myanmar(alert):
    return any(word in alert["title"].lower() or word in " ".join(alert["matched"]).lower() for word in MYANMAR)


def print_groups(found):
    for title, group in (("naming Myanmar", [a for a in found if names_myanmar(a)]),
                         ("not naming Myanmar", [a for a in found if not names_myanmar(a)])):
        print(f"\n{title}:")
        for alert in sorted(group, key=lambda a: -a["score"]):
            print(f"  {alert['score']:.3f}  {alert['title'][:90]}  [{', '.join(alert['matched'][:6])}]")


def whole_month(work, entries):
    feeds = write_feeds(os.path.join(work, "month"), entries)
    found = alerts(run_once(work, "month", os.path.join(work, "month"), feeds))
    count = sum(len(items) for items in entries.values())
    mentions = sum(map(names_myanmar, found))
    print(f"{count} entries in {len(feeds)} feeds; {len(found)} alerts: {mentions} name Myanmar, {len(found) - mentions} do not")
    print_groups(found)


def judged_halves(work, entries):
    halves = {}
    for half, keep in (("first", lambda e: e["published"] < SECOND_HALF), ("second", lambda e: e["published"] >= SECOND_HALF)):
        folder = os.path.join(work, half)
        kept = {feed: [e for e in items if keep(e)] for feed, items in entries.items()}
        halves[half] = (folder, write_feeds(folder, {feed: items for feed, items in kept.items() if items}))
    second = {}
    for name in ("plain", "judged"):
        config = run_once(work, name, *halves["first"])
        if name == "judged":
            false_alarms = [a for a in alerts(config) if not names_myanmar(a)]
            for alert in false_alarms:
                feedwatch("judge", str(alert["id"]), "--unrelated", "--story", "lavrov-myanmar", "--config", config)
            print(f"first half: {len(false_alarms)} alerts not naming Myanmar judged --unrelated")
            for alert in sorted(false_alarms, key=lambda a: -a["score"]):
                print(f"  {alert['score']:.3f}  {alert['title'][:90]}")
        config = run_once(work, name, *halves["second"])
        second[name] = [a for a in alerts(config) if (a.get("published") or "") >= SECOND_HALF]
    for name, found in second.items():
        mentions = sum(map(names_myanmar, found))
        print(f"second half, {name}: {len(found)} alerts: {mentions} name Myanmar, {len(found) - mentions} do not")
    print_groups(second["judged"])


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY}: not built; run `swift build -c release --product feedwatch` first")
    entries = read_stream()
    with tempfile.TemporaryDirectory() as work:
        if "--judge" in sys.argv[1:]:
            judged_halves(work, entries)
        else:
            whole_month(work, entries)


if __name__ == "__main__":
    main()
