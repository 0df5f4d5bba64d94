#!/usr/bin/env bash
# Runs a benchmark of the headless bundles on a plain JVM.
#   releng/org.xenophilia.benchmarks/run.sh [foundation] [documents] [rounds]
# Builds the benchmark and the bundles it measures first (tests skipped).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE/../.."
./mvnw -B -q -DskipTests package -pl releng/org.xenophilia.benchmarks -am
which="${1:-foundation}"; shift || true
case "$which" in
    foundation) main=org.xenophilia.benchmarks.FoundationBenchmark ;;
    *) echo "run.sh: unknown benchmark '$which' (known: foundation)" >&2; exit 2 ;;
esac
exec java -Xmx1g -cp "$HERE/target/classes:$(cat "$HERE/target/classpath.txt")" "$main" "$@"
