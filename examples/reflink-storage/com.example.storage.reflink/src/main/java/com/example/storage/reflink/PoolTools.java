package com.example.storage.reflink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.ToolRunner;

/**
 * The host's tools the backend runs, each by its absolute path, found once when the backend opens: the Agent never
 * searches {@code PATH} at run time. {@code mkfs.xfs} is what this type cannot do without, so its absence turns the
 * type off with a message that says what to install; the others come with every Debian system.
 *
 * @param mkfsXfs makes a pool's file system (xfsprogs)
 * @param mount mounts a pool (mount)
 * @param umount unmounts it (mount)
 * @param wipefs lists the signatures on a pool before it is formatted, and erases ours when it is destroyed
 *            (util-linux)
 * @param cp makes reflinks (coreutils: {@code --reflink=always})
 * @param find tells the blocks a volume takes (findutils)
 */
record PoolTools(ToolRunner mkfsXfs, ToolRunner mount, ToolRunner umount, ToolRunner wipefs, ToolRunner cp,
        ToolRunner find) {

    /** Where Debian installs system tools; {@code /sbin} and {@code /bin} for systems without a merged /usr. */
    private static final List<Path> SYSTEM_DIRECTORIES = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"),
            Path.of("/sbin"), Path.of("/bin"));

    /**
     * @param mkfsXfs where the setting says {@code mkfs.xfs} is, if it says
     * @param timeout how long one run of a tool may take
     * @return the tools
     * @throws StorageException if one is missing: the backend cannot run here
     */
    static PoolTools find(Optional<Path> mkfsXfs, Duration timeout) throws StorageException {
        Path mkfs = mkfsXfs.isPresent() ? given(mkfsXfs.get()) : search("mkfs.xfs", "xfsprogs");
        return new PoolTools(new ToolRunner(mkfs, timeout), runner("mount", "mount", timeout),
                runner("umount", "mount", timeout), runner("wipefs", "util-linux", timeout),
                runner("cp", "coreutils", timeout), runner("find", "findutils", timeout));
    }

    private static ToolRunner runner(String tool, String debianPackage, Duration timeout) throws StorageException {
        return new ToolRunner(search(tool, debianPackage), timeout);
    }

    private static Path given(Path tool) throws StorageException {
        if (!Files.isRegularFile(tool) || !Files.isExecutable(tool)) {
            throw cannotRun(tool + " (the setting " + ReflinkPoolType.NAME + "." + ReflinkPoolType.MKFS_XFS
                    + ") is not an executable file: install xfsprogs, or name its mkfs.xfs");
        }
        return tool;
    }

    private static Path search(String tool, String debianPackage) throws StorageException {
        for (Path dir : SYSTEM_DIRECTORIES) {
            Path p = dir.resolve(tool);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        throw cannotRun(tool + " is not installed (looked in /usr/sbin, /usr/bin, /sbin and /bin): install Debian's"
                + " package " + debianPackage);
    }

    /** The type cannot run on this host: the Agent logs the message and goes on without it. */
    private static StorageException cannotRun(String why) {
        return new StorageException(StorageException.SR_BACKEND_FAILURE, List.of("not installed", "", why), why,
                null);
    }
}
