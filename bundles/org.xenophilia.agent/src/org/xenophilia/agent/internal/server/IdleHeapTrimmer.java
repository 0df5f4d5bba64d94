package org.xenophilia.agent.internal.server;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Gives memory back once the Agent has gone idle: after a burst of requests (and after startup), once no request
 * has come for a while, one full collection. With the launcher's serial collector and its
 * {@code -XX:MaxHeapFreeRatio}, a full collection shrinks the heap to what is live and returns the rest to the
 * system; without one, the heap stays at the size the last burst grew it to (nothing else collects an idle JVM), and
 * so does the resident memory of a daemon that is idle nearly all the time. Costs one full collection of a heap of
 * a few MB per burst (tens of milliseconds), never while requests are coming. {@code -XX:+DisableExplicitGC} turns
 * it off.
 * <p>
 * Driven by {@link #tick(long)} from a thread that is waiting anyway (the {@code serve} command's main thread).
 */
public final class IdleHeapTrimmer {

    private final LongSupplier requests;
    private final long idleNanos;
    private final Runnable collect;
    private long lastCount;
    private long lastChange;
    private boolean pending = true;

    /**
     * @param requests how many requests have been served so far
     * @param idle how long without a request counts as idle
     * @param collect the collection, {@link System#gc()}
     * @param now the current {@link System#nanoTime()}: startup counts as a burst
     */
    public IdleHeapTrimmer(LongSupplier requests, Duration idle, Runnable collect, long now) {
        this.requests = requests;
        this.idleNanos = idle.toNanos();
        this.collect = collect;
        this.lastCount = requests.getAsLong();
        this.lastChange = now;
    }

    /**
     * Collects if requests came since the last collection and none for the idle time.
     *
     * @param now the current {@link System#nanoTime()}
     * @return whether it collected
     */
    public boolean tick(long now) {
        long count = requests.getAsLong();
        if (count != lastCount) {
            lastCount = count;
            lastChange = now;
            pending = true;
            return false;
        }
        if (pending && now - lastChange >= idleNanos) {
            pending = false;
            collect.run();
            return true;
        }
        return false;
    }
}
