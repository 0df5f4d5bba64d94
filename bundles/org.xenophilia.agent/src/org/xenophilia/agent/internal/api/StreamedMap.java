package org.xenophilia.agent.internal.api;

import java.util.Iterator;
import java.util.Map;

/**
 * A map result too large to build in memory (every record of a class on a host of thousands of domains): its entries
 * are made one at a time while the answer is written, and the answer is streamed, so that what a call costs grows
 * with what is in flight, not with the number of objects. Written as a {@code struct} (XML-RPC) or an object
 * (JSON-RPC), as a {@link Map} is. A failure while making an entry after the answer began ends the connection: the
 * client sees a truncated answer, never a wrong one.
 */
@FunctionalInterface
public interface StreamedMap {

    /** @return its entries, each made when the writer asks for it; called once per answer written */
    Iterator<Map.Entry<String, Object>> entries();
}
