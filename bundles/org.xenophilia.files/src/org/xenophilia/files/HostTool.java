package org.xenophilia.files;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs one of the host's tools ({@code xl}, {@code qemu-img}, {@code lvcreate}, {@code nft}, ...) the way the Agent
 * must: a {@link ProcessBuilder} with an argument list, never a shell, so nothing a user typed is ever interpreted;
 * standard input empty, or the given bytes (a ruleset for {@code nft -f -}); {@code LC_ALL=C}, so the tool's words are the same on every host; a time limit, and a cancellation
 * asked every {@value #POLL_MILLIS} ms, after which the tool and what it started are killed; standard output and error
 * each kept up to a bound (the rest is read and dropped, so the tool never blocks on a full pipe).
 * <p>
 * Test seam ({@link HaltPoints}): {@code running <shown>} before the process starts and {@code ran <shown>} once it has
 * exited, its result not yet read. The callers ({@code XlCommandRunner} in the Agent, the storage SPI's
 * {@code ToolRunner}) turn what happened into their own errors.
 */
public final class HostTool {

    /** How often a running tool checks whether it was cancelled. */
    public static final long POLL_MILLIS = 50;

    /**
     * What a tool that exited by itself left.
     *
     * @param exitCode its exit status
     * @param stdout what it printed, up to the bound
     * @param stderr what it printed as errors, up to the bound
     */
    public record Ended(int exitCode, String stdout, String stderr) {
    }

    /** The tool did not finish within its time limit and was killed; what it had printed is kept. */
    public static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Ended printed;

        TimedOut(String message, Ended printed) {
            super(message);
            this.printed = printed;
        }

        /** @return what the tool printed before it was killed (its exit code is -1) */
        public Ended printed() {
            return printed;
        }
    }

    private HostTool() {
    }

    /**
     * @param argv the executable and its arguments, each passed as it is
     * @param shown the command as an admin would type it, for the test seam's steps and messages
     * @param limit how long it may take
     * @param cancelled asked every {@value #POLL_MILLIS} ms whether to stop
     * @param maxStdout how much of standard output to keep
     * @param maxStderr how much of standard error to keep
     * @return what it left, whatever its exit status
     * @throws IOException if it cannot be started
     * @throws TimedOut if it was killed at its time limit
     * @throws CancellationException if it was killed because {@code cancelled} said so
     * @throws InterruptedException if this thread was interrupted (the tool is killed)
     */
    public static Ended run(List<String> argv, String shown, Duration limit, BooleanSupplier cancelled,
            int maxStdout, int maxStderr) throws IOException, TimedOut, InterruptedException {
        return run(argv, shown, null, limit, cancelled, maxStdout, maxStderr);
    }

    /**
     * Runs a tool that reads its standard input, e.g. {@code nft -f -} given a whole ruleset: the bytes are written
     * on a thread of their own (so a tool that prints before it has read everything never blocks this one), then
     * the input is closed.
     *
     * @param argv the executable and its arguments, each passed as it is
     * @param shown the command as an admin would type it
     * @param input what the tool reads on its standard input, or {@code null} for none ({@code /dev/null})
     * @param limit how long it may take
     * @param cancelled asked every {@value #POLL_MILLIS} ms whether to stop
     * @param maxStdout how much of standard output to keep
     * @param maxStderr how much of standard error to keep
     * @return what it left, whatever its exit status
     * @throws IOException if it cannot be started
     * @throws TimedOut if it was killed at its time limit
     * @throws CancellationException if it was killed because {@code cancelled} said so
     * @throws InterruptedException if this thread was interrupted (the tool is killed)
     */
    public static Ended run(List<String> argv, String shown, byte[] input, Duration limit, BooleanSupplier cancelled,
            int maxStdout, int maxStderr) throws IOException, TimedOut, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        if (input == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        pb.environment().put("LC_ALL", "C");
        HaltPoints.reached("running " + shown);
        Process p = pb.start();
        String name = new File(argv.get(0)).getName();
        if (input != null) {
            feed(p.getOutputStream(), input, name + "-stdin");
        }
        Capture out = new Capture(p.getInputStream(), maxStdout, name + "-stdout");
        Capture err = new Capture(p.getErrorStream(), maxStderr, name + "-stderr");
        try {
            long deadline = System.nanoTime() + limit.toNanos();
            while (!p.waitFor(Math.min(POLL_MILLIS, Math.max(0, deadline - System.nanoTime()) / 1_000_000),
                    TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    kill(p);
                    throw new CancellationException(shown + " was cancelled and killed");
                }
                if (System.nanoTime() - deadline >= 0) {
                    kill(p);
                    throw new TimedOut(shown + " did not finish within " + limit.toSeconds() + " s and was killed",
                            new Ended(-1, out.text(), err.text()));
                }
            }
            HaltPoints.reached("ran " + shown);
            return new Ended(p.exitValue(), out.text(), err.text());
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw e;
        }
    }

    private static void feed(OutputStream stdin, byte[] input, String name) {
        Thread t = new Thread(() -> {
            try (stdin) {
                stdin.write(input);
            } catch (IOException e) {
                // the tool exited without reading it all: its exit status says why
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    private static void kill(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
    }

    /** Reads one stream to its end on a thread of its own, keeping the first {@code limit} bytes. */
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
                    // the tool was killed: keep what was read
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
