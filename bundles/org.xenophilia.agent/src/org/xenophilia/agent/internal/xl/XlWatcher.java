package org.xenophilia.agent.internal.xl;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;

/**
 * Finds the changes made behind the Agent's back (a guest shutting itself down, an administrator's
 * {@code xl destroy}): polls the domains every poll interval on a daemon thread and reports each defined domain whose
 * power state, domid, memory or vCPUs changed since the last poll, and each domain an operation of the Agent has
 * {@linkplain #touched touched} since (so a change the Agent made and one made behind its back before the next poll,
 * which together look like no change, still end in an event with the current state).
 */
final class XlWatcher {

    private static final System.Logger LOG = System.getLogger(XlWatcher.class.getName());

    /** The domains now, as the backend shows them. */
    @FunctionalInterface
    interface Domains {
        List<DomainState> now() throws BackendException;
    }

    private final Duration interval;
    private final Domains domains;
    /** What the watcher saw at its last look, by uuid; an operation removes its domain so the next look reports it. */
    private final Map<String, DomainState> seen = new ConcurrentHashMap<>();
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
        seen.remove(uuid);
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
        while (!closed) {
            try {
                long before = operationsDone.get();
                Map<String, DomainState> now = new HashMap<>();
                for (DomainState s : domains.now()) {
                    // compared without definition and start time: what xl list shows of the domain
                    now.put(s.uuid(), new DomainState(null, s.powerState(), s.domid(), s.memoryActual(),
                            s.vcpusOnline()));
                }
                for (Map.Entry<String, DomainState> e : now.entrySet()) {
                    DomainState previous = seen.put(e.getKey(), e.getValue());
                    if (primed && !e.getValue().equals(previous)) {
                        listener.accept(e.getKey());
                    }
                }
                seen.keySet().retainAll(now.keySet());
                if (operationsDone.get() != before) {
                    // an operation ran while we looked: what we saw may predate it, so report all next time
                    seen.clear();
                }
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
