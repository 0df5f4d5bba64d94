package org.xenophilia.storage.file.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/**
 * {@code qemu-img}, for qcow2 volumes: found once when the backend opens, and run with file names the backend made
 * (absolute paths of validated names, so never an option) and sizes in bytes.
 */
final class QemuImg {

    private static final System.Logger LOG = System.getLogger(QemuImg.class.getName());

    private final ToolRunner runner;
    private final String version;

    private QemuImg(ToolRunner runner, String version) {
        this.runner = runner;
        this.version = version;
    }

    /**
     * @param executable where the setting says it is
     * @param timeout how long one run may take
     * @return the tool, if it is there and answers {@code --version}
     */
    static Optional<QemuImg> find(Path executable, Duration timeout) {
        if (!Files.isExecutable(executable)) {
            LOG.log(System.Logger.Level.INFO, "file storage: no " + executable + ", so raw volumes only");
            return Optional.empty();
        }
        ToolRunner runner = new ToolRunner(executable, timeout);
        try {
            ToolRunner.Result r = new ToolRunner(executable, Duration.ofSeconds(30)).run(StorageProgress.NONE,
                    "--version");
            if (r.exitCode() == 0) {
                String first = r.stdout().lines().findFirst().orElse("qemu-img").strip();
                return Optional.of(new QemuImg(runner, first));
            }
            LOG.log(System.Logger.Level.WARNING, "file storage: " + executable + " --version failed, so raw volumes"
                    + " only: " + r.stderr().strip());
        } catch (StorageException e) {
            LOG.log(System.Logger.Level.WARNING, "file storage: " + e.getMessage() + ", so raw volumes only");
        }
        return Optional.empty();
    }

    /** @return what {@code --version} said first: {@code qemu-img version 7.2.x ...} */
    String version() {
        return version;
    }

    /** Creates an empty qcow2 image of {@code bytes}. */
    void create(Path file, long bytes, String reason) throws StorageException {
        check(runner.run(StorageProgress.NONE, "create", "-q", "-f", "qcow2", file.toString(), Long.toString(bytes)),
                file, StorageFailure.CREATE_VOLUME_FAILED, reason);
    }

    /** Grows a qcow2 image to {@code bytes}. */
    void resize(Path file, long bytes, String reason) throws StorageException {
        check(runner.run(StorageProgress.NONE, "resize", "-q", "-f", "qcow2", file.toString(), Long.toString(bytes)),
                file, StorageFailure.RESIZE_FAILED, reason);
    }

    /** Copies a qcow2 image into a new one (only the clusters in use). */
    void copy(Path from, Path to, StorageProgress progress, StorageFailure failure, String reason)
            throws StorageException {
        check(runner.run(progress, "convert", "-q", "-f", "qcow2", "-O", "qcow2", from.toString(), to.toString()),
                to, failure, reason);
    }

    /** A failure on a full file system is told apart by asking the file system, not by qemu-img's words. */
    private static void check(ToolRunner.Result r, Path file, StorageFailure failure, String reason)
            throws StorageException {
        if (r.exitCode() != 0 && SpaceCheck.isFull(file.getParent())) {
            r.succeeded(StorageFailure.INSUFFICIENT_SPACE, reason + ": the file system is full");
        }
        r.succeeded(failure, reason);
    }
}
