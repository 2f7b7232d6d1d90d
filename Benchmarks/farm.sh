# Sourced by scale.sh, idle.sh and soak.sh, from the package root. Sourcing builds the release
# products, prints the machine line and makes $work, a folder removed at exit, when the farm
# ($server) and a daemon the script started ($daemon) are stopped too.
swift build -c release 2>&1 | grep -E "error|Build complete" || true
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
work=$(mktemp -d)
server="" daemon=""
trap '[ -n "$daemon" ] && kill "$daemon" 2>/dev/null; [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

# Starts `feedwatch-bench serve` with N feeds (40 per loopback address) writing WORK/feedwatch.yaml
# for WORK/state.sqlite, waits until it serves, prints its line, and sets $server (its pid) and
# $port. CHARSETS (comma-separated) are named by the feeds' Content-Type in turn; utf-8 if not given.
start_farm() {  # N WORK [CHARSETS]
    .build/release/feedwatch-bench serve "$1" $(( ($1 + 39) / 40 )) "$2/feedwatch.yaml" "$2/state.sqlite" ${3:+"$3"} >"$2/server.log" 2>&1 &
    server=$!
    until grep -q "^serving" "$2/server.log" 2>/dev/null; do
        kill -0 "$server" 2>/dev/null || { cat "$2/server.log"; exit 1; }
        sleep 0.5
    done
    cat "$2/server.log"
    port=$(sed -E 's/.* on port ([0-9]+).*/\1/' "$2/server.log")
}
