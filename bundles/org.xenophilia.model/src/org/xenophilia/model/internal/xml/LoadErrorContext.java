package org.xenophilia.model.internal.xml;

import org.xenophilia.model.SourceLocation;

/**
 * What the loader knew when it reported an error: where the element concerned starts, whether an unknown feature was
 * an element (or an attribute), and the index of the value in a many-valued feature.
 *
 * @param elementStart start of the element being processed, or null
 * @param unknownElement for an unknown feature: true for an element, false for an attribute; null otherwise
 * @param valueIndex index of the value in a many-valued feature, or -1
 */
record LoadErrorContext(SourceLocation elementStart, Boolean unknownElement, int valueIndex) {
}
