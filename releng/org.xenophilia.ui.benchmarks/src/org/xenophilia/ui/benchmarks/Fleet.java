package org.xenophilia.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** What the fleet-scale view benchmarks share: waiting on the display thread, and the figures' summary. */
final class Fleet {

    /** How long a wait may take: ten minutes for the real sizes, less for the suite's smoke pass (see the pom). */
    private static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("xenophilia.bench.timeoutSeconds",
            600));

    private Fleet() {
    }

    /** @return p50, p99, max and the count of samples in nanoseconds, in milliseconds */
    static String summary(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)",
                at(sorted, 0.50) / 1e6, at(sorted, 0.99) / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static long at(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Runs what the display has queued. */
    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Dispatches the display's events until the condition holds, failing after the timeout. */
    static void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, condition, () -> "");
    }

    /** The same, saying in the failure what there was instead. */
    static void waitFor(String what, BooleanSupplier condition, Supplier<String> instead) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what + instead.get());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
    }
}
