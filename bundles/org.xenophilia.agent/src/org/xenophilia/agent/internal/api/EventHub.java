package org.xenophilia.agent.internal.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * What {@code event.from} needs, done the way xapi does it: a generation counter that every change advances, and for
 * each object the generation of its creation and of its last change, plus tombstones for deleted objects. A call
 * returns each object changed since its token once, with its current record ({@code add} if it was created since,
 * {@code mod} otherwise, {@code del} if it is gone), so many changes to one object between two calls are one event.
 * The token is the generation reached. Tombstones are kept for a bounded number of deletions; a token older than
 * the oldest kept one still works, it just cannot report deletions that old.
 */
public final class EventHub {

    /** Where the current objects and records of one class come from. */
    public interface ClassSource {
        /**
         * @return every object of the class with its record
         * @throws XenApiException if they cannot be read
         */
        Map<Ref, Map<String, Object>> all() throws XenApiException;

        /**
         * @param ref an object
         * @return its record, or empty if it no longer exists
         * @throws XenApiException if it cannot be read
         */
        Optional<Map<String, Object>> record(Ref ref) throws XenApiException;

        /**
         * @return how many objects of the class exist; override when cheaper than {@link #all()}
         * @throws XenApiException if they cannot be counted
         */
        default long count() throws XenApiException {
            return all().size();
        }
    }

    /**
     * Told of every VM change after it is recorded, on the thread that recorded it and without the hub's lock held,
     * e.g. to publish the changes of the VM's devices.
     */
    public interface VmObserver {
        /**
         * @param vm the VM that was created, changed or deleted
         */
        void vmChanged(Ref vm);
    }

    private record Key(String cls, Ref ref) {
    }

    private static final int MAX_TOMBSTONES = 10_000;

