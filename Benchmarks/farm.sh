# Sourced by scale.sh and idle.sh: starts `feedwatch-bench serve` with N feeds (40 per loopback
# address) writing WORK/feedwatch.yaml for WORK/state.sqlite, waits until it serves, prints its
# line, and sets $server (its pid) and $port.
start_farm() {  # N WORK
    .build/release/feedwatch-bench serve "$1" $(( ($1 + 39) / 40 )) "$2/feedwatch.yaml" "$2/state.sqlite" >"$2/server.log" 2>&1 &
    server=$!
    until grep -q "^serving" "$2/server.log" 2>/dev/null; do
        kill -0 "$server" 2>/dev/null || { cat "$2/server.log"; exit 1; }
        sleep 0.5
    done
    cat "$2/server.log"
    port=$(sed -E 's/.* on port ([0-9]+).*/\1/' "$2/server.log")
}
