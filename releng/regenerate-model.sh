#!/bin/sh
# Regenerates the domain model of bundles/org.xenophilia.model from its XML Schema:
#   model/domain.xsd -> model/domain.ecore -> model/domain.genmodel -> src-gen/ (Java, package org.xenophilia.domain)
# This is the only supported way to change the generated files; never edit them by hand.
# The drift test of releng/org.xenophilia.model.codegen fails until the result is committed.
# Extra arguments go to Maven (e.g. -o to stay offline once dependencies are cached).
set -e
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -f releng/org.xenophilia.model.codegen/pom.xml "$@" process-classes exec:java@regenerate
