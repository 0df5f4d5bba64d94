#!/usr/bin/env bash
# The Domains view at fleet scale, in the real Workbench (under Xvfb when there is no DISPLAY):
#   releng/org.xenophilia.ui.benchmarks/run.sh [agents=10] [domains=1000] [nodes-per-agent=1] [changes=200]
#   releng/org.xenophilia.ui.benchmarks/run.sh 10 100 10     # 100 nodes x 100 domains, 10 Agents serving them
# Installs the reactor's bundles (tests skipped) into the local Maven repository first, then runs only this module.
# Prints the report, also left in target/domains-view-benchmark.txt.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE/../.."
./mvnw -B -q -DskipTests -Dexec.skip install -pl '!releng/org.xenophilia.product,!releng/org.xenophilia.agent.deb,!releng/org.xenophilia.cli,!tests/org.xenophilia.e2e.tests'
run=(./mvnw -B -q verify -pl releng/org.xenophilia.ui.benchmarks -Dbench.agents="${1:-10}" -Dbench.domains="${2:-1000}"
     -Dbench.nodesPerAgent="${3:-1}" -Dbench.changes="${4:-200}")
if [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1280x1024x24" "${run[@]}"
else
    "${run[@]}"
fi
cat "$HERE/target/domains-view-benchmark.txt"
