#!/usr/bin/env bash
# Main-text extraction quality and throughput, feedwatch beside trafilatura and readability-lxml,
# in one run on the same pages (../shared/corpus/trafilatura-eval).
#   bash Benchmarks/extraction.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-../shared/corpus/trafilatura-eval}"
venv=.build-bench-venv
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
# Python 3.11's bundled pip fails to resolve trafilatura's lxml extras; a current pip does not.
"$venv/bin/python" -c "import trafilatura, readability" 2>/dev/null \
    || { "$venv/bin/pip" install -q --upgrade pip && "$venv/bin/pip" install -q trafilatura readability-lxml; }
swift build -c release --product feedwatch-bench 2>&1 | grep -E "error|Compiling|Build complete" || true
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
.build/release/feedwatch-bench extraction "$folder"
"$venv/bin/python" Benchmarks/extraction_peers.py "$folder"
