package org.xenophilia.agent.internal.api;

import java.util.Iterator;

/**
 * A set result too large to build in memory (the events of every object, for {@code event.from} with no token): its
 * elements are made one at a time while the answer is written, and the answer is streamed. Written as an
 * {@code array}, as a {@link java.util.Collection} is. See {@link StreamedMap}.
 */
@FunctionalInterface
public interface StreamedSet {

    /** @return its elements, each made when the writer asks for it; called once per answer written */
    Iterator<?> elements();
}
