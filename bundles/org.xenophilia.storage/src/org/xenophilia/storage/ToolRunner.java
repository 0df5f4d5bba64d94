package org.xenophilia.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.xenophilia.files.HostTool;

/**
 * Runs a storage tool ({@code qemu-img}, {@code lvcreate}, ...) the Agent's way: a {@link ProcessBuilder} with an
 * argument list, never a shell, so nothing a user typed is ever interpreted; standard input empty;
 * {@code LC_ALL=C}, so the tool's words are the same on every host; a time limit after which the tool and what it
 * started are killed; standard output and error each kept up to a bound (the rest is read and dropped, so the tool
 * never blocks on a full pipe). A cancelled {@link StorageProgress} kills it too.
 * <p>
 * Test seam ({@link org.xenophilia.files.HaltPoints}): {@code running <tool> <arguments>} before the process starts and
 * {@code ran <tool> <arguments>} when it has exited.
 */
public final class ToolRunner {

    /**
     * What a finished tool left.
     *
     * @param command the command line, as the admin would type it (for messages)
     * @param exitCode its exit status
     * @param stdout what it printed, up to the bound
     * @param stderr what it printed as errors, up to the bound
     */
    public record Result(String command, int exitCode, String stdout, String stderr) {

        /**
         * @param failure the class of failure if the tool failed
         * @param reason what was being done, for the message: {@code cannot create web.qcow2}
         * @return this result, if the tool exited with 0
         * @throws StorageException {@code SR_BACKEND_FAILURE_<code>} with the tool's standard error otherwise
         */
        public Result succeeded(StorageFailure failure, String reason) throws StorageException {
            if (exitCode != 0) {
                String said = stderr.isBlank() ? stdout : stderr;
                throw StorageException.failure(failure, reason + ": " + command + " exited with " + exitCode,
                        said);
            }
            return this;
        }
    }

    private static final int MAX_STDOUT = 1 << 20;
    private static final int MAX_STDERR = 64 << 10;

    private final Path executable;
    private final Duration timeout;

    /**
     * @param executable the tool, an absolute path (the Agent does not search {@code PATH} at run time)
     * @param timeout how long one run may take
     */
    public ToolRunner(Path executable, Duration timeout) {
        if (!executable.isAbsolute()) {
            throw new IllegalArgumentException("a tool is named by its absolute path: " + executable);
        }
        this.executable = executable;
        this.timeout = timeout;
    }

    /** @return the tool */
    public Path executable() {
        return executable;
    }

    /**
     * @param progress asked every {@value HostTool#POLL_MILLIS} ms whether to stop
     * @param args the arguments, each passed as it is
     * @return the result, whatever the exit status
     * @throws StorageException {@code SR_BACKEND_FAILURE [status, stdout, stderr]} if the tool cannot be started or
     *             does not finish in time
     * @throws java.util.concurrent.CancellationException if it was killed because the operation was cancelled
     */
    public Result run(StorageProgress progress, String... args) throws StorageException {
        List<String> argv = new ArrayList<>(args.length + 1);
        argv.add(executable.toString());
        argv.addAll(List.of(args));
        String shown = executable.getFileName() + " " + String.join(" ", args);
        try {
            HostTool.Ended e = HostTool.run(argv, shown, timeout, progress::cancelled, MAX_STDOUT, MAX_STDERR);
            return new Result(shown, e.exitCode(), e.stdout(), e.stderr());
        } catch (IOException e) {
            throw StorageException.toolFailed(shown, "cannot run " + executable, "", e.getMessage());
        } catch (HostTool.TimedOut e) {
            throw StorageException.toolFailed(shown, "killed after " + timeout.toSeconds() + " s",
                    e.printed().stdout(), e.printed().stderr());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StorageException.toolFailed(shown, "interrupted", "", "");
        }
    }
}
