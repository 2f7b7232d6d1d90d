#!/usr/bin/env bash
# Fuzzes the feed parser with libFuzzer + AddressSanitizer for a fixed number of runs, seeded with
# every file of ../shared/corpus. CI runs it with the default; pass a number for a longer session:
#   bash Fuzz/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20000}"
swift build --scratch-path .build-fuzz --product feedwatch-fuzz-parse \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld 2>&1 | grep -E "error|warning: unre|Compiling|Build complete" || true
binary=".build-fuzz/debug/feedwatch-fuzz-parse"
[ -x "$binary" ] || { echo "fuzz build failed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# New inputs go to the first (writable) folder; ../shared/corpus only seeds.
SWIFT_BACKTRACE=enable=no "$binary" -runs="$runs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=.build-fuzz/ "$work" ../shared/corpus 2>&1 | grep -E "^#[0-9]+ *(DONE|INITED)|ERROR|SUMMARY|crash|Done" | tail -5
