package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.files.HostTool;
import org.xenophilia.xl.output.XlError;
import org.xenophilia.xl.output.XlErrorClassifier;

/**
 * Runs the {@code xl} executable: a {@link ProcessBuilder} with an argument list (never a shell, so nothing in an
 * argument is interpreted), standard input empty, {@code LC_ALL=C}, a timeout after which the process is killed,
 * and standard output and error each captured up to a bound (the rest is read and dropped, so xl never blocks on a
 * full pipe).
 * <p>
 * The process itself is run by {@link HostTool}, the files bundle's runner of host tools, which also holds the test
 * seam's steps ({@link org.xenophilia.files.HaltPoints}): {@code running xl <arguments>} (before the process starts)
 * and {@code ran xl <arguments>} (it has exited, its result not yet read).
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
     * {@value HostTool#POLL_MILLIS} ms, and when it says so the process (and anything it started) is killed.
     *
     * @param limit how long the command may take
     * @param cancelled whether to stop waiting and kill the command
     * @param args the arguments after {@code xl}
     * @return the result, whatever the exit code, if the command ended by itself
     * @throws BackendException {@code FAILED} if xl cannot be started or does not finish in time
     * @throws java.util.concurrent.CancellationException if the command was killed because {@code cancelled} said so
     */
    public Result run(Duration limit, BooleanSupplier cancelled, String... args) throws BackendException {
        List<String> argv = new ArrayList<>(args.length + 1);
        argv.add(executable.toString());
        argv.addAll(List.of(args));
        String shown = "xl " + String.join(" ", args);
        try {
            HostTool.Ended e = HostTool.run(argv, shown, limit, cancelled, MAX_STDOUT, MAX_STDERR);
            return new Result(argv, e.exitCode(), e.stdout(), e.stderr());
        } catch (IOException e) {
            throw BackendException.failed("cannot run " + executable + ": " + e.getMessage());
        } catch (HostTool.TimedOut e) {
            throw BackendException.failed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BackendException.failed(shown + " was interrupted");
        }
    }
}
