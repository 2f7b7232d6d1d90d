#!/usr/bin/env bash
# The daemon at rest: FEEDS synthetic feeds (default 500) that all answer 304, polled every minute
# (poll.interval: 1m, the floor) for MINUTES (default 10) by the real `feedwatch run`, after a first
# `run --once` stored their items. Samples the daemon's CPU time and RSS from /proc every 5 s.
#   bash Benchmarks/idle.sh [FEEDS] [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/.."
feeds=${1:-500}
minutes=${2:-10}
source Benchmarks/farm.sh

start_farm "$feeds" "$work"
printf 'poll:\n  interval: 1m\n' >>"$work/feedwatch.yaml"
.build/release/feedwatch run --once --config "$work/feedwatch.yaml" 2>"$work/prime.log" >/dev/null
echo "primed: $(grep 'poll cycle done' "$work/prime.log" | sed 's/.*poll cycle done: //')"

.build/release/feedwatch run --config "$work/feedwatch.yaml" 2>"$work/daemon.log" >/dev/null &
daemon=$!
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$daemon/stat"; }
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$daemon/status"; }
sleep 5   # READY and the first (304) cycle are part of the run, not of rest
start_ticks=$(cpu_ticks) start=$(date +%s.%N) max_rss=0 samples=0 rss_sum=0
end=$(( $(date +%s) + minutes * 60 ))
while [ "$(date +%s)" -lt "$end" ]; do
    sleep 5
    rss=$(rss_kb)
    samples=$((samples + 1)) rss_sum=$((rss_sum + rss))
    [ "$rss" -gt "$max_rss" ] && max_rss=$rss
done
end_ticks=$(cpu_ticks) elapsed=$(echo "$(date +%s.%N) - $start" | bc)
hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$daemon/status")
cycles=$(grep -c "poll cycle done" "$work/daemon.log" || true)
not_modified=$(grep "poll cycle done" "$work/daemon.log" | sed -E 's/.* ([0-9]+) not modified.*/\1/' | paste -sd+ | bc)
failed=$(grep "poll cycle done" "$work/daemon.log" | sed -E 's/.* ([0-9]+) failed.*/\1/' | paste -sd+ | bc)
anon=$(awk '/^RssAnon/ { print $2 }' "/proc/$daemon/status") file=$(awk '/^RssFile/ { print $2 }' "/proc/$daemon/status")
awk -v anon="$anon" -v file="$file" -v feeds="$feeds" -v t="$((end_ticks - start_ticks))" -v hz="$ticks" -v s="$elapsed" -v max="$max_rss" -v avg="$((rss_sum / samples))" \
    -v hwm="$hwm" -v cycles="$cycles" -v nm="${not_modified:-0}" -v failed="${failed:-0}" 'BEGIN {
    printf "idle feeds=%d over=%.0fs cpu=%.2fs (%.3f%% of one core) rss avg=%.1fMB max=%.1fMB peak(VmHWM)=%.1fMB (at the end: anonymous %.1fMB, file-backed %.1fMB) cycles=%d responses_304=%d failed=%d\n",
        feeds, s, t / hz, 100 * t / hz / s, avg / 1024, max / 1024, hwm / 1024, anon / 1024, file / 1024, cycles, nm, failed }'
