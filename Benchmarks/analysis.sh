#!/usr/bin/env bash
# Analysis throughput, feedwatch beside datasketch, in one run on the same WikiRef texts.
#   bash Benchmarks/analysis.sh
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-bench-venv
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -c "import datasketch" 2>/dev/null || "$venv/bin/pip" install -q datasketch
swift build -c release --product feedwatch-bench 2>&1 | grep -E "error|Build complete" || true
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
.build/release/feedwatch-bench analysis
"$venv/bin/python" Benchmarks/analysis_peers.py
