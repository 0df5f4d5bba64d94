package org.xenophilia.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Inspects a modal shell from inside its own event loop: {@link #arm()} before the call that opens the shell;
 * when the shell with the given title shows, the inspection runs and the shell is closed, which lets the blocking
 * call return. If it never shows within the timeout, every shell it may have left is closed and
 * {@link #result()} fails, so a test can never hang on a dialog.
 *
 * @param <T> what the inspection reads off the shell
 */
public final class ModalShellInspector<T> implements AutoCloseable {

    /** What to read off the shell while it is open. */
    public interface Inspection<T> {
        T inspect(Shell shell) throws Exception;
    }

    private final String title;
    private final Duration timeout;
    private final Inspection<T> inspection;
    private final Display display = Display.getCurrent();
    private long deadline;
    private T result;
    private Throwable failure;
    private boolean done;
    private boolean disarmed;

    public ModalShellInspector(String title, Duration timeout, Inspection<T> inspection) {
        this.title = title;
        this.timeout = timeout;
        this.inspection = inspection;
    }

    /** Stops watching: an inspector armed for a shell that must not show would otherwise outlive its test. */
    @Override
    public void close() {
        disarmed = true;
    }

    public void arm() {
        deadline = System.nanoTime() + timeout.toNanos();
        display.timerExec(50, this::poll);
    }

    private void poll() {
        if (disarmed) {
            return;
        }
        Shell shell = Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst().orElse(null);
        if (shell == null) {
            if (System.nanoTime() < deadline) {
                display.timerExec(50, this::poll);
            } else {
                failure = new AssertionError("no shell titled '" + title + "' within " + timeout.toSeconds() + " s");
                done = true;
            }
            return;
        }
        try {
            result = inspection.inspect(shell);
        } catch (Throwable t) {
            failure = t;
        } finally {
            done = true;
            if (!shell.isDisposed()) {
                shell.close(); // unless the inspection answered the dialog itself
            }
        }
    }

    /** @return whether the shell was inspected (or the wait gave up) */
    public boolean done() {
        return done;
    }

    public T result() {
        if (!done) {
            fail("the shell '" + title + "' was never inspected");
        }
        if (failure != null) {
            fail("inspecting '" + title + "' failed: " + failure, failure);
        }
        return result;
    }
}
