package org.xenophilia.agent.internal.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The VM records {@code VM.get_record} answered with, by domain uuid, each valid for one
 * {@linkplain org.xenophilia.agent.backend.HypervisorBackend#revision(String) revision} of its domain: reading an
 * unchanged domain again costs neither a copy of its definition nor building and encoding ~90 fields. Any change of
 * the domain gives it a new revision, so a stale record is never sent. Bounded: past {@link #MAX_ENTRIES} domains
 * one is dropped for each new one (~7 KB per entry).
 */
final class VmRecordCache {

    /** The most records kept. */
    static final int MAX_ENTRIES = 128;

    private record Entry(long revision, EncodedWireValue record) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** @return the record kept for this revision of the domain, or {@code null} */
    EncodedWireValue get(String uuid, long revision) {
        Entry e = entries.get(uuid);
        return e != null && e.revision() == revision ? e.record() : null;
    }

    /** Keeps a record built from the domain's state at {@code revision} or later. */
    void put(String uuid, long revision, EncodedWireValue record) {
        if (entries.size() >= MAX_ENTRIES && !entries.containsKey(uuid)) {
            // one out, whichever: a client reading more domains round-robin rebuilds records, as without this cache
            entries.keySet().stream().findAny().ifPresent(entries::remove);
        }
        entries.put(uuid, new Entry(revision, record));
    }

    /** Forgets the domain's record (it is gone). */
    void remove(String uuid) {
        entries.remove(uuid);
    }
}
