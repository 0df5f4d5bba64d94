package org.xenophilia.xenapi.tests;

import java.time.Duration;

/**
 * Waits for an explicit condition with a timeout, the one way the client tests wait for something another thread or
 * process does: no fixed sleeps, no hand-written deadline loops. On timeout it fails with what it waited for and what
 * it saw last. An assertion failing inside a probe or check fails the test at once.
 */
final class Await {

    /** How long a condition may take unless told otherwise. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How often the condition is looked at: the polling interval, not a wait for something to happen. */
    private static final Duration POLL = Duration.ofMillis(20);

    /** Looks at what is waited for (an API call, a file, a process's log). */
    @FunctionalInterface
    interface Probe<T> {
        T look() throws Exception;
    }

    /** Says whether what was seen is what is waited for. */
    @FunctionalInterface
    interface Check<T> {
        boolean done(T seen) throws Exception;
    }

    private Await() {
    }

    /**
     * Waits until a condition holds, for up to {@link #TIMEOUT}.
     *
     * @param what what is waited for, for the failure message
     * @param condition the condition
     */
    static void until(String what, Probe<Boolean> condition) throws Exception {
        until(what, TIMEOUT, condition, Boolean::booleanValue);
    }

    /**
     * Looks until what it sees passes the check, for up to {@link #TIMEOUT}.
     *
     * @param what what is waited for, for the failure message
     * @param probe how to look
     * @param check whether what was seen is it
     * @return what was seen last: the first that passed the check
     */
    static <T> T until(String what, Probe<T> probe, Check<T> check) throws Exception {
        return until(what, TIMEOUT, probe, check);
    }

    /**
     * Looks until what it sees passes the check.
     *
     * @param what what is waited for, for the failure message
     * @param timeout how long it may take
     * @param probe how to look
     * @param check whether what was seen is it
     * @return what was seen last: the first that passed the check
     * @throws AssertionError if it did not come within the timeout
     */
    static <T> T until(String what, Duration timeout, Probe<T> probe, Check<T> check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T seen = probe.look();
            if (check.done(seen)) {
                return seen;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; seen last: " + seen);
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
