package org.xenophilia.image.deploy.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.xenophilia.files.HostTool;
import org.xenophilia.image.ImageException;

/**
 * The e2fsprogs steps of a deployment, each through {@link HostTool} (an argument list, never a shell; killed with
 * what it started when the deployment is cancelled): {@code mkfs.ext4 -d} makes a root filesystem's ext4 on the
 * volume from the unpacked tree, {@code e2fsck -f -p} then {@code resize2fs} grow a disk image's ext4 to the volume.
 */
final class Ext4Tools {

    /** The tools the deployer runs; {@code open} refuses a host without them. */
    static final List<String> TOOLS = List.of("mkfs.ext4", "e2fsck", "resize2fs");

    private static final int OUTPUT = 64 * 1024;

    private final Duration limit;

    /** @param limit how long one tool may run */
    Ext4Tools(Duration limit) {
        this.limit = limit;
    }

    /** {@return the tools of {@link #TOOLS} that are on none of the directories of {@code PATH}} */
    static List<String> missing() {
        String path = System.getenv().getOrDefault("PATH", "");
        List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        // the Agent's PATH may lack the superuser's directories, where e2fsprogs lives
        dirs.addAll(List.of("/usr/sbin", "/sbin"));
        List<String> missing = new ArrayList<>();
        for (String tool : TOOLS) {
            if (dirs.stream().noneMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)))) {
                missing.add(tool);
            }
        }
        return missing;
    }

    /**
     * Makes an ext4 filesystem of the volume's whole size holding the tree, owned by root at its root.
     *
     * @throws ImageException DISK_FULL (the tree does not fit: mke2fs's words), FAILED, CANCELLED
     */
    void makeFilesystem(Path tree, Path volume, ProgressMeter meter) throws ImageException {
        HostTool.Ended ended = run(meter, tool("mkfs.ext4"), "-F", "-q", "-d", tree.toString(), "-E",
                "root_owner=0:0", volume.toString());
        if (ended.exitCode() != 0) {
            String words = words(ended);
            ImageException.Kind kind = words.contains("Could not allocate block") || words.contains("No space left")
                    ? ImageException.Kind.DISK_FULL
                    : ImageException.Kind.FAILED;
            throw new ImageException(kind, "mkfs.ext4 of " + volume + " failed (exit " + ended.exitCode() + "): "
                    + words, List.of(volume.toString()));
        }
    }

    /**
     * Checks a written disk's ext4 and grows it to the volume.
     *
     * @throws ImageException INVALID (the image's filesystem is damaged beyond {@code e2fsck -p}), FAILED, CANCELLED
     */
    void grow(Path volume, ProgressMeter meter) throws ImageException {
        HostTool.Ended check = run(meter, tool("e2fsck"), "-f", "-p", volume.toString());
        // 0: clean; 1: errors corrected
        if (check.exitCode() != 0 && check.exitCode() != 1) {
            throw new ImageException(ImageException.Kind.INVALID, "e2fsck -f -p of the written image found errors "
                    + "it cannot correct (exit " + check.exitCode() + "): " + words(check), List.of("filesystem"));
        }
        HostTool.Ended resize = run(meter, tool("resize2fs"), volume.toString());
        if (resize.exitCode() != 0) {
            throw new ImageException(ImageException.Kind.FAILED, "resize2fs of " + volume + " failed (exit "
                    + resize.exitCode() + "): " + words(resize), List.of(volume.toString()));
        }
    }

    private HostTool.Ended run(ProgressMeter meter, String... argv) throws ImageException {
        meter.checkCancelled();
        String shown = String.join(" ", argv);
        try {
            return HostTool.run(List.of(argv), shown, limit, meter::cancelled, OUTPUT, OUTPUT);
        } catch (CancellationException e) {
            throw ProgressMeter.cancellation();
        } catch (HostTool.TimedOut e) {
            throw new ImageException(ImageException.Kind.FAILED, e.getMessage() + ": " + words(e.printed()),
                    List.of(shown));
        } catch (IOException e) {
            throw new ImageException(ImageException.Kind.UNAVAILABLE, "cannot run " + shown + ": " + e.getMessage(),
                    List.of(argv[0]), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProgressMeter.cancellation();
        }
    }

    /** @return the tool's path: where the superuser's directories have it, else its name for the PATH */
    private static String tool(String name) {
        for (String dir : List.of("/usr/sbin", "/sbin")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return dir + "/" + name;
            }
        }
        return name;
    }

    private static String words(HostTool.Ended ended) {
        String words = (ended.stderr().strip() + "\n" + ended.stdout().strip()).strip();
        return words.isEmpty() ? "(it said nothing)" : words;
    }
}
