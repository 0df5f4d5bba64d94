#!/bin/sh
# Regenerates the EMF models from their XML Schemas:
#   bundles/org.xenophilia.model:   model/domain.xsd  -> domain.ecore  -> domain.genmodel  -> src-gen/ (org.xenophilia.domain)
#   bundles/org.xenophilia.network: model/network.xsd -> network.ecore -> network.genmodel -> src-gen/
#                                   (org.xenophilia.network.definition)
#   bundles/org.xenophilia.image:   model/catalog.xsd -> catalog.ecore -> catalog.genmodel -> src-gen/
#                                   (org.xenophilia.image.catalog)
# This is the only supported way to change the generated files; never edit them by hand.
# The drift test of releng/org.xenophilia.model.codegen fails until the result is committed.
# Extra arguments go to Maven (e.g. -o to stay offline once dependencies are cached).
set -e
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -f releng/org.xenophilia.model.codegen/pom.xml "$@" process-classes exec:java@regenerate
