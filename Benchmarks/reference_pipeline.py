"""COMPARISON BASELINE, NOT PART OF FEEDWATCH: the script a user would write instead of feedwatch,
used by Benchmarks/versus.sh to measure feedwatch side by side.

feedparser to read each feed, datasketch (MinHash, 128 permutations, on word 4-shingles, and
MinHashLSH at Jaccard 0.5) to find near-duplicates among everything seen, a keyword score against
the seed articles for relatedness, and sqlite3 to keep items and verdicts (one transaction per
feed, items unique per feed and guid). The same settings as feedwatch's defaults where they have
one (4-word shingles, 128 values, resemblance 0.5).

    python reference_pipeline.py SEEDS_FOLDER DATABASE FEED_URL...
"""
import html
import os
import re
import sqlite3
import sys
import urllib.request
from collections import Counter

import feedparser
from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SHINGLE = 4
PERMUTATIONS = 128
RESEMBLANCE = 0.5


def words(text):
    return WORD.findall(html.unescape(TAG.sub(" ", text)).lower())


def minhash(tokens):
    signature = MinHash(num_perm=PERMUTATIONS)
    shingles = {" ".join(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def main():
    seeds_folder, database, urls = sys.argv[1], sys.argv[2], sys.argv[3:]
    seed_texts = [open(os.path.join(seeds_folder, n), encoding="utf-8").read()
                  for n in sorted(os.listdir(seeds_folder)) if n.endswith(".txt")]
    profile = Counter(w for text in seed_texts for w in set(words(text)) if len(w) > 3)
    profile_terms = {w for w, _ in profile.most_common(40)}

    lsh = MinHashLSH(threshold=RESEMBLANCE, num_perm=PERMUTATIONS)
    signatures = {}
    for index, text in enumerate(seed_texts):
        signatures[f"seed:{index}"] = minhash(words(text))
        lsh.insert(f"seed:{index}", signatures[f"seed:{index}"])

    db = sqlite3.connect(database)
    db.execute("""CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, feed TEXT, guid TEXT, title TEXT, link TEXT,
                  text TEXT, verdict TEXT, score REAL, duplicate_of TEXT, UNIQUE (feed, guid))""")
    stored = 0
    for url in urls:
        with urllib.request.urlopen(url, timeout=30) as response:
            parsed = feedparser.parse(response.read())
        with db:
            # Oldest first, so the first copy seen is the original.
            for entry in reversed(parsed.entries):
                guid = entry.get("id") or entry.get("link")
                if db.execute("SELECT 1 FROM items WHERE feed = ? AND guid = ?", (url, guid)).fetchone():
                    continue
                body = max((c.get("value", "") for c in entry.get("content", [])), key=len, default="")
                text = entry.get("title", "") + "\n" + max(body, entry.get("summary", ""), key=len)
                tokens = words(text)
                signature = minhash(tokens)
                best, best_key = 0.0, None
                for key in lsh.query(signature):
                    similarity = signature.jaccard(signatures[key])
                    if similarity > best:
                        best, best_key = similarity, key
                score = len(profile_terms.intersection(tokens)) / len(profile_terms)
                if best >= RESEMBLANCE:
                    verdict = "duplicate"
                else:
                    verdict = "related" if score >= 0.25 else "unrelated"
                    key = f"item:{entry.get('link')}"
                    signatures[key] = signature
                    lsh.insert(key, signature)
                db.execute("INSERT INTO items (feed, guid, title, link, text, verdict, score, duplicate_of) VALUES (?,?,?,?,?,?,?,?)",
                           (url, guid, entry.get("title"), entry.get("link"), text, verdict, score,
                            best_key[5:] if verdict == "duplicate" and best_key.startswith("item:") else best_key))
                stored += 1
    print(f"reference pipeline: {stored} items stored")


if __name__ == "__main__":
    main()
