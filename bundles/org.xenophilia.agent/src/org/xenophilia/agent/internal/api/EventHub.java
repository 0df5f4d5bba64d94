package org.xenophilia.agent.internal.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * What {@code event.from} needs, done the way xapi does it: a generation counter that every change advances, and for
 * each object the generation of its creation and of its last change ({@link ObjectGenerations}, about 70 bytes per
 * object changed since the start), plus tombstones for deleted objects. A call returns each object changed since its
 * token once, with its current record ({@code add} if it was created since, {@code mod} otherwise, {@code del} if it
 * is gone), so many changes to one object between two calls are one event. The token is the generation reached.
 * Tombstones are kept for a bounded number of deletions; a token older than the oldest kept one still works, it just
 * cannot report deletions that old.
 * <p>
 * Answers are streamed: with the token {@code ""} every object of the classes asked for is read as the answer is
 * written, one at a time; with a token, at most {@value #MAX_BATCH} objects are reported per call, the ones changed
 * first, and the token returned is the generation of the last of them, so a client that fell far behind catches up in
 * several calls, each holding a bounded batch, never its whole backlog.
 */
public final class EventHub {

    /**
     * An object as a listing made it.
     *
     * @param ref the object
     * @param record its record
     * @param madeFrom what its record was made from, for the objects it owns (a VM's state, for its VIFs and VBDs),
     *            or {@code null}
     */
    public record Listed(Ref ref, Map<String, Object> record, Object madeFrom) {
    }

    /** Where the current objects and records of one class come from. */
    public interface ClassSource {
        /**
         * @return every object of the class with its record, each made as the iteration asks for it (a record that
         *         cannot be made fails the iteration with a {@link StreamFailure})
         * @throws XenApiException if they cannot be listed
         */
        Iterator<Listed> all() throws XenApiException;

        /**
         * @return the class whose objects own this class's ({@code vm} for VIFs and VBDs), or {@code null}. With the
         *         token {@code ""} and both classes asked for, each owner's objects are listed right after it, made
         *         from what it was made from ({@link #ownedBy}), so that a VM's definition is read once for the VM
         *         and its devices
         */
        default String owner() {
            return null;
        }

        /**
         * @param owner an object of the {@link #owner()} class as its listing made it
         * @return the objects it owns, with their records
         * @throws XenApiException if they cannot be made
         */
        default Iterator<Listed> ownedBy(Listed owner) throws XenApiException {
            return List.<Listed>of().iterator();
        }

        /**
         * @param ref an object
         * @return its record, or empty if it no longer exists
         * @throws XenApiException if it cannot be read
         */
        Optional<Map<String, Object>> record(Ref ref) throws XenApiException;

        /**
         * @return how many objects of the class exist, without making their records
         * @throws XenApiException if they cannot be counted
         */
        long count() throws XenApiException;
    }

    /**
     * @param ref the one object of a class (the host, its metrics, the pool)
     * @param record makes its record
     * @return the class's source
     */
    static ClassSource single(Ref ref, LazyIterator.Maker<Map<String, Object>> record) {
        return new ClassSource() {
            @Override
            public Iterator<Listed> all() {
                return LazyIterator.deferred(() -> List.of(new Listed(ref, record.make(), null)).iterator());
            }

            @Override
            public Optional<Map<String, Object>> record(Ref r) throws XenApiException {
                return r.equals(ref) ? Optional.of(record.make()) : Optional.empty();
            }

            @Override
            public long count() {
                return 1;
            }
        };
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

    /** The most objects one call with a token reports. */
    static final int MAX_BATCH = 1_000;

    private record Key(String cls, Ref ref) {
    }

    /** An object's change as a call reports it. */
    private record Change(String cls, Ref ref, long generation) {
    }

    private static final int MAX_TOMBSTONES = 10_000;

    private final Clock clock;
    private final Map<String, ClassSource> sources = new LinkedHashMap<>();
    /** Each class's index in {@link #generations}, by its lower-case name. */
    private final Map<String, Integer> classIndex = new HashMap<>();
    private final List<String> classNames = new ArrayList<>();
    private final ObjectGenerations generations = new ObjectGenerations();
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
        index(cls);
    }

    /** @return the current token */
    public synchronized String token() {
        return format(generation);
    }

    /** @return the current generation: every change recorded from now on has a higher one */
    public synchronized long generation() {
        return generation;
    }

    /**
     * @param cls a class name, any case
     * @param ref an object
     * @return the generation of the object's last recorded change, 0 if none was recorded since the start
     */
    public synchronized long lastChange(String cls, Ref ref) {
        return generations.modified(index(cls), ref);
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
        generation++;
        generations.record(index(cls), ref, generation, creation);
        if (creation) {
            deleted.remove(key(cls, ref));
        }
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
        generation++;
        generations.remove(index(cls), ref);
        deleted.put(key(cls, ref), generation);
        if (deleted.size() > MAX_TOMBSTONES) {
            Iterator<Key> it = deleted.keySet().iterator();
            it.next();
            it.remove();
        }
        notifyAll();
        return format(generation);
    }

    /** @return the index of a class in {@link #generations}, given one the first time it is met */
    private int index(String cls) {
        String c = cls.toLowerCase(Locale.ROOT);
        Integer i = classIndex.get(c);
        if (i == null) {
            if (classNames.size() >= Byte.MAX_VALUE) {
                throw new IllegalStateException("too many event classes");
            }
            i = classNames.size();
            classNames.add(c);
            classIndex.put(c, i);
        }
        return i;
    }

    /**
     * {@code event.from}: the changes since {@code token} to objects of the given classes, waiting up to
     * {@code timeoutSeconds} for the first one.
     *
     * @param classes {@code *}, class names ({@code vm}) or single objects ({@code vm/OpaqueRef:...}), any case
     * @param token {@code ""} for every current object as {@code add}, or a token from an earlier call
     * @param timeoutSeconds how long to wait when nothing has changed; 0 to return at once
     * @return {@code {events, valid_ref_counts, token}}, the events a {@link StreamedSet} made as it is written
     * @throws XenApiException {@code EVENT_FROM_TOKEN_PARSE_FAILURE} for a token not made here
     */
    public Map<String, Object> from(List<String> classes, String token, double timeoutSeconds)
            throws XenApiException {
        long since = parse(token);
        Filter filter = new Filter(classes);
        long deadline = System.nanoTime() + (long) (Math.max(0, Math.min(timeoutSeconds, 3600)) * 1e9);
        List<Change> changed = List.of();
        long reached;
        synchronized (this) {
            while (true) {
                reached = generation;
                if (since < 0) {
                    break;
                }
                changed = changedSince(since, filter);
                if (changed.size() == MAX_BATCH) {
                    reached = changed.get(MAX_BATCH - 1).generation(); // the rest comes with the next call
                }
                long left = deadline - System.nanoTime();
                if (!changed.isEmpty() || left <= 0) {
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
        // records are read outside the lock, as the answer is written: a change made meanwhile is reported again on
        // the next call
        Map<String, ClassSource> wanted = new LinkedHashMap<>();
        for (Map.Entry<String, ClassSource> s : sources().entrySet()) {
            if (filter.wantsClass(s.getKey())) {
                wanted.put(s.getKey(), s.getValue());
            }
        }
        String timestamp = String.format(Locale.ROOT, "%.3f", clock.millis() / 1000.0);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (since < 0) {
            // the counts are of the objects listed, counted as the events are written (they come first)
            Map<String, Long> listed = new LinkedHashMap<>();
            answer.put("events", (StreamedSet) () -> everything(wanted, filter, timestamp, listed));
            answer.put("valid_ref_counts", (StreamedMap) () -> LazyIterator.map(wanted.keySet().iterator(),
                    cls -> Map.entry(cls, (Object) listed.getOrDefault(cls, 0L))));
        } else {
            Map<String, Object> counts = new LinkedHashMap<>();
            for (Map.Entry<String, ClassSource> s : wanted.entrySet()) {
                counts.put(s.getKey(), s.getValue().count());
            }
            List<Change> batch = changed;
            answer.put("events", (StreamedSet) () -> changes(batch, since, wanted, timestamp));
            answer.put("valid_ref_counts", counts);
        }
        answer.put("token", format(reached));
        return answer;
    }

    /**
     * @param listed counts the objects of each class as they are listed
     * @return an {@code add} event for every object of the wanted classes, each made as it is asked for; the objects
     *         of a class whose owner class is wanted too right after their owner ({@link ClassSource#owner()})
     */
    private static Iterator<Object> everything(Map<String, ClassSource> wanted, Filter filter, String timestamp,
            Map<String, Long> listed) {
        long[] id = {0};
        listed.clear();
        BiFunction<String, Listed, Object> add = (cls, o) -> {
            listed.merge(cls, 1L, Long::sum);
            return filter.wants(cls, o.ref()) ? event(++id[0], timestamp, cls, "add", o.ref(), o.record()) : null;
        };
        return LazyIterator.flatMap(wanted.entrySet().iterator(), s -> {
            String cls = s.getKey();
            if (s.getValue().owner() != null && wanted.containsKey(s.getValue().owner())) {
                return null; // listed with their owners
            }
            List<Map.Entry<String, ClassSource>> owned = wanted.entrySet().stream()
                    .filter(o -> cls.equals(o.getValue().owner())).toList();
            return LazyIterator.flatMap(s.getValue().all(), o -> {
                List<Iterator<Object>> events = new ArrayList<>();
                events.add(LazyIterator.map(List.of(o).iterator(), x -> add.apply(cls, x)));
                for (Map.Entry<String, ClassSource> c : owned) {
                    events.add(LazyIterator.map(c.getValue().ownedBy(o), x -> add.apply(c.getKey(), x)));
                }
                return LazyIterator.flatMap(events.iterator(), i -> i);
            });
        });
    }

    /** @return the event of each change, its record read as it is asked for */
    private Iterator<Object> changes(List<Change> batch, long since, Map<String, ClassSource> wanted,
            String timestamp) {
        long[] id = {0};
        return LazyIterator.map(batch.iterator(), ch -> {
            ClassSource source = wanted.get(ch.cls());
            boolean tomb;
            synchronized (this) {
                tomb = deleted.containsKey(key(ch.cls(), ch.ref()));
            }
            Optional<Map<String, Object>> record = tomb || source == null ? Optional.empty()
                    : source.record(ch.ref());
            if (record.isEmpty()) {
                return event(++id[0], timestamp, ch.cls(), "del", ch.ref(), null);
            }
            long created;
            synchronized (this) {
                created = generations.created(index(ch.cls()), ch.ref());
            }
            return event(++id[0], timestamp, ch.cls(), created > since ? "add" : "mod", ch.ref(), record.get());
        });
    }

    private synchronized Map<String, ClassSource> sources() {
        return new LinkedHashMap<>(sources);
    }

    /**
     * @return the objects changed or deleted after {@code since}, in the order of their last change: the first
     *         {@link #MAX_BATCH} of them (kept in a heap of that size while the others are looked at)
     */
    private List<Change> changedSince(long since, Filter filter) {
        PriorityQueue<Change> latest = new PriorityQueue<>(Comparator.comparingLong(Change::generation).reversed());
        ObjectGenerations.Visitor offer = (cls, ref, created, modified) -> {
            String name = classNames.get(cls);
            if (filter.wants(name, ref) && (latest.size() < MAX_BATCH || modified < latest.peek().generation())) {
                latest.add(new Change(name, ref, modified));
                if (latest.size() > MAX_BATCH) {
                    latest.poll();
                }
            }
        };
        generations.forEachSince(since, offer);
        for (Map.Entry<Key, Long> e : deleted.entrySet()) {
            if (e.getValue() > since) {
                offer.visit(index(e.getKey().cls()), e.getKey().ref(), 0, e.getValue());
            }
        }
        List<Change> out = new ArrayList<>(latest);
        out.sort(Comparator.comparingLong(Change::generation));
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
