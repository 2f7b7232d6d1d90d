#!/usr/bin/env bash
# Parser throughput, feedwatch beside the Python parsers, in one run on the same files.
#   bash Benchmarks/parse.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-../shared/corpus/big}"
venv=.build-bench-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q feedparser fastfeedparser
fi
swift build -c release --product feedwatch-bench 2>&1 | grep -E "error|Compiling|Build complete" || true
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
.build/release/feedwatch-bench parse "$folder"
"$venv/bin/python" Benchmarks/parse_peers.py "$folder"
