package org.xenophilia.agent.internal.xl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.files.HaltPoints;
import org.xenophilia.xl.output.XlError;
import org.xenophilia.xl.output.XlErrorClassifier;

/**
 * Runs the {@code xl} executable: a {@link ProcessBuilder} with an argument list (never a shell, so nothing in an
 * argument is interpreted), standard input empty, {@code LC_ALL=C}, a timeout after which the process is killed,
 * and standard output and error each captured up to a bound (the rest is read and dropped, so xl never blocks on a
 * full pipe).
 * <p>
 * Test seam ({@link HaltPoints}): the steps {@code running xl <arguments>} (before the process starts) and
 * {@code ran xl <arguments>} (it has exited, its result not yet read).
 */
public final class XlCommandRunner {

    /** What a finished command left. */
    public record Result(List<String> argv, int exitCode, String stdout, String stderr) {

        /** @return the error xl reported, if any ({@link XlErrorClassifier}: exit code and standard error) */
        public Optional<XlError> error() {
            return XlErrorClassifier.classify(exitCode, stderr);
        }

        /**
         * @return this result, if xl reported no error
         * @throws BackendException {@code FAILED} with xl's message otherwise
         */
        public Result succeeded() throws BackendException {
            Optional<XlError> error = error();
            if (error.isPresent()) {
                throw BackendException.failed("xl " + String.join(" ", argv.subList(1, argv.size())) + " failed: "
                        + error.get().message());
            }
            return this;
        }
    }

    private static final int MAX_STDOUT = 4 << 20;
    private static final int MAX_STDERR = 64 << 10;
    /** How often a running command checks whether it was cancelled. */
    private static final long CANCEL_POLL_MILLIS = 50;

    private final Path executable;
    private final Duration timeout;

    /**
     * @param executable the {@code xl} executable
     * @param timeout how long a command may take unless told otherwise
     */
    public XlCommandRunner(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** @return the executable */
    public Path executable() {
        return executable;
    }

    /**
     * @param args the arguments after {@code xl}
     * @return the result, whatever the exit code
     * @throws BackendException {@code FAILED} if xl cannot be started or does not finish in time
     */
    public Result run(String... args) throws BackendException {
        return run(timeout, args);
    }

    /**
     * @param limit how long the command may take
     * @param args the arguments after {@code xl}
     * @return the result, whatever the exit code
     * @throws BackendException {@code FAILED} if xl cannot be started or does not finish in time
     */
    public Result run(Duration limit, String... args) throws BackendException {
        return run(limit, () -> false, args);
    }

    /**
     * Runs a command that may be stopped while it runs: {@code cancelled} is asked every
     * {@value #CANCEL_POLL_MILLIS} ms, and when it says so the process (and anything it started) is killed.
     *
     * @param limit how long the command may take
     * @param cancelled whether to stop waiting and kill the command
     * @param args the arguments after {@code xl}
     * @return the result, whatever the exit code, if the command ended by itself
     * @throws BackendException {@code FAILED} if xl cannot be started or does not finish in time
     * @throws CancellationException if the command was killed because {@code cancelled} said so
     */
    public Result run(Duration limit, BooleanSupplier cancelled, String... args) throws BackendException {
        List<String> argv = new ArrayList<>(args.length + 1);
        argv.add(executable.toString());
        argv.addAll(List.of(args));
        String shown = "xl " + String.join(" ", args);
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("LC_ALL", "C");
        Process p;
        HaltPoints.reached("running " + shown);
        try {
            p = pb.start();
        } catch (IOException e) {
            throw BackendException.failed("cannot run " + executable + ": " + e.getMessage());
        }
        Capture out = new Capture(p.getInputStream(), MAX_STDOUT, "xl-stdout");
        Capture err = new Capture(p.getErrorStream(), MAX_STDERR, "xl-stderr");
        try {
            long deadline = System.nanoTime() + limit.toNanos();
            while (!p.waitFor(Math.min(CANCEL_POLL_MILLIS, Math.max(0, deadline - System.nanoTime()) / 1_000_000),
                    TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    kill(p);
                    throw new CancellationException(shown + " was cancelled and killed");
                }
                if (System.nanoTime() - deadline >= 0) {
                    kill(p);
                    throw BackendException.failed(shown + " did not finish within " + limit.toSeconds()
                            + " s and was killed");
                }
            }
            HaltPoints.reached("ran " + shown);
            return new Result(argv, p.exitValue(), out.text(), err.text());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw BackendException.failed(shown + " was interrupted");
        }
    }

    private static void kill(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
    }

    /** Reads one stream to its end on its own thread, keeping the first {@code limit} bytes. */
    private static final class Capture {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final Thread thread;

        Capture(InputStream in, int limit, String name) {
            thread = new Thread(() -> {
                byte[] buf = new byte[8192];
                try (in) {
                    for (int n; (n = in.read(buf)) >= 0;) {
                        synchronized (kept) {
                            int room = limit - kept.size();
                            if (room > 0) {
                                kept.write(buf, 0, Math.min(room, n));
                            }
                        }
                    }
                } catch (IOException e) {
                    // process killed: keep what was read
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        String text() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(5));
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
