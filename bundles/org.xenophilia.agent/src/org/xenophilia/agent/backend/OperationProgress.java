package org.xenophilia.agent.backend;

import java.util.concurrent.CancellationException;

/**
 * How a backend operation that takes time tells whoever runs it (a {@code task}) how far it is, and learns that it
 * was cancelled. Bound to the running thread with {@link #run}; without one, reports go nowhere and nothing is
 * cancelled.
 */
public interface OperationProgress {

    /** @param fraction how far the operation is, 0..1 */
    void report(double fraction);

    /** @return whether the operation should stop at the next point where it may */
    boolean cancelled();

    /** The progress of the current thread's operation. */
    ThreadLocal<OperationProgress> CURRENT = new ThreadLocal<>();

    /** @return the current thread's progress, or one that ignores reports */
    static OperationProgress current() {
        OperationProgress p = CURRENT.get();
        return p != null ? p : NONE;
    }

    /**
     * Throws if the current operation was cancelled; call only where stopping leaves nothing half done.
     *
     * @throws CancellationException if it was
     */
    static void checkCancelled() {
        if (current().cancelled()) {
            throw new CancellationException();
        }
    }

    /** Ignores reports, never cancelled. */
    OperationProgress NONE = new OperationProgress() {
        @Override
        public void report(double fraction) {
            // nobody asks
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
