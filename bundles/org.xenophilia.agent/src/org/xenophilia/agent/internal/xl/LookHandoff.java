package org.xenophilia.agent.internal.xl;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets one look at xl's domain list serve two backend calls that follow each other on one thread, so that an API
 * call costs one {@code xl list} before its command instead of one per backend call. Every {@code xl} process costs
 * 0.2-0.7 s in an emulated dom0 (see {@code releng/e2e-xen/README.md}, <i>Measured</i>), and an API operation reads
 * the domain to check its handle ({@code VM.pause} → a read) right before the backend checks its power state (the
 * operation), then publishes it right after the command (a read).
 * <p>
 * A look is handed to the next call of one kind on the same thread: a read's look to the operation that follows it,
 * an operation's last look to the read that publishes it. It is taken once, only within {@link #MAX_AGE}, and only if
 * no operation of the Agent has changed anything since it was made ({@link #changed}). A look that was itself
 * handed on is not handed on again, so an operation never decides on a look older than the API call it is part of.
 * Changes made behind the Agent's back in the microseconds between the two calls are no more a risk than in the
 * time between the look and the command, which no look can close: there, {@code xl} itself refuses (an unknown
 * domain, {@code xl unpause} of a running one) and the backend maps that to what xapi answers.
 *
 * @param <T> what a look holds
 */
final class LookHandoff<T> {

    /** Who may take a look. */
    enum To {
        /** The operation that follows a read on the same thread (its power-state check). */
        OPERATION,
        /** The read that follows an operation on the same thread (what is published). */
        READ
    }

    /** How old a handed look may be. */
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private record Look<T>(T look, To to, long madeNanos, long generation) {
    }

    private final ThreadLocal<Look<T>> handed = new ThreadLocal<>();
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param look a look just made
     * @param to who may take it
     */
    void give(T look, To to) {
        handed.set(new Look<>(look, to, System.nanoTime(), generation.get()));
    }

    /**
     * @param as who asks
     * @return the look handed to it on this thread, if it is recent and nothing changed since; it is gone afterwards
     */
    Optional<T> take(To as) {
        Look<T> l = handed.get();
        if (l == null || l.to() != as) {
            return Optional.empty();
        }
        handed.remove();
        boolean fresh = System.nanoTime() - l.madeNanos() <= MAX_AGE.toNanos() && l.generation() == generation.get();
        return fresh ? Optional.of(l.look()) : Optional.empty();
    }

    /** An operation changed (or may have changed) the domains: looks made before are not handed any more. */
    void changed() {
        generation.incrementAndGet();
    }
}
