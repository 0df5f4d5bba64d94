#!/usr/bin/env bash
# Builds what the Workbench needs (skipping tests) and launches it.
# Arguments go to the Workbench (e.g. -data DIR for another workspace); XENOPHILIA_VMARGS adds JVM options.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests -Dexec.skip verify
PRODUCT=releng/org.xenophilia.product/target/products/org.xenophilia.workbench/linux/gtk/x86_64/xenophilia
exec "$PRODUCT/xenophilia" -data "${XENOPHILIA_WORKSPACE:-$HOME/.xenophilia/workspace}" "$@"
