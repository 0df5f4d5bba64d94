#!/usr/bin/env bash
# Builds the demo service's .deb (the Agent's stand-in for smoke.sh) into OUT_DIR and prints its path.
#   releng/e2e-xen/demo-service/build-deb.sh OUT_DIR
set -euo pipefail
src=$(cd "$(dirname "$0")" && pwd)
out=$(readlink -m "${1:?usage: build-deb.sh OUT_DIR}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v javac >/dev/null || { echo "build-deb.sh: javac missing (openjdk-17-jdk-headless)" >&2; exit 3; }
mkdir -p "$work/classes" "$work/pkg/DEBIAN" "$work/pkg/usr/share/xenophilia-e2e-demo" "$work/pkg/usr/bin" "$out"
javac --release 17 -d "$work/classes" "$src/E2eDemoService.java"
jar --create --file "$work/pkg/usr/share/xenophilia-e2e-demo/demo.jar" --main-class E2eDemoService -C "$work/classes" .
cat > "$work/pkg/usr/bin/xenophilia-e2e-demo" <<'SH'
#!/bin/sh
# small-JVM flags that start fastest under TCG (see the real-Xen notes)
exec java -XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1 -jar /usr/share/xenophilia-e2e-demo/demo.jar "$@"
SH
chmod 755 "$work/pkg/usr/bin/xenophilia-e2e-demo"
cat > "$work/pkg/DEBIAN/control" <<'CTL'
Package: xenophilia-e2e-demo
Version: 1.0
Architecture: all
Maintainer: Xenophilia developers <dev@xenophilia.invalid>
Depends: openjdk-17-jre-headless, xen-utils-4.17
Description: Xenophilia e2e harness demo service
 Stand-in for the Agent in releng/e2e-xen/smoke.sh.
CTL
dpkg-deb --root-owner-group --build "$work/pkg" "$out/xenophilia-e2e-demo_1.0_all.deb" > /dev/null
echo "$out/xenophilia-e2e-demo_1.0_all.deb"
