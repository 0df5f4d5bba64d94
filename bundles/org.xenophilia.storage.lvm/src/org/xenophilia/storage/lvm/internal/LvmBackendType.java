package org.xenophilia.storage.lvm.internal;

import java.nio.file.Files;
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
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/**
 * The {@code lvm} storage type: a repository is an LVM2 volume group, a new one on given devices or an existing one;
 * its volumes are LVs tagged as ours (thin LVs where the repository has a thin pool). Named in this bundle's
 * {@code META-INF/services}.
 */
public final class LvmBackendType implements StorageBackendType {

    /** The type's name: xapi's SR type, and the namespace of its settings. */
    public static final String NAME = "lvm";
    /** Repository key: the devices of a new volume group. */
    public static final String DEVICE = "device";
    /** Repository key: the volume group's name (an existing one without {@link #DEVICE}). */
    public static final String VG = "vg";
    /** Repository key: the size of a thin pool to make. */
    public static final String THIN_POOL_SIZE = "thin-pool-size";
    /** Repository key: the thin pool's name. */
    public static final String THIN_POOL = "thin-pool";
    /** Setting: the {@code lvm} executable. */
    public static final String LVM = "lvm";
    /** Setting: {@code blkid}, which looks at a device before anything is written. */
    public static final String BLKID = "blkid";
    /** Setting: {@code blkdiscard}, which zeroes thick volumes. */
    public static final String BLKDISCARD = "blkdiscard";
    /** Setting: whether LVM may rely on udev ({@link Lvm.Udev}). */
    public static final String UDEV = "udev";
    /** Setting: how long one tool run may take, in seconds. */
    public static final String COMMAND_TIMEOUT = "command-timeout";

    private static final System.Logger LOG = System.getLogger(LvmBackendType.class.getName());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "volumes as LVM2 logical volumes of a volume group (thin volumes where it has a thin pool)";
    }

    @Override
    public String apiVersion() {
        return StorageApi.VERSION;
    }

    @Override
    public List<ConfigKey> repositoryKeys() {
        return List.of(
                ConfigKey.optional(DEVICE, Type.STRING, null, "the block devices of a new volume group, separated by"
                        + " commas (each must hold no data, unless forced; a physical volume of another volume group"
                        + " is never used)"),
                ConfigKey.optional(VG, Type.STRING, null, "the volume group: with device, the new one's name"
                        + " (default xenophilia-<first 8 of the SR's uuid>); alone, an existing volume group"),
                ConfigKey.optional(THIN_POOL_SIZE, Type.SIZE, null, "make a thin pool of this size: the volumes are"
                        + " then thin (they take space as they are written)"),
                ConfigKey.optional(THIN_POOL, Type.STRING, null, "the thin pool's name: with thin-pool-size the new"
                        + " one's (default " + RepositoryConfig.DEFAULT_POOL + "), alone an existing pool of vg"));
    }

    @Override
    public List<ConfigKey> settingKeys() {
        return List.of(
                ConfigKey.optional(LVM, Type.PATH, "/sbin/lvm", "LVM2's lvm (package lvm2)"),
                ConfigKey.optional(BLKID, Type.PATH, "/sbin/blkid", "blkid, which looks for data on a device before"
                        + " a volume group is made on it"),
                ConfigKey.optional(BLKDISCARD, Type.PATH, "/sbin/blkdiscard", "blkdiscard, which zeroes new thick"
                        + " volumes (without it they are zeroed by writing zeros)"),
                ConfigKey.optional(UDEV, Type.STRING, "auto", "whether LVM relies on udev for device nodes: auto"
                        + " (where udev runs), yes, or no (LVM makes them itself: hosts without udev)"),
                ConfigKey.optional(COMMAND_TIMEOUT, Type.INTEGER, "600", "seconds one run of an LVM command may take"));
    }

    @Override
    public StorageBackend open(StorageContext context) throws StorageException {
        Duration timeout = Duration.ofSeconds(Math.max(1, Long.parseLong(context.setting(COMMAND_TIMEOUT, "600"))));
        Path lvmPath = Path.of(context.setting(LVM, "/sbin/lvm"));
        Path blkidPath = Path.of(context.setting(BLKID, "/sbin/blkid"));
        for (Path tool : List.of(lvmPath, blkidPath)) {
            if (!Files.isExecutable(tool)) {
                throw StorageException.failure(StorageFailure.REPOSITORY_UNAVAILABLE, "no " + tool + " (the lvm"
                        + " backend needs lvm2's lvm and util-linux's blkid)", "");
            }
        }
        Lvm lvm = new Lvm(new ToolRunner(lvmPath, timeout), Lvm.Udev.of(context.setting(UDEV, "auto")),
                Lvm.UDEV_CONTROL);
        String version = lvm.run(StorageProgress.NONE, "version").succeeded(StorageFailure.REPOSITORY_UNAVAILABLE,
                "lvm does not answer").stdout().lines().findFirst().orElse("").strip().replaceAll("\\s+", " ");
        boolean thin = thinToolsPresent(lvm);
        Path blkdiscard = Path.of(context.setting(BLKDISCARD, "/sbin/blkdiscard"));
        Optional<ToolRunner> zero = Files.isExecutable(blkdiscard) ? Optional.of(new ToolRunner(blkdiscard, timeout))
                : Optional.empty();
        LvmBackend backend = new LvmBackend(lvm, new DeviceProbe(new ToolRunner(blkidPath, timeout)),
                new Zeroing(zero), thin);
        LOG.log(System.Logger.Level.INFO, "lvm storage: " + version + "; thin pools " + (thin ? "offered" : "not"
                + " offered (no thin_check: install thin-provisioning-tools)") + "; new thick volumes zeroed by "
                + backend.zeroing().how() + "; udev " + (lvm.withoutUdev() ? "not running: LVM makes the device nodes"
                        : "makes the device nodes"));
        return backend;
    }

    /**
     * Thin pools are activated only where {@code thin_check} runs (LVM checks a pool's metadata first), unless LVM's
     * configuration turns the check off; LVM's own configuration says which tool it runs.
     */
    private static boolean thinToolsPresent(Lvm lvm) throws StorageException {
        ToolRunner.Result r = lvm.run(StorageProgress.NONE, "config", "--type", "full",
                "global/thin_check_executable");
        if (r.exitCode() != 0) {
            return false;
        }
        String line = r.stdout().strip();
        int eq = line.indexOf('=');
        String tool = eq < 0 ? "" : line.substring(eq + 1).replace("\"", "").strip();
        return tool.isEmpty() || Files.isExecutable(Path.of(tool));
    }
}
