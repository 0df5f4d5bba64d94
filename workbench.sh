#!/usr/bin/env bash
# Builds what the Workbench needs (skipping tests), starts a local demo Agent and launches the Workbench connected
# to it; the Agent stops when the Workbench exits.
#
# The demo Agent runs the simulated backend with three demo domains on 127.0.0.1 (a free port), its config and
# state under ~/.xenophilia/demo-agent (or $XENOPHILIA_WORKSPACE/.demo-agent), user "admin" with a random password
# generated once and kept there (mode 600) for this node only. The Workbench learns host, port, user, password
# file and certificate fingerprint from a small file (-Dxenophilia.demo=FILE) and trusts that certificate for the
# "local demo" node only. XENOPHILIA_DEMO=0 launches without the demo Agent.
# Arguments go to the Workbench (e.g. -data DIR for another workspace); XENOPHILIA_VMARGS adds JVM options.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests -Dexec.skip verify
PRODUCT=releng/org.xenophilia.product/target/products/org.xenophilia.workbench/linux/gtk/x86_64/xenophilia
WORKSPACE="${XENOPHILIA_WORKSPACE:-$HOME/.xenophilia/workspace}"
if [ "${XENOPHILIA_DEMO:-1}" = 0 ]; then
    exec "$PRODUCT/xenophilia" -data "$WORKSPACE" "$@"
fi

AGENT="$PWD/releng/org.xenophilia.agent.deb/xenophiliad-dev.sh"
DEMO="${XENOPHILIA_WORKSPACE:+$XENOPHILIA_WORKSPACE/.demo-agent}"
DEMO="${DEMO:-$HOME/.xenophilia/demo-agent}"
mkdir -p "$DEMO/etc" "$DEMO/state"
chmod 700 "$DEMO"
CONF="$DEMO/etc/agent.conf"
PASSWORD_FILE="$DEMO/password"
if [ ! -s "$PASSWORD_FILE" ] || [ ! -f "$DEMO/.user-added" ]; then
    rm -rf "$DEMO/etc" "$DEMO/.user-added" && mkdir -p "$DEMO/etc"   # a half-made demo config: start it afresh
    (umask 077; head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24 > "$PASSWORD_FILE")
    "$AGENT" user add admin --role admin --config "$CONF" --state-dir "$DEMO/state" < "$PASSWORD_FILE" \
        > "$DEMO/user-add.log" 2>&1 || { echo "workbench.sh: cannot add the demo user; see $DEMO/user-add.log" >&2; exit 1; }
    touch "$DEMO/.user-added"
fi

LOG="$DEMO/agent.log"
"$AGENT" serve --config "$CONF" --state-dir "$DEMO/state" --backend simulated --demo-domains \
    --listen 127.0.0.1:0 > "$LOG" 2>&1 &
AGENT_PID=$!
WB_PID=
cleanup() {
    [ -n "$WB_PID" ] && kill "$WB_PID" 2>/dev/null || true
    kill "$AGENT_PID" 2>/dev/null && wait "$AGENT_PID" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP

start=$(date +%s)
until grep -q '^xenophiliad: certificate SHA-256 fingerprint ' "$LOG" && grep -q '^xenophiliad: serving XenAPI on ' "$LOG"; do
    if ! kill -0 "$AGENT_PID" 2>/dev/null; then
        echo "workbench.sh: the demo Agent exited; see $LOG" >&2; exit 1
    fi
    if [ $(( $(date +%s) - start )) -gt 120 ]; then
        echo "workbench.sh: the demo Agent did not serve within 120 s; see $LOG" >&2; exit 1
    fi
    sleep 0.2
done
URL=$(grep -m1 '^xenophiliad: serving XenAPI on ' "$LOG" | awk '{print $5}')
FINGERPRINT=$(grep -m1 '^xenophiliad: certificate SHA-256 fingerprint ' "$LOG" | awk '{print $NF}')
PORT=$(printf '%s' "$URL" | sed -E 's#^https://[^/]*:([0-9]+)/?.*#\1#')
NODE_FILE="$DEMO/demo-node.properties"
(umask 077; printf 'host=127.0.0.1\nport=%s\nuser=admin\npasswordFile=%s\nfingerprint=%s\n' \
    "$PORT" "$PASSWORD_FILE" "$FINGERPRINT" > "$NODE_FILE")
echo "workbench.sh: demo Agent (pid $AGENT_PID) serving on $URL, fingerprint $FINGERPRINT"

XENOPHILIA_VMARGS="${XENOPHILIA_VMARGS:-} -Dxenophilia.demo=$NODE_FILE" \
    "$PRODUCT/xenophilia" -data "$WORKSPACE" "$@" &
WB_PID=$!
set +e
wait "$WB_PID"
rc=$?
WB_PID=
exit $rc