    private final Clock clock;
    private final Map<String, ClassSource> sources = new LinkedHashMap<>();
    private final Map<Key, Long> created = new HashMap<>();
    private final Map<Key, Long> modified = new HashMap<>();
    private final LinkedHashMap<Key, Long> deleted = new LinkedHashMap<>();
    private long generation;
    private final List<VmObserver> vmObservers = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @param clock the time source for event timestamps */
    public EventHub(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param cls the class name as in the datamodel, e.g. {@code VM}; events name it in lower case
     * @param source its objects
     */
    public synchronized void register(String cls, ClassSource source) {
        sources.put(cls.toLowerCase(Locale.ROOT), source);
    }

    /** @return the current token */
    public synchronized String token() {
        return format(generation);
    }

    /**
     * @param cls a class name, any case
     * @return its source, if registered
     */
    public synchronized Optional<ClassSource> source(String cls) {
        return Optional.ofNullable(sources.get(cls.toLowerCase(Locale.ROOT)));
    }

    /**
     * Records that an object was created.
     *
     * @param cls its class
     * @param ref the object
     * @return the token after the change
     */
    public String created(String cls, Ref ref) {
        String token = record(cls, ref, true);
        tellVmObservers(cls, ref);
        return token;
    }

    /** @param observer told of each VM change (see {@link VmObserver}) */
    public void addVmObserver(VmObserver observer) {
        vmObservers.add(observer);
    }

    private void tellVmObservers(String cls, Ref ref) {
        if ("vm".equalsIgnoreCase(cls)) {
            for (VmObserver o : vmObservers) {
                o.vmChanged(ref);
            }
        }
    }

    private synchronized String record(String cls, Ref ref, boolean creation) {
        if (!creation) {
            generation++;
            modified.put(key(cls, ref), generation);
            notifyAll();
            return format(generation);
        }
        Key k = key(cls, ref);
        generation++;
        created.put(k, generation);
        modified.put(k, generation);
        deleted.remove(k);
        notifyAll();
        return format(generation);
    }

    /**
     * Records that an object changed (also what {@code event.inject} does).
     *
     * @param cls its class
     * @param ref the object
     * @return the token after the change
     */
    public String changed(String cls, Ref ref) {
        String token = record(cls, ref, false);
        tellVmObservers(cls, ref);
        return token;
    }

    /**
     * Records that an object was deleted.
     *
     * @param cls its class
     * @param ref the object
     * @return the token after the change
     */
    public String deleted(String cls, Ref ref) {
        String token = recordDeletion(cls, ref);
        tellVmObservers(cls, ref);
        return token;
    }

    private synchronized String recordDeletion(String cls, Ref ref) {
        Key k = key(cls, ref);
        generation++;
        created.remove(k);
        modified.remove(k);
        deleted.put(k, generation);
        if (deleted.size() > MAX_TOMBSTONES) {
            Iterator<Key> it = deleted.keySet().iterator();
            it.next();
            it.remove();
        }
        notifyAll();
        return format(generation);
    }

    /**
     * {@code event.from}: the changes since {@code token} to objects of the given classes, waiting up to
     * {@code timeoutSeconds} for the first one.
     *
     * @param classes {@code *}, class names ({@code vm}) or single objects ({@code vm/OpaqueRef:...}), any case
     * @param token {@code ""} for every current object as {@code add}, or a token from an earlier call
     * @param timeoutSeconds how long to wait when nothing has changed; 0 to return at once
     * @return {@code {events, valid_ref_counts, token}}
     * @throws XenApiException {@code EVENT_FROM_TOKEN_PARSE_FAILURE} for a token not made here
     */
    public Map<String, Object> from(List<String> classes, String token, double timeoutSeconds)
            throws XenApiException {
        long since = parse(token);
        Filter filter = new Filter(classes);
        long deadline = System.nanoTime() + (long) (Math.max(0, Math.min(timeoutSeconds, 3600)) * 1e9);
        List<Key> changed;
        long reached;
        synchronized (this) {
            while (true) {
                reached = generation;
                changed = since < 0 ? List.of() : changedSince(since, filter);
                long left = deadline - System.nanoTime();
                if (since < 0 || !changed.isEmpty() || left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        // records are read outside the lock: a change made meanwhile is reported again on the next call
        List<Object> events = new ArrayList<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        String timestamp = String.format(Locale.ROOT, "%.3f", clock.millis() / 1000.0);
        long id = 0;
        for (Map.Entry<String, ClassSource> s : sources().entrySet()) {
            if (!filter.wantsClass(s.getKey())) {
                continue;
            }
            if (since >= 0) {
                counts.put(s.getKey(), s.getValue().count());
            } else {
                Map<Ref, Map<String, Object>> all = s.getValue().all();
                counts.put(s.getKey(), (long) all.size());
                for (Map.Entry<Ref, Map<String, Object>> o : all.entrySet()) {
                    if (filter.wants(s.getKey(), o.getKey())) {
                        events.add(event(++id, timestamp, s.getKey(), "add", o.getKey(), o.getValue()));
                    }
                }
            }
        }
        for (Key k : changed) {
            ClassSource source = sources().get(k.cls());
            Long tomb;
            synchronized (this) {
                tomb = deleted.get(k);
            }
            Optional<Map<String, Object>> record = tomb != null || source == null ? Optional.empty()
                    : source.record(k.ref());
            if (record.isEmpty()) {
                events.add(event(++id, timestamp, k.cls(), "del", k.ref(), null));
            } else {
                Long c;
                synchronized (this) {
                    c = created.get(k);
                }
                String op = c != null && c > since ? "add" : "mod";
                events.add(event(++id, timestamp, k.cls(), op, k.ref(), record.get()));
            }
        }
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("events", events);
        batch.put("valid_ref_counts", counts);
        batch.put("token", format(reached));
        return batch;
    }

    private synchronized Map<String, ClassSource> sources() {
        return new LinkedHashMap<>(sources);
    }

    /** @return the objects changed or deleted after {@code since}, in the order of their last change */
    private List<Key> changedSince(long since, Filter filter) {
        List<Map.Entry<Key, Long>> hits = new ArrayList<>();
        for (Map<Key, Long> m : List.of(modified, deleted)) {
            for (Map.Entry<Key, Long> e : m.entrySet()) {
                if (e.getValue() > since && filter.wants(e.getKey().cls(), e.getKey().ref())) {
                    hits.add(e);
                }
            }
        }
        hits.sort(Map.Entry.comparingByValue());
        List<Key> out = new ArrayList<>(hits.size());
        for (Map.Entry<Key, Long> e : hits) {
            out.add(e.getKey());
        }
        return out;
    }

    private static Map<String, Object> event(long id, String timestamp, String cls, String op, Ref ref,
            Map<String, Object> snapshot) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("timestamp", timestamp);
        e.put("class", cls);
        e.put("operation", op);
        e.put("ref", ref);
        if (snapshot != null) {
            e.put("snapshot", snapshot);
        }
        return e;
    }

    private static Key key(String cls, Ref ref) {
        return new Key(cls.toLowerCase(Locale.ROOT), ref);
    }

    private static String format(long generation) {
        return String.format(Locale.ROOT, "%020d", generation);
    }

    /** @return -1 for "", else the generation */
    private long parse(String token) throws XenApiException {
        if (token.isEmpty()) {
            return -1;
        }
        try {
            long g = Long.parseLong(token.strip());
            if (g < 0) {
                throw new NumberFormatException();
            }
            return g;
        } catch (NumberFormatException e) {
            throw ErrorCode.EVENT_FROM_TOKEN_PARSE_FAILURE.exception(token);
        }
    }

    /** The {@code classes} parameter of {@code event.from}. */
    private static final class Filter {
        private final boolean everything;
        private final List<String> classes = new ArrayList<>();
        private final List<Key> objects = new ArrayList<>();

        Filter(List<String> spec) {
            boolean all = false;
            for (String s : spec) {
                String c = s.strip();
                if ("*".equals(c)) {
                    all = true;
                } else if (c.contains("/")) {
                    int slash = c.indexOf('/');
                    if (slash + 1 < c.length()) {
                        objects.add(key(c.substring(0, slash), Ref.of(c.substring(slash + 1))));
                    }
                } else if (!c.isEmpty()) {
                    classes.add(c.toLowerCase(Locale.ROOT));
                }
            }
            everything = all;
        }

        boolean wantsClass(String cls) {
            return everything || classes.contains(cls) || objects.stream().anyMatch(k -> k.cls().equals(cls));
        }

        boolean wants(String cls, Ref ref) {
            return everything || classes.contains(cls) || objects.contains(new Key(cls, ref));
        }
    }
}
