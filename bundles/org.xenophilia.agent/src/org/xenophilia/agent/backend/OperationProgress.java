package org.xenophilia.agent.backend;

import java.util.concurrent.CancellationException;

/**
 * How a backend operation that takes time tells whoever runs it (a {@code task}) how far it is, and learns that it
 * was cancelled. Bound to the running thread through {@link #CURRENT}; without one, reports go nowhere and nothing
 * is cancelled.
 * <p>
 * Both backends report the same {@link Step}s, and say while they run whether cancelling would still stop the
 * operation and leave the host as it was ({@link #cancellable}): an operation is cancellable until it starts to
 * change anything, and again only while it waits for something it can walk away from cleanly.
 */
public interface OperationProgress {

    /** The steps every lifecycle operation goes through, with the progress each one stands for. */
    enum Step {
        /** The domain's power state was checked; nothing has changed yet. */
        CHECKED(0.1),
        /** The toolstack's command runs (or the simulated operation waits out its duration). */
        STARTED(0.2),
        /** The command is done; the operation waits for the domain to reach its new state (a shutdown). */
        WAITING_FOR_STATE(0.6),
        /** The domain is in its new state; what is left is reading it back. */
        DONE(0.9);

        /** How far the operation is at this step, 0..1. */
        public final double fraction;

        Step(double fraction) {
            this.fraction = fraction;
        }
    }

    /** @param fraction how far the operation is, 0..1 */
    void report(double fraction);

    /** @param step the step reached */
    default void report(Step step) {
        report(step.fraction);
    }

    /** @return whether the operation should stop at the next point where it may */
    boolean cancelled();

    /**
     * Says whether cancelling now would stop the operation and leave the host as it was. A task offers
     * {@code cancel} only while this is so. Until an operation says otherwise it is cancellable (it has not begun).
     *
     * @param cancellable whether it is
     */
    default void cancellable(boolean cancellable) {
        // nobody asks
    }

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
