#!/usr/bin/env bash
# Fuzzes one target (or each in turn) for longer than the build's budget, with Jazzer's standalone driver in a JVM of
# its own, niced:
#   releng/org.xenophilia.fuzz/run.sh [TARGET|all|list] [SECONDS=600] [extra libFuzzer flags, e.g. -max_len=65536]
# The generated corpus is kept in releng/org.xenophilia.fuzz/.cifuzz-corpus/ (not in git), so a second run goes on
# where the first stopped; a finding (crash-*, timeout-*) lands in the target's inputs folder under
# src/test/resources/, where the build replays it: see README.md. Builds the module and the bundles first (tests
# skipped) unless FUZZ_NO_BUILD=1, so that several runs can share one build.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/../.."

declare -A TARGETS=(
    [json-rpc]=org.xenophilia.agent.internal.server.JsonRpcFuzzTest#request
    [xml-rpc]=org.xenophilia.agent.internal.server.XmlRpcFuzzTest#request
    [xlcfg-parser]=org.xenophilia.fuzz.XlCfgParserFuzzTest#parse
    [xlcfg-decode]=org.xenophilia.fuzz.XlCfgDecodeFuzzTest#decode
    [domain-xml]=org.xenophilia.fuzz.DomainXmlFuzzTest#load
    [network-xml]=org.xenophilia.fuzz.NetworkXmlFuzzTest#load
    [catalog-xml]=org.xenophilia.fuzz.CatalogXmlFuzzTest#load
    [xl-list]=org.xenophilia.fuzz.XlListFuzzTest#parse
    [xl-list-l]=org.xenophilia.fuzz.XlListLongFuzzTest#parse
    [xl-info]=org.xenophilia.fuzz.XlInfoFuzzTest#parse
    [xl-uptime]=org.xenophilia.fuzz.XlUptimeFuzzTest#parse
    [xl-errors]=org.xenophilia.fuzz.XlErrorClassifierFuzzTest#classify
)
ORDER="json-rpc xml-rpc xlcfg-parser xlcfg-decode domain-xml network-xml catalog-xml xl-list xl-list-l xl-info xl-uptime xl-errors"

which="${1:-list}"
seconds="${2:-600}"
shift 2 || shift $# || true
if [ "$which" = list ] || { [ "$which" != all ] && [ -z "${TARGETS[$which]:-}" ]; }; then
    [ "$which" = list ] || echo "run.sh: unknown target '$which'" >&2
    echo "targets: $ORDER (or all: each in turn)" >&2
    [ "$which" = list ]; exit $?
fi
case "$seconds" in ''|*[!0-9]*) echo "run.sh: SECONDS must be a number, not '$seconds'" >&2; exit 2 ;; esac

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    (cd "$ROOT" && ./mvnw -B -q verify -DskipTests -pl bundles/org.xenophilia.files,bundles/org.xenophilia.model,\
bundles/org.xenophilia.network,bundles/org.xenophilia.image,bundles/org.xenophilia.xl,bundles/org.xenophilia.xenapi,bundles/org.xenophilia.agent,releng/org.xenophilia.fuzz)
fi
# fuzz a copy of the classes and jars, so that a rebuild (or a clean) meanwhile does not pull them from under the JVM
snapshot="$(mktemp -d "${TMPDIR:-/tmp}/xenophilia-fuzz.XXXXXX")"
trap 'rm -rf "$snapshot"' EXIT
mkdir "$snapshot/lib"
cp -r "$HERE/target/test-classes" "$snapshot/classes"
tr ':' '\n' < "$HERE/target/classpath.txt" | xargs -I{} cp {} "$snapshot/lib/"
classpath="$snapshot/classes:$snapshot/lib/*"
instrument="$(sed -n 's:.*<fuzz.instrument>\(.*\)</fuzz.instrument>.*:\1:p' "$HERE/pom.xml")"

fuzz() {
    local name="$1" test="${TARGETS[$1]}"
    shift
    echo "run.sh: fuzzing $name (${test%#*}.${test#*#}) for $seconds s" >&2
    # run from the module's folder: Jazzer keeps its corpus in ./.cifuzz-corpus and writes findings to the test's
    # inputs folder under ./src/test/resources; the per-input timeout comes from junit-platform.properties
    # the heap and thread stack of the build's fuzzing JVMs: -Xss512k is the Agent's
    (cd "$HERE" && nice -n 19 java -Xmx256m -Xss512k \
        -Djava.util.logging.config.file="$snapshot/classes/logging.properties" -cp "$classpath" \
        com.code_intelligence.jazzer.Jazzer --target_class="${test%#*}" --target_method="${test#*#}" \
        --instrument="$instrument" --max_duration="${seconds}s" -print_final_stats=1 "$@")
}

if [ "$which" = all ]; then
    for t in $ORDER; do fuzz "$t" "$@"; done
else
    fuzz "$which" "$@"
fi
