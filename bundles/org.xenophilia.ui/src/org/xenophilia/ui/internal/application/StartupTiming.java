package org.xenophilia.ui.internal.application;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * Reports when the Workbench first painted a view, for the cold-start benchmark
 * ({@code releng/org.xenophilia.benchmarks/workbench-startup.sh}): with {@value #REPORT_ENV} naming a file, the time of
 * the first paint and of the JVM's start (milliseconds since the epoch) are written there; with
 * {@value #EXIT_ENV}{@code =1} the Workbench then closes. Without the variables nothing happens.
 */
public final class StartupTiming {

    /** Environment variable naming the report file. */
    public static final String REPORT_ENV = "XENOPHILIA_STARTUP_REPORT";
    /** Environment variable: {@code 1} to close the Workbench once the report is written. */
    public static final String EXIT_ENV = "XENOPHILIA_EXIT_AFTER_STARTUP";

    private static boolean reported;

    private StartupTiming() {
    }

    /**
     * Watches a view's main control for its first paint.
     *
     * @param control the control
     */
    public static void watch(Control control) {
        String file = System.getenv(REPORT_ENV);
        if (file == null || file.isBlank() || reported) {
            return;
        }
        control.addListener(SWT.Paint, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event event) {
                control.removeListener(SWT.Paint, this);
                firstPaint(Path.of(file));
            }
        });
    }

    private static synchronized void firstPaint(Path file) {
        if (reported) {
            return;
        }
        reported = true;
        long now = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            Files.writeString(file, "firstPaintEpochMillis=" + now + "\njvmStartEpochMillis=" + jvmStart + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            ILog.of(StartupTiming.class).log(Status.error("cannot write the startup report " + file, e));
        }
        if ("1".equals(System.getenv(EXIT_ENV)) && PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
        }
    }
}
