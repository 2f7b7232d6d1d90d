#!/usr/bin/env bash
# Fuzzes the feed parser and the page extractor with libFuzzer + AddressSanitizer, a fixed number
# of runs each. The parser is seeded with every file of ../shared/corpus, the extractor with the
# web pages of ../shared/corpus/trafilatura-eval. CI runs it with the defaults (pages are larger
# than feeds, so the extractor makes about 30 runs a second against the parser's 300); pass
# numbers for a longer session:
#   bash Fuzz/run.sh [PARSER_RUNS] [EXTRACTOR_RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
parser_runs="${1:-20000}"
extractor_runs="${2:-5000}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fuzz() {
    local target="$1" runs="$2"
    shift 2
    swift build --scratch-path .build-fuzz --product "feedwatch-fuzz-$target" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld 2>&1 | grep -E "error|warning: unre|Build complete" || true
    local binary=".build-fuzz/debug/feedwatch-fuzz-$target"
    [ -x "$binary" ] || { echo "fuzz build of $target failed" >&2; exit 1; }
    mkdir -p "$work/$target"
    echo "fuzzing $target, $runs runs"
    # New inputs go to the first (writable) folder; the others only seed.
    SWIFT_BACKTRACE=enable=no "$binary" -runs="$runs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=.build-fuzz/ "$work/$target" "$@" 2>&1 | grep -E "^#[0-9]+ *(DONE|INITED)|ERROR|SUMMARY|crash|Done" | tail -5
}

fuzz parse "$parser_runs" ../shared/corpus
# libFuzzer reads seeds as they are: the pages are stored gzipped, so a sample is unpacked first.
mkdir -p "$work/pages"
i=0
for page in ../shared/corpus/trafilatura-eval/html/*.gz; do
    i=$((i + 1))
    [ $((i % 5)) -eq 0 ] || continue
    gzip -dc "$page" 2>/dev/null | head -c 65536 > "$work/pages/$i.html" || true
done
fuzz extract "$extractor_runs" "$work/pages"
