package org.xenophilia.storage.file.internal;

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

/**
 * The {@code file} storage type: a repository is a directory, its volumes are files in it, raw and sparse, or qcow2
 * where {@code qemu-img} is installed. Named in this bundle's {@code META-INF/services}.
 */
public final class FileBackendType implements StorageBackendType {

    /** The type's name: xapi's SR type, and the namespace of its settings. */
    public static final String NAME = "file";
    /** A repository's one key: its directory. */
    public static final String LOCATION = "location";
    /** The setting naming {@code qemu-img}. */
    public static final String QEMU_IMG = "qemu-img";
    /** The setting limiting one run of {@code qemu-img}, in seconds. */
    public static final String COMMAND_TIMEOUT = "command-timeout";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "volumes as files in a directory: raw sparse files, and qcow2 where qemu-img is installed";
    }

    @Override
    public String apiVersion() {
        return StorageApi.VERSION;
    }

    @Override
    public List<ConfigKey> repositoryKeys() {
        return List.of(ConfigKey.required(LOCATION, Type.PATH, "the directory that holds the volumes; made if it"
                + " does not exist"));
    }

    @Override
    public List<ConfigKey> settingKeys() {
        return List.of(
                ConfigKey.optional(QEMU_IMG, Type.PATH, "/usr/bin/qemu-img", "qemu-img, for qcow2 volumes (qcow2"
                        + " is offered only where it is installed)"),
                ConfigKey.optional(COMMAND_TIMEOUT, Type.INTEGER, "21600", "seconds one run of qemu-img may take"
                        + " (a copy of a large qcow2 volume)"));
    }

    @Override
    public StorageBackend open(StorageContext context) {
        Duration timeout = Duration.ofSeconds(Math.max(1, Long.parseLong(context.setting(COMMAND_TIMEOUT,
                "21600"))));
        Optional<QemuImg> qemuImg = QemuImg.find(Path.of(context.setting(QEMU_IMG, "/usr/bin/qemu-img")), timeout);
        return new FileBackend(qemuImg);
    }
}
