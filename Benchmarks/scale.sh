#!/usr/bin/env bash
# Poll cycles at scale: N synthetic feeds (20-100 items each, words drawn with their WikiRef
# frequencies) served from loopback by a separate process, polled by the real `feedwatch run --once`
# with the default fetch settings (8 at once, 2 per host, 40 feeds per host).
#   bash Benchmarks/scale.sh [N ...]        (default: 1000 10000)
# Three cycles per N: "first" (every item new), "304" (nothing changed), "steady" (every feed
# answers 200 with 5 new items). Prints one line per cycle; wall and CPU come from /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time: apt-get install time"; exit 2; }
source Benchmarks/farm.sh

cycle() {  # name feeds
    local log="$work/$1.log"
    /usr/bin/time -o "$work/time" -f "%e %U %S %M" .build/release/feedwatch run --once --config "$work/feedwatch.yaml" \
        --log-level info 2>"$log" >/dev/null
    read -r wall user sys rss <"$work/time"
    local summary items
    summary=$(grep "poll cycle done" "$log" | tail -1 | sed 's/.*poll cycle done: //')
    items=$(echo "$summary" | sed -E 's/.* ([0-9]+) new items.*/\1/')
    awk -v name="$1" -v feeds="$2" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss" -v items="$items" -v summary="$summary" 'BEGIN {
        cpu = user + sys
        printf "feeds=%d cycle=%-6s wall=%.1fs cpu=%.1fs feeds/s=%.0f items/s=%.0f cpu_s_per_1000_feeds=%.2f peak_rss=%.0fMB | %s\n",
            feeds, name, wall, cpu, feeds / wall, items / wall, cpu * 1000 / feeds, rss / 1024, summary }'
}

for feeds in "${@:-1000 10000}"; do
    for n in $feeds; do
        rm -f "$work"/state.sqlite*
        start_farm "$n" "$work"
        cycle first "$n"
        cycle 304 "$n"
        python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/_advance', timeout=600).read()"
        cycle steady "$n"
        echo "database: $(du -m "$work/state.sqlite" | cut -f1) MB"
        kill "$server"
        wait "$server" 2>/dev/null || true
        server=""
    done
done
