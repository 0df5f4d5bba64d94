package org.xenophilia.agent.internal.state;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.domain.Domain;

/**
 * The definitions read last, parsed, so that reading the same domain again soon (an operation after the read that
 * found it, a record after its VM's change) does not parse its file again; bounded by the size of their XML, not by
 * how many domains there are. A listing of every domain reads each file once and leaves in the cache only the last
 * ones.
 * <p>
 * Kept and handed out as copies without their resource, so callers own what they get and nothing here holds the
 * loader's bookkeeping (the source location of every value). Coherent with the files: whatever is written or removed
 * is replaced or dropped here at once, and a definition read from a file while another was written is not kept (it
 * may be the older one).
 */
final class DefinitionCache {

    private record Entry(Domain definition, int xmlBytes) {
    }

    private final long maxXmlBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long xmlBytes;
    /** Counts writes and removals: a definition read across one is not kept. */
    private long changes;

    /** @param maxXmlBytes the most XML the definitions kept may have been read from, in all */
    DefinitionCache(long maxXmlBytes) {
        this.maxXmlBytes = maxXmlBytes;
    }

    /** @return a copy of the definition kept under {@code key}, or {@code null} */
    Domain get(String key) {
        Entry e;
        synchronized (this) {
            e = entries.get(key);
        }
        return e == null ? null : EcoreUtil.copy(e.definition());
    }

    /** @return the count to give {@link #keepRead} for a definition about to be read from its file */
    synchronized long changes() {
        return changes;
    }

    /**
     * Keeps a definition read from its file, unless something was written or removed since {@code changesBefore}.
     *
     * @param definition what was read (kept as a copy)
     * @param xmlBytes the size of its file
     */
    void keepRead(String key, Domain definition, int xmlBytes, long changesBefore) {
        Domain copy = EcoreUtil.copy(definition);
        synchronized (this) {
            if (changes == changesBefore) {
                put(key, copy, xmlBytes);
            }
        }
    }

    /** Keeps a definition just written to its file (kept as a copy). */
    void keepWritten(String key, Domain definition, int xmlBytes) {
        Domain copy = EcoreUtil.copy(definition);
        synchronized (this) {
            changes++;
            put(key, copy, xmlBytes);
        }
    }

    /** Forgets what is kept under {@code key} (its file was removed). */
    synchronized void forget(String key) {
        changes++;
        Entry old = entries.remove(key);
        if (old != null) {
            xmlBytes -= old.xmlBytes();
        }
    }

    private void put(String key, Domain copy, int size) {
        Entry old = entries.put(key, new Entry(copy, size));
        xmlBytes += size - (old == null ? 0 : old.xmlBytes());
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while (xmlBytes > maxXmlBytes && eldest.hasNext()) {
            xmlBytes -= eldest.next().getValue().xmlBytes();
            eldest.remove();
        }
    }
}
