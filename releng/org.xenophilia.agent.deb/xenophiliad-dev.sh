#!/bin/sh
# Runs xenophiliad from the reactor build, with the packaged launcher and jars staged in target/root
# (build first: ./mvnw -B -DskipTests package -pl releng/org.xenophilia.agent.deb -am). Arguments as for
# xenophiliad; pass --config and --state-dir unless you mean /etc/xenophilia and /var/lib/xenophilia.
set -eu
here=$(dirname -- "$(readlink -f -- "$0")")
launcher="$here/target/root/usr/sbin/xenophiliad"
if [ ! -f "$launcher" ]; then
    echo "xenophiliad-dev.sh: $launcher is missing; build first:" >&2
    echo "  ./mvnw -B -DskipTests package -pl releng/org.xenophilia.agent.deb -am" >&2
    exit 1
fi
exec sh "$launcher" "$@"
