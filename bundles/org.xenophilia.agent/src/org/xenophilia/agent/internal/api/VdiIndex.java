package org.xenophilia.agent.internal.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Agent last saw the volume of a VDI: its SR, its name and its path, by the VDI's uuid, so that an event or a
 * {@code get_record} on one VDI reads that one volume instead of listing every repository (which made creating 1,000
 * volumes one by one, with a client following the events, cost a listing per volume: quadratic). Filled by each
 * listing and each volume made, emptied of a volume destroyed; a hint, never the truth: whoever finds an entry checks
 * that the volume is still there, and lists on a miss.
 * <p>
 * Bounded: the least recently used entries go beyond {@link #CAPACITY}, so that memory does not grow with the number
 * of volumes; a VDI whose entry went is found by a listing, as before the index.
 */
final class VdiIndex {

    /** Enough for the VDIs a host's clients work on at once; an entry is about 300 bytes. */
    static final int CAPACITY = 4096;

    /** A volume where it was seen. */
    record Entry(String srUuid, String name, String target) {
    }

    private final int capacity;
    private final LinkedHashMap<String, Entry> byUuid;

    VdiIndex() {
        this(CAPACITY);
    }

    VdiIndex(int capacity) {
        this.capacity = capacity;
        this.byUuid = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VdiIndex.this.capacity;
            }
        };
    }

    /** @return where the VDI's volume was seen, if the index still knows */
    synchronized Optional<Entry> get(String vdiUuid) {
        return Optional.ofNullable(byUuid.get(vdiUuid));
    }

    /** Records a volume seen (made, listed). */
    synchronized void put(String vdiUuid, Entry e) {
        byUuid.put(vdiUuid, e);
    }

    /** Forgets a VDI (its volume destroyed, or not where the entry said). */
    synchronized void remove(String vdiUuid) {
        byUuid.remove(vdiUuid);
    }

    /**
     * Records a whole listing of an SR: its volumes, and none of its others (a volume an admin removed by hand is
     * forgotten at the next listing, not only when someone asks for it).
     *
     * @param srUuid the SR listed
     * @param listed its volumes, by their VDI's uuid
     */
    synchronized void listed(String srUuid, Map<String, Entry> listed) {
        for (Iterator<Map.Entry<String, Entry>> i = byUuid.entrySet().iterator(); i.hasNext();) {
            Map.Entry<String, Entry> e = i.next();
            if (e.getValue().srUuid().equals(srUuid) && !listed.containsKey(e.getKey())) {
                i.remove();
            }
        }
        listed.forEach(byUuid::put);
    }

    /** @return how many entries it holds (at most its capacity) */
    synchronized int size() {
        return byUuid.size();
    }
}
