#!/usr/bin/env bash
# Runs the whole test suite: builds every module and runs every test tier (headless OSGi tests, the Workbench
# UI tests on an X display, the model drift check). Without a display it starts a virtual one (Xvfb).
# Extra arguments go to Maven, e.g. ./test.sh -o for an offline rerun.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "test.sh: xvfb-run is missing: apt-get install xvfb xauth" >&2; exit 2; }
    exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@"
fi
exec ./mvnw -B verify "$@"
