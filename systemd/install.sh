#!/usr/bin/env bash
# Installs feedwatch as a systemd service: a release build of the binary, the unit, and (unless one
# exists) a default /etc/feedwatch/feedwatch.yaml; then prints the next steps.
#   sudo bash systemd/install.sh                  build, install, print next steps
#   DESTDIR=/tmp/stage bash systemd/install.sh    stage into a folder instead of / (packaging, tests)
#   FEEDWATCH_BINARY=path bash systemd/install.sh install an already built binary
# Upgrading is the same command: the binary and unit are replaced, the config and state are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
root="${DESTDIR:-}"
binary="${FEEDWATCH_BINARY:-}"
if [ -z "$binary" ]; then
    swift build -c release --product feedwatch
    binary=.build/release/feedwatch
fi
[ -x "$binary" ] || { echo "install.sh: $binary is not an executable; build it or set FEEDWATCH_BINARY" >&2; exit 2; }

install -d "$root/usr/local/bin" "$root/etc/systemd/system" "$root/etc/feedwatch" "$root/usr/local/share/doc/feedwatch"
install -m 0755 "$binary" "$root/usr/local/bin/feedwatch"
install -m 0644 systemd/feedwatch.service "$root/etc/systemd/system/feedwatch.service"
install -m 0644 README.md "$root/usr/local/share/doc/feedwatch/README.md"
config="$root/etc/feedwatch/feedwatch.yaml"
if [ -e "$config" ]; then
    echo "kept the existing $config"
else
    # The shipped example, with the service's state directory and seeds beside the config
    # (relative paths resolve against the config's folder).
    sed -e 's#^state: .*#state: /var/lib/feedwatch/feedwatch.sqlite#' \
        -e 's#^    seeds: .*#    seeds: seeds/lavrov-myanmar#' config/feedwatch.yaml >"$config"
    install -m 0644 config/feeds.opml "$root/etc/feedwatch/feeds.opml"
    install -d "$root/etc/feedwatch/seeds/lavrov-myanmar"
    echo "wrote $config"
fi

cat <<NEXT
Installed feedwatch into ${root:-/}. Next:
  1. Put your seed articles (.txt) in /etc/feedwatch/seeds/<story>/ and edit /etc/feedwatch/feedwatch.yaml.
  2. feedwatch check-config --config /etc/feedwatch/feedwatch.yaml
  3. systemctl daemon-reload && systemctl enable --now feedwatch
  4. journalctl -u feedwatch -f            (alerts: journalctl -u feedwatch -g '^related')
     systemctl reload feedwatch            (after editing feeds or stories)
NEXT
