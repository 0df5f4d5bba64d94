#!/usr/bin/env bash
# Cold start of the Workbench product to its first painted view (the Nodes view), measured from the launcher's
# exec to the first SWT paint (the product writes the time when XENOPHILIA_STARTUP_REPORT names a file).
#   releng/org.xenophilia.benchmarks/workbench-startup.sh [runs=5]
# Builds the product first (tests skipped) unless XENOPHILIA_NO_BUILD=1. Each run has a fresh, empty workspace and no
# demo node; under Xvfb when there is no DISPLAY. Prints every run, the first (coldest) and the median.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUNS="${1:-5}"
PRODUCT="$ROOT/releng/org.xenophilia.product/target/products/org.xenophilia.workbench/linux/gtk/x86_64/xenophilia"
if [ "${XENOPHILIA_NO_BUILD:-0}" != 1 ]; then
    (cd "$ROOT" && ./mvnw -B -q -DskipTests -Dexec.skip verify)
fi
[ -x "$PRODUCT/xenophilia" ] || { echo "workbench-startup: no product at $PRODUCT" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x900x24" "$0" "$@"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
times=()
for i in $(seq 1 "$RUNS"); do
    report="$work/report-$i"
    start=$(date +%s%3N)
    XENOPHILIA_STARTUP_REPORT="$report" XENOPHILIA_EXIT_AFTER_STARTUP=1 \
        timeout 120 "$PRODUCT/xenophilia" -data "$work/workspace-$i" >"$work/out-$i.log" 2>&1 || true
    if [ ! -s "$report" ]; then
        echo "workbench-startup: run $i painted nothing; its output:" >&2
        cat "$work/out-$i.log" >&2
        exit 1
    fi
    paint=$(sed -n 's/^firstPaintEpochMillis=//p' "$report")
    jvm=$(sed -n 's/^jvmStartEpochMillis=//p' "$report")
    ms=$((paint - start))
    times+=("$ms")
    printf 'run %d: first paint %d ms after exec (JVM up after %d ms)\n' "$i" "$ms" "$((jvm - start))"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
printf 'cold (first run): %d ms; median of %d: %d ms; target <= 3000 ms: %s\n' "${times[0]}" "$RUNS" "$median" \
    "$([ "$median" -le 3000 ] && echo met || echo MISSED)"
