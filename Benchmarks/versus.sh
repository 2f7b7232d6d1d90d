#!/usr/bin/env bash
# feedwatch beside the Python pipeline a user would otherwise write (Benchmarks/reference_pipeline.py:
# feedparser + datasketch + sqlite3; a comparison baseline, installed here into a virtualenv), in
# one run over the same stream: ITEMS items (default 20,000) built from WikiRef by
# Benchmarks/stream.py, ~15 % of them copies, in feeds of 100 items, each feed an outlet of its
# own, served by Python's http.server (separate processes, so their CPU is in neither figure) from
# HOSTS loopback addresses, feed n from 127.0.0.(n mod HOSTS + 1). The default, 1, puts every outlet
# on 127.0.0.1, so feedwatch's politeness limit of 2 fetches per host applies to all 200 (as in
# every figure in BENCHMARKS.md); HOSTS=5 spreads them 40 per address, as Benchmarks/farm.sh does.
#   [HOSTS=N] bash Benchmarks/versus.sh [ITEMS] [--verbatim]
# (--verbatim: items made of WikiRef's own sentences, each reused ~22 times; see stream.py)
# Both compare every item with every earlier one: the reference indexes everything, and feedwatch's
# story has `threshold: 0`, so every item that is not a copy counts as known and is indexed too.
# A third run, "as-deployed", is feedwatch with the story at its default threshold.
# Wall, CPU and peak RSS come from /usr/bin/time; duplicate verdicts are scored against the truth.
# Last, the floor: the least time this work could take here (see the comment above it, and BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-20000}
mode=${2:-}
hosts=${HOSTS:-1}
[[ $hosts =~ ^[0-9]+$ ]] && [ "$hosts" -ge 1 ] && [ "$hosts" -le 200 ] || { echo "HOSTS=$hosts: give a number of loopback addresses from 1 to 200"; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time: apt-get install time"; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell: apt-get install sqlite3"; exit 2; }
venv=.build-bench-venv
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -c "import feedparser, datasketch" 2>/dev/null || "$venv/bin/pip" install -q feedparser datasketch
for product in feedwatch feedwatch-bench; do swift build -c release --product "$product" 2>&1 | grep -E "error|Build complete" || true; done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); python $("$venv/bin/python" -c 'import sys, feedparser, datasketch; print(sys.version.split()[0], "feedparser", feedparser.__version__, "datasketch", datasketch.__version__)')"
work=$(mktemp -d)
servers=()
trap 'for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null; done; rm -rf "$work"' EXIT

python3 Benchmarks/stream.py ../shared/corpus/wikiref/WikiRef220 "$work/stream" "$items" $mode
bases=()
for host in $(seq 1 "$hosts"); do
    python3 -u -m http.server 0 --bind "127.0.0.$host" --directory "$work/stream" >"$work/http$host.log" 2>&1 &
    servers+=($!)
    until grep -q "port" "$work/http$host.log" 2>/dev/null; do sleep 0.2; done
    bases+=("http://127.0.0.$host:$(sed -nE 's/.*port ([0-9]+).*/\1/p' "$work/http$host.log" | head -1)")
done
urls=$(ls "$work/stream/feeds" | sort -n | while read -r feed; do echo "${bases[$(( ${feed%.xml} % hosts ))]}/feeds/$feed"; done)
echo "served from $hosts loopback address(es), $(( $(echo "$urls" | wc -l) / hosts )) feeds each"
seeds=$(cd ../shared/seeds && pwd)
{
    echo "state: $work/feedwatch.sqlite"
    # The stream's items link to the real outlets; the comparison is of feed text, offline.
    echo "fetch: {articles: never}"
    echo "stories:"
    echo "  - {name: stream, seeds: $seeds, threshold: 0}"
    echo "feeds:"
    for url in $urls; do echo "  - url: $url"; done
} >"$work/feedwatch.yaml"

