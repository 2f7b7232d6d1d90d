#!/usr/bin/env bash
# The daemon kept busy: FEEDS synthetic feeds (default 200) polled every 5 s by the real
# `feedwatch run` for MINUTES (default 5), with 5 new items in every feed each 30 s. Their servers
# name utf-8, iso-8859-1, windows-1252 and koi8-r in turn (the last two go through iconv). Samples
# the daemon's RSS every 15 s. Memory that grows with every cycle shows as a steady climb (a
# leaked iconv converter per poll, for instance: BENCHMARKS.md).
#   bash Benchmarks/soak.sh [FEEDS] [MINUTES]
# FEEDWATCH_BIN=path runs another build of feedwatch against the same farm (to compare two versions).
set -euo pipefail
cd "$(dirname "$0")/.."
feeds=${1:-200}
minutes=${2:-5}
source Benchmarks/farm.sh

start_farm "$feeds" "$work" "utf-8,iso-8859-1,windows-1252,koi8-r"
printf 'poll:\n  interval: 5s\n  min_interval: 1s\n' >>"$work/feedwatch.yaml"
"${FEEDWATCH_BIN:-.build/release/feedwatch}" run --config "$work/feedwatch.yaml" 2>"$work/daemon.log" >/dev/null &
daemon=$!
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$daemon/status"; }
start=$(date +%s)
end=$(( start + minutes * 60 ))
next_edition=$(( start + 30 ))
samples=()
while [ "$(date +%s)" -lt "$end" ]; do
    sleep 15
    now=$(date +%s)
    if [ "$now" -ge "$next_edition" ]; then
        python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/_advance', timeout=600).read()"
        next_edition=$(( next_edition + 30 ))
    fi
    samples+=("$(( now - start )):$(rss_kb)")
done
cycles=$(grep -c "poll cycle done" "$work/daemon.log" || true)
new_items=$(grep "poll cycle done" "$work/daemon.log" | sed -E 's/.* ([0-9]+) new items.*/\1/' | paste -sd+ | bc)
echo "rss (s:KB): ${samples[*]}"
# From the end of the first minute (the first cycle stored every feed's items): the least-squares
# slope of RSS against time, which a single noisy sample moves less than the two ends would.
printf '%s\n' "${samples[@]}" | awk -F: -v feeds="$feeds" -v cycles="$cycles" -v items="${new_items:-0}" '
    $1 >= 60 { n++; sx += $1; sy += $2; sxx += $1 * $1; sxy += $1 * $2; if (first == "") first = $2; last = $2 }
    END {
        slope = n > 1 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0
        printf "soak feeds=%d cycles=%d new_items=%d rss after the first minute %.1fMB -> %.1fMB (%d samples): %+.0f KB per minute\n",
            feeds, cycles, items, first / 1024, last / 1024, n, slope * 60
    }'
