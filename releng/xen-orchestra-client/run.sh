#!/usr/bin/env bash
# Runs Xen Orchestra's XenAPI client (the npm package xen-api, the version pinned in package-lock.json) against an
# Agent: scenario.mjs, with the Agent's certificate pinned by its fingerprint and then verified by Node's TLS.
#
#   run.sh --work DIR --url URL --fingerprint SHA256 --user USER --password-file FILE [scenario options...]
#
# DIR receives a copy of this package and its node_modules (npm ci, from the npm registry npm is configured with;
# kept for the next run while package-lock.json is unchanged). The scenario options (--transport, --vm, --timeout)
# are passed on. Exit: the scenario's (0 passed, 1 failed), 2 usage, 3 Node.js or npm missing or npm ci failed.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
work='' url='' fingerprint='' scenario=()
while [ $# -gt 0 ]; do
    case "$1" in
        --work) work="$2"; shift 2 ;;
        --url) url="$2"; scenario+=("$1" "$2"); shift 2 ;;
        --fingerprint) fingerprint="$2"; shift 2 ;;
        *) scenario+=("$1"); shift ;;
    esac
done
if [ -z "$work" ] || [ -z "$url" ] || [ -z "$fingerprint" ]; then
    sed -n '2,10p' "$0" >&2
    exit 2
fi
for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing: apt-get install nodejs npm (Node.js 18.17 or later)" >&2; exit 3; }
done
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && b >= 17) ? 0 : 1)' ||
    { echo "run.sh: Node.js $(node --version) is too old: xen-api needs 18.17 or later" >&2; exit 3; }

mkdir -p "$work"
cp "$HERE/package.json" "$HERE/package-lock.json" "$HERE/.npmrc" "$HERE"/*.mjs "$work/"
if ! cmp -s "$HERE/package-lock.json" "$work/node_modules/.installed-package-lock.json"; then
    echo "run.sh: npm ci in $work" >&2
    (cd "$work" && npm ci --no-audit --no-fund --loglevel=error >&2) || { echo "run.sh: npm ci failed" >&2; exit 3; }
    cp "$HERE/package-lock.json" "$work/node_modules/.installed-package-lock.json"
fi
node "$work/pinned-certificate.mjs" "$url" "$fingerprint" > "$work/agent.pem"
cd "$work"
exec env NODE_EXTRA_CA_CERTS="$work/agent.pem" node scenario.mjs "${scenario[@]}"
