package org.xenophilia.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waits on the UI thread for something a user would see, dispatching events meanwhile; fails with what it waited
 * for when the time is up. No fixed sleeps: it returns as soon as the condition holds.
 */
public final class UiConditions {

    private UiConditions() {
    }

    public static <T> T waitFor(String what, Duration timeout, Supplier<T> probe) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                // wake up at least every 50 ms so the deadline is checked even when no events arrive
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    public static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the queue
        }
    }
}
