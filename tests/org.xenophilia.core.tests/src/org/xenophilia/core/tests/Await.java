package org.xenophilia.core.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for an explicit condition, with a timeout; fails with a description of what was seen. */
final class Await {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition, Supplier<String> seen) throws InterruptedException {
        until(what, TIMEOUT, condition, seen);
    }

    static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> seen)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; seen: " + seen.get());
            }
            Thread.sleep(20); // polling interval of the condition, not a wait for something to happen
        }
    }
}
