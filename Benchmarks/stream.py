"""Writes the side-by-side benchmark's stream: ITEMS news items in RSS 2.0 feeds of 100 items, built
from sentences of the WikiRef corpus, about 15 % of them copies of an earlier item in another feed,
and the truth about which item copies which. Deterministic (seed 2022).

    python3 Benchmarks/stream.py CORPUS_FOLDER OUT_FOLDER [ITEMS] [--verbatim]

Sentences: by default each is new, generated from the corpus's word pairs (a first-order chain
over WikiRef's words, 8 to 40 words, so phrases recur as they do in news but sentences do not);
with --verbatim, WikiRef's own 7,204 sentences, each then reused ~22 times across 20,000 items,
which different real stories do not do (it stresses the containment index: every item shares
whole sentences with a hundred others).

Copies, as outlets make them: "wire" (same text, new headline), "edited" (two sentences swapped
for new ones, one added), "boilerplate" (a paragraph of outlet boilerplate added), "cut" (the first
half only: a summary). Originals are 6 to 10 sentences drawn from the whole corpus.
"""
import json
import os
import random
import re
import sys
from xml.sax.saxutils import escape

PER_FEED = 100
BOILERPLATE = ("This article was first published by our partners and is republished here with permission. "
               "Follow us on social media for the latest updates, and sign up for our morning newsletter "
               "to get the day's top stories delivered to your inbox.")


def sentences(folder):
    pool = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        text = open(os.path.join(folder, name), "rb").read().decode("cp1252", "replace")
        for sentence in re.split(r"(?<=[.!?])\s+", " ".join(text.split())):
            if 8 <= len(sentence.split()) <= 60:
                pool.append(sentence)
    return pool


class Chain:
    """Sentences drawn from the corpus's word pairs."""

    def __init__(self, pool, rng):
        self.rng = rng
        self.next = {}
        self.starts = []
        for sentence in pool:
            words = sentence.split()
            self.starts.append(words[0])
            for a, b in zip(words, words[1:]):
                self.next.setdefault(a, []).append(b)

    def sentence(self):
        words = [self.rng.choice(self.starts)]
        while len(words) < 40 and words[-1] in self.next and not (len(words) >= 8 and words[-1][-1] in ".!?"):
            words.append(self.rng.choice(self.next[words[-1]]))
        text = " ".join(words)
        return text if text[-1] in ".!?" else text + "."


def main():
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus, out = arguments[0], arguments[1]
    total = int(arguments[2]) if len(arguments) > 2 else 20000
    rng = random.Random(2022)
    pool = sentences(corpus)
    chain = None if "--verbatim" in sys.argv else Chain(pool, rng)
    draw = (lambda n: rng.sample(pool, n)) if chain is None else (lambda n: [chain.sentence() for _ in range(n)])
    items = []  # {feed, title, body, copy_of, kind}
    feeds = (total + PER_FEED - 1) // PER_FEED
    for index in range(total):
        feed = index % feeds
        earlier = [i for i in rng.sample(range(len(items)), min(len(items), 5)) if items[i]["feed"] != feed] if items else []
        if earlier and rng.random() < 0.15:
            source = items[earlier[0]]
            while source["copy_of"] is not None:  # copy the original, as the truth counts
                source = items[source["copy_of"]]
            body = source["body"]
            kind = rng.choice(["wire", "edited", "boilerplate", "cut"])
            if kind == "edited":
                body = body[:]
                for position, sentence in zip(rng.sample(range(len(body)), 2), draw(2)):
                    body[position] = sentence
                body += draw(1)
            elif kind == "boilerplate":
                body = body + [BOILERPLATE]
            elif kind == "cut":
                body = body[: (len(body) + 1) // 2]
            title = " ".join(draw(1)[0].split()[:9])
            items.append({"feed": feed, "title": title, "body": body, "copy_of": items.index(source), "kind": kind})
        else:
            body = draw(rng.randint(6, 10))
            items.append({"feed": feed, "title": " ".join(body[0].split()[:10]), "body": body, "copy_of": None, "kind": "original"})

    os.makedirs(os.path.join(out, "feeds"), exist_ok=True)
    truth = []
    for feed in range(feeds):
        members = [(i, item) for i, item in enumerate(items) if item["feed"] == feed]
        entries = []
        # Newest first, as feeds list them.
        for i, item in reversed(members):
            link = f"https://outlet{feed}.example/news/{i}"
            day, minute = divmod(i, 1440)
            date = f"{3 + day % 25:02d} Aug 2022 {minute // 60:02d}:{minute % 60:02d}:00 +0000"
            entries.append(f"<item><title>{escape(item['title'])}</title><link>{link}</link><guid>{link}</guid>"
                           f"<pubDate>{date}</pubDate><description>{escape(' '.join(item['body']))}</description></item>")
            truth.append({"link": link, "copy_of": None if item["copy_of"] is None else
                          f"https://outlet{items[item['copy_of']]['feed']}.example/news/{item['copy_of']}", "kind": item["kind"]})
        with open(os.path.join(out, "feeds", f"{feed}.xml"), "w", encoding="utf-8") as handle:
            handle.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                         f"<title>Outlet {feed}</title><link>https://outlet{feed}.example/</link>"
                         f"<description>news</description>{''.join(entries)}</channel></rss>\n")
    with open(os.path.join(out, "truth.json"), "w") as handle:
        json.dump(truth, handle)
    copies = sum(1 for item in items if item["copy_of"] is not None)
    size = sum(os.path.getsize(os.path.join(out, "feeds", f)) for f in os.listdir(os.path.join(out, "feeds")))
    origin = f"{len(pool)} WikiRef sentences" if chain is None else "new sentences from WikiRef's word pairs"
    print(f"stream: {total} items ({copies} copies) in {feeds} feeds, {size / 1e6:.1f} MB, {origin}")


if __name__ == "__main__":
    main()
