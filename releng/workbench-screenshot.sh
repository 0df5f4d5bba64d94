#!/usr/bin/env bash
# Proves the README's run command on a machine without a display: runs ./workbench.sh under Xvfb, waits for the
# main window, saves a screenshot of the screen and stops the Workbench.
#   releng/workbench-screenshot.sh [OUT.png]      (default target/workbench.png; needs xvfb, x11-utils, imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(realpath -m "${1:-target/workbench.png}")"
mkdir -p "$(dirname "$OUT")"
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$OUT"
fi
WORKSPACE="$(mktemp -d)"
LOG="$(dirname "$OUT")/workbench.log"
XENOPHILIA_WORKSPACE="$WORKSPACE" ./workbench.sh > "$LOG" 2>&1 &
WB=$!
trap 'kill $WB 2>/dev/null; pkill -f "org.eclipse.equinox.launcher.*$WORKSPACE" 2>/dev/null; rm -rf "$WORKSPACE"' EXIT
start=$(date +%s)
until xwininfo -root -tree 2>/dev/null | grep -q '"Xenophilia"'; do
    if ! kill -0 $WB 2>/dev/null && ! pgrep -f "org.eclipse.equinox.launcher.*$WORKSPACE" >/dev/null; then
        echo "workbench-screenshot: the Workbench exited before its window showed; see $LOG" >&2; exit 1
    fi
    if [ $(( $(date +%s) - start )) -gt 900 ]; then
        echo "workbench-screenshot: no Workbench window after 900 s; see $LOG" >&2; exit 1
    fi
    sleep 1
done
echo "main window after $(( $(date +%s) - start )) s (build included)"
# let the first paint settle: wait until the Nodes view's window exists, then one more second
until xwininfo -root -tree | grep -q '"Nodes"\|Xenophilia ' ; do sleep 1; done
# workbench.sh starts a demo Agent: wait (60 s at most) until the Workbench logs the demo node as connected
for _ in $(seq 60); do grep -q 'node local demo: CONNECTED' "$LOG" && break; sleep 1; done
grep -q 'node local demo: CONNECTED' "$LOG" || echo "workbench-screenshot: the demo node did not connect; see $LOG" >&2
sleep 1
import -window root "$OUT"
echo "screenshot: $OUT"
