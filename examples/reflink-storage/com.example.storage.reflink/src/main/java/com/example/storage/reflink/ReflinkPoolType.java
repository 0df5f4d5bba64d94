package com.example.storage.reflink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.xenophilia.storage.ConfigKey;
import org.xenophilia.storage.ConfigKey.Type;
import org.xenophilia.storage.StorageApi;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageBackendType;
import org.xenophilia.storage.StorageContext;
import org.xenophilia.storage.StorageException;

/**
 * The storage type {@code reflink-pool}: a repository is an XFS file system in a pool (an image file, or a block
 * device) that the Agent formats when the repository is created and mounts while it is attached; its volumes are raw
 * files in it, and a snapshot or a copy is a reflink of one, instant and taking no space until either is written.
 * Named in this jar's {@code META-INF/services/org.xenophilia.storage.StorageBackendType}.
 * <p>
 * Like every type, this class only declares: the Agent creates it when it reads its configuration. The tools are
 * looked for in {@link #open}.
 */
public final class ReflinkPoolType implements StorageBackendType {

    /** The type's name: the SR type, and the namespace of its settings in {@code agent.conf}. */
    public static final String NAME = "reflink-pool";
    /** A repository's pool: an image file or a block device. */
    public static final String IMAGE = "image";
    /** The size of a new image file. */
    public static final String SIZE = "size";
    /** The setting naming {@code mkfs.xfs}, where it is not in a system directory. */
    public static final String MKFS_XFS = "mkfs-xfs";
    /** The setting limiting one run of a tool, in seconds. */
    public static final String COMMAND_TIMEOUT = "command-timeout";

    private static final String DEFAULT_TIMEOUT = "600";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "volumes as files in an XFS pool (an image file or a block device) that the Agent mounts; snapshots"
                + " and copies are instant reflinks";
    }

    @Override
    public String apiVersion() {
        return StorageApi.VERSION;
    }

    @Override
    public List<ConfigKey> repositoryKeys() {
        return List.of(
                ConfigKey.required(IMAGE, Type.PATH, "the pool: an image file (made, sparse, if it does not exist)"
                        + " or a block device; formatted with XFS when the repository is created"),
                ConfigKey.optional(SIZE, Type.SIZE, null, "the size of a new image file, at least 300M (XFS's"
                        + " smallest); an existing file or device is used at its own size"));
    }

    @Override
    public List<ConfigKey> settingKeys() {
        return List.of(
                ConfigKey.optional(MKFS_XFS, Type.PATH, null, "mkfs.xfs (Debian's xfsprogs), if it is not in"
                        + " /usr/sbin, /usr/bin, /sbin or /bin; without it the type is off"),
                ConfigKey.optional(COMMAND_TIMEOUT, Type.INTEGER, DEFAULT_TIMEOUT, "seconds one run of a tool"
                        + " (mkfs.xfs, mount, cp) may take"));
    }

    @Override
    public StorageBackend open(StorageContext context) throws StorageException {
        Duration timeout = Duration.ofSeconds(Math.max(1, Long.parseLong(context.setting(COMMAND_TIMEOUT,
                DEFAULT_TIMEOUT))));
        Optional<Path> mkfs = Optional.ofNullable(context.setting(MKFS_XFS, null)).map(Path::of);
        return new ReflinkPoolBackend(context.stateDir(), PoolTools.find(mkfs, timeout));
    }
}
