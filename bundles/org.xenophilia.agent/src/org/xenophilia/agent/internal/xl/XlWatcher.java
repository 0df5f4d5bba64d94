package org.xenophilia.agent.internal.xl;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.xenapi.VmPowerState;

/**
 * Finds the changes made behind the Agent's back (a guest shutting itself down, an administrator's
 * {@code xl destroy}): polls the domains every poll interval on a daemon thread and reports each defined domain whose
 * power state, domid, memory or vCPUs changed since the last poll, and each domain an operation of the Agent has
 * {@linkplain #touched touched} since (so a change the Agent made and one made behind its back before the next poll,
 * which together look like no change, still end in an event with the current state). It remembers only the domains
 * that exist (running or paused, a few dozen bytes each): a defined domain it does not remember was halted.
 */
final class XlWatcher {

    private static final System.Logger LOG = System.getLogger(XlWatcher.class.getName());

    /** The domains now, as the backend lists them. */
    @FunctionalInterface
    interface Domains {
        Iterable<DomainSummary> now() throws BackendException;
    }

    /** What the watcher compares of a domain: what {@code xl list} shows of it. */
    private record Seen(VmPowerState state, long domid, long memory, int vcpus) {
        static Seen of(DomainSummary s) {
            return new Seen(s.powerState(), s.domid(), s.memoryActual(), s.vcpusOnline());
        }
    }

    private final Duration interval;
    private final Domains domains;
    /** The domains that existed at the last look, by uuid; an operation's domain is reported at the next look. */
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    /** Counts the Agent's operations, so the watcher can tell that one ran while it was looking. */
    private final AtomicLong operationsDone = new AtomicLong();
    private Thread thread;
    private volatile boolean closed;

    XlWatcher(Duration interval, Domains domains) {
        this.interval = interval;
        this.domains = domains;
    }

    /** After an operation on a domain: reported at the next look, whatever was seen before. */
    void touched(String uuid) {
        touched.add(uuid);
        operationsDone.incrementAndGet();
    }

    /**
     * Starts polling.
     *
     * @param listener told the uuid of each domain that changed, on the watcher's thread
     */
    synchronized void start(Consumer<String> listener) {
        if (thread != null) {
            throw new IllegalStateException("already watched");
        }
        thread = new Thread(() -> poll(listener), "xl-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll(Consumer<String> listener) {
        boolean primed = false;
        boolean reportAll = false;
        while (!closed) {
            try {
                long before = operationsDone.get();
                Set<String> reported = new HashSet<>(touched);
                touched.removeAll(reported);
                for (DomainSummary s : domains.now()) {
                    String uuid = s.uuid();
                    Seen now = s.hasDomain() ? Seen.of(s) : null;
                    Seen previous = now == null ? seen.remove(uuid) : seen.put(uuid, now);
                    if (primed && (reportAll ? now != null || previous != null : !Objects.equals(now, previous)
                            || reported.contains(uuid))) {
                        listener.accept(uuid);
                    }
                }
                // an operation ran while we looked: what we saw may predate it, so report all that exist next time
                reportAll = operationsDone.get() != before;
                primed = true;
            } catch (BackendException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "polling xl list failed: " + e.getMessage());
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops polling. */
    void close() {
        closed = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
        }
    }
}