measure() {  # name command...
    local name=$1
    shift
    /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" >"$work/$name.out" 2>"$work/$name.err" || { cat "$work/$name.err"; exit 1; }
    read -r wall user sys rss <"$work/time"
    echo "$name $wall $user $sys $rss" >>"$work/figures"
    awk -v name="$name" -v wall="$wall" -v cpu="$(echo "$user + $sys" | bc)" -v rss="$rss" -v items="$items" 'BEGIN {
        printf "%-10s wall=%.2fs cpu=%.2fs items/s=%.0f peak_rss=%.1fMB\n", name, wall, cpu, items / wall, rss / 1024 }'
}
measure feedwatch .build/release/feedwatch run --once --config "$work/feedwatch.yaml" --log-level notice
# The same stream as deployed: the story at its default threshold, so only what relates to it (and
# its copies) is indexed; its duplicate verdicts are not compared (it has nothing to compare).
sed -e "s|$work/feedwatch.sqlite|$work/as-deployed.sqlite|" -e "s|, threshold: 0}|}|" "$work/feedwatch.yaml" >"$work/as-deployed.yaml"
measure as-deployed .build/release/feedwatch run --once --config "$work/as-deployed.yaml" --log-level notice
# shellcheck disable=SC2086
measure reference "$venv/bin/python" Benchmarks/reference_pipeline.py "$seeds" "$work/reference.sqlite" $urls
awk '{ wall[$1] = $2; cpu[$1] = $3 + $4; rss[$1] = $5 } END {
    printf "feedwatch vs reference: %.1fx faster (wall), %.1fx less CPU, %.2fx the peak RSS\n",
        wall["reference"] / wall["feedwatch"], cpu["reference"] / cpu["feedwatch"], rss["feedwatch"] / rss["reference"]
    printf "as deployed vs reference: %.1fx faster (wall), %.1fx less CPU, %.2fx the peak RSS\n",
        wall["reference"] / wall["as-deployed"], cpu["reference"] / cpu["as-deployed"], rss["as-deployed"] / rss["reference"] }' "$work/figures"
# The floor, for the goal's sake: how fast this work could go here with feedwatch's parser and
# analysis and with SQLite, however it were scheduled. Parsing and preparing every item on one thread
# (feedwatch-bench floor), and SQLite's part at its cheapest: the rows the first run stored, copied
# into an empty store in one transaction with the search index built in the same batch (sqlite3, no
# per-item statements). SQLite has one writer, so its part takes one core; the rest could share
# every core. Fetching, duplicate look-ups and alerts are left out.
.build/release/feedwatch-bench floor "$work/stream/feeds" "$seeds" | tee "$work/floor.out"
sed -e "s|$work/feedwatch.sqlite|$work/floor.sqlite|" "$work/feedwatch.yaml" >"$work/floor.yaml"
.build/release/feedwatch migrate --config "$work/floor.yaml" >/dev/null
/usr/bin/time -o "$work/time" -f "%U %S" sqlite3 "$work/floor.sqlite" "PRAGMA synchronous = NORMAL;
    ATTACH '$work/feedwatch.sqlite' AS stored; BEGIN;
    INSERT INTO feeds SELECT * FROM stored.feeds; INSERT INTO items SELECT * FROM stored.items;
    INSERT INTO verdicts SELECT * FROM stored.verdicts; INSERT INTO fingerprints SELECT * FROM stored.fingerprints;
    INSERT INTO items_fts (rowid, title, summary, content) SELECT id, title, summary, content FROM items;
    COMMIT; PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
awk -v cores="$(nproc)" -v sql="$(awk '{ print $1 + $2 }' "$work/time")" -v reference="$(awk '$1 == "reference" { print $2 }' "$work/figures")" '
    /^floor:/ { parse = $(NF - 4); prepare = $(NF - 1) }
    END {
        floor = (parse + prepare + sql) / cores
        if (sql > floor) floor = sql
        printf "floor: parse %.2f s + prepare %.2f s on any core, SQLite %.2f s on its one writer: on %d cores no schedule beats %.2f s, %.1fx the reference\n",
            parse, prepare, sql, cores, floor, reference / floor }' "$work/floor.out"
.build/release/feedwatch items --format json --limit 1000000 --config "$work/feedwatch.yaml" >"$work/feedwatch-items.json"
python3 Benchmarks/versus_compare.py "$work/stream/truth.json" "$work/feedwatch-items.json" "$work/reference.sqlite"
