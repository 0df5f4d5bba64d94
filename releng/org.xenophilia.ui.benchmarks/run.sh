#!/usr/bin/env bash
# The Domains and Storage views at fleet scale, in the real Workbench (under Xvfb when there is no DISPLAY):
#   releng/org.xenophilia.ui.benchmarks/run.sh [agents=10] [domains=1000] [nodes-per-agent=1] [changes=200]
#   releng/org.xenophilia.ui.benchmarks/run.sh 10 100 10     # 100 nodes x 100 domains, 10 Agents serving them
# The Storage view at fleet scale (one Agent per node, a file repository of that many volumes each):
#   releng/org.xenophilia.ui.benchmarks/run.sh storage [agents=10] [volumes=1000] [changes=50]
# Installs the reactor's bundles (tests skipped) into the local Maven repository first, then runs only this module.
# Prints the report, also left in target/domains-view-benchmark.txt.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE/../.."
# The examples are left out: they install nothing a benchmark uses, and their install tests need the .deb and product.
examples=examples,examples/reflink-storage,examples/reflink-storage/com.example.storage.reflink
examples=$examples,examples/reflink-storage/com.example.storage.reflink.ui
examples=$examples,examples/reflink-storage/com.example.storage.reflink.install.tests
./mvnw -B -q -DskipTests -Dexec.skip install \
    -pl "!releng/org.xenophilia.product,!releng/org.xenophilia.agent.deb,!releng/org.xenophilia.cli,!tests/org.xenophilia.e2e.tests,!${examples//,/,!}"
if [ "${1:-}" = storage ]; then
    run=(./mvnw -B -q verify -pl releng/org.xenophilia.ui.benchmarks -Dtest=StorageViewBenchmark -Dbench.timeoutSeconds=600
         -Dbench.agents="${2:-10}" -Dbench.volumes="${3:-1000}" -Dbench.changes="${4:-50}")
    report="$HERE/target/storage-view-benchmark.txt"
else
    run=(./mvnw -B -q verify -pl releng/org.xenophilia.ui.benchmarks -Dtest=DomainsViewBenchmark -Dbench.timeoutSeconds=600
         -Dbench.agents="${1:-10}" -Dbench.domains="${2:-1000}" -Dbench.nodesPerAgent="${3:-1}"
         -Dbench.changes="${4:-200}")
    report="$HERE/target/domains-view-benchmark.txt"
fi
if [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1280x1024x24" "${run[@]}"
else
    "${run[@]}"
fi
cat "$report"
