package org.xenophilia.storage;

import java.util.List;

/**
 * A type of storage repository as a plug-in of the Agent ({@code file}, {@code lvm}, a third party's): found with
 * {@link java.util.ServiceLoader} on the Agent's class path, through a jar that names its implementation (public, with
 * a public constructor without parameters) in {@code META-INF/services/org.xenophilia.storage.StorageBackendType}.
 * <p>
 * The type itself is created when the Agent reads its configuration and must be cheap: it only declares. Its backend
 * is created by {@link #open}, once, when the Agent starts; that is where tools are looked for.
 * <p>
 * Its {@linkplain #name() name} is xapi's SR {@code type} and also its namespace in {@code agent.conf}, shared with the
 * Agent's other plug-ins: the type {@code file} reads the settings {@code file.<key>} for each of its
 * {@link #settingKeys()}.
 */
public interface StorageBackendType {

    /**
     * @return the type's name: the SR type of the repositories it makes ({@code file}, {@code lvm}) and the
     *         namespace of its settings; 1-32 of {@code a-z 0-9 -}, starting with a letter, unique among the Agent's
     *         plug-ins
     */
    String name();

    /** @return one line saying what it stores where, for {@code xenophiliad --help} and the Workbench */
    String description();

    /**
     * The version of this API the backend was built against. Implement it as {@code return StorageApi.VERSION;}:
     * the compiler copies the constant into the backend's class, and the Agent skips a backend built for an API it
     * does not run ({@link StorageApi#runs}).
     *
     * @return {@code MAJOR.MINOR}
     */
    String apiVersion();

    /**
     * @return the keys of a repository's configuration (xapi's {@code device_config}), e.g. the directory of a
     *         {@code file} repository or the devices of an {@code lvm} one; checked with
     *         {@link ConfigKey#checkAll} before {@link StorageBackend#probe}, {@link StorageBackend#create} or
     *         {@link StorageBackend#attach} sees them
     */
    List<ConfigKey> repositoryKeys();

    /**
     * @return the keys of the backend's settings in {@code agent.conf}, without the namespace (e.g. {@code qemu-img}
     *         for {@code file.qemu-img}); checked when the Agent reads its configuration, so a typo is an error at
     *         start. The default: none.
     */
    default List<ConfigKey> settingKeys() {
        return List.of();
    }

    /**
     * Opens the backend: finds its tools, says what it can do on this host.
     *
     * @param context its settings and its own state directory
     * @return the backend; the Agent closes it when it stops
     * @throws StorageException if the backend cannot run here (the Agent logs it and goes on without this type)
     */
    StorageBackend open(StorageContext context) throws StorageException;
}
