"""The shipped story (../shared/seeds: the Lavrov visit to Myanmar, August 2022) inside a month of
other news: rss-2023's 58,633 real feed entries of March 2023, written as one RSS file per feed and
read by the real binary in one `run --once`. No entry reports the visit, so every alert is a false
alarm, or a later development of the story's country; the script prints them in two groups, those
that name Myanmar and those that do not.

    swift build -c release --product feedwatch && python3 Benchmarks/story_in_rss2023.py
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


def write_feeds(folder):
    entries = defaultdict(list)
    with gzip.open(STREAM, "rt", encoding="utf-8") as stream:
        for line in stream:
            entry = json.loads(line)
            entries[entry["feed"]].append(entry)
    names = []
    for number, (url, items) in enumerate(sorted(entries.items())):
        parts = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{html.escape(items[0]["source"])}</title>'
                 f"<link>{html.escape(url)}</link><description>rss-2023</description>"]
        for index, item in enumerate(items):
            published = datetime.fromisoformat(item["published"].replace("Z", "+00:00"))
            link = html.escape(item.get("link") or "")
            parts.append(f"<item><title>{html.escape(item.get('title') or '')}</title><link>{link}</link>"
                         f"<guid>{link}#{index}</guid><description>{html.escape(item.get('description') or '')}</description>"
                         f"<pubDate>{format_datetime(published)}</pubDate></item>")
        parts.append("</channel></rss>")
        name = f"feed{number:02d}.xml"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write("\n".join(parts))
        names.append(name)
    return names, sum(len(items) for items in entries.values())


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY}: not built; run `swift build -c release --product feedwatch` first")
    with tempfile.TemporaryDirectory() as work:
        names, count = write_feeds(work)
        config = os.path.join(work, "feedwatch.yaml")
        with open(config, "w", encoding="utf-8") as out:
            out.write(f"state: {work}/state.sqlite\nfetch:\n  articles: never\nfeeds:\n")
            out.writelines(f"  - url: file:{name}\n" for name in names)
            out.write(f"stories:\n  - name: lavrov-myanmar\n    seeds: {os.path.abspath(SEEDS)}\n")
        subprocess.run([BINARY, "run", "--once", "--config", config], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        listed = subprocess.run([BINARY, "stories", "--config", config, "--format", "json", "--limit", "100000"],
                                check=True, capture_output=True, text=True)
    alerts = json.loads(listed.stdout)
    names_country = [a for a in alerts if any(word in a["title"].lower() or word in " ".join(a["matched"]).lower() for word in MYANMAR)]
    elsewhere = [a for a in alerts if a not in names_country]
    print(f"{count} entries in {len(names)} feeds; {len(alerts)} alerts: {len(names_country)} name Myanmar, {len(elsewhere)} do not")
    for title, group in (("naming Myanmar", names_country), ("not naming Myanmar", elsewhere)):
        print(f"\n{title}:")
        for alert in sorted(group, key=lambda a: -a["score"]):
            print(f"  {alert['score']:.3f}  {alert['title'][:90]}  [{', '.join(alert['matched'][:6])}]")


if __name__ == "__main__":
    main()
