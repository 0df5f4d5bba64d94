package org.xenophilia.agent.internal.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.xenophilia.agent.internal.plugin.StoragePlugin;
import org.xenophilia.storage.ConfigKey;
import org.xenophilia.storage.Probe;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageBackendType;
import org.xenophilia.storage.StorageException;

/**
 * The registered SRs and, for each, its repository while its PBD is plugged: what {@code SR.*} and {@code PBD.*}
 * change, kept in the {@link SrRegistry} so that it survives restarts. At start every registered SR whose PBD was
 * plugged is attached through its backend (which clears what a crash left half made); one whose backend type is not
 * open here, or whose storage is gone, is listed with its PBD unplugged and the reason logged, never dropped.
 * <p>
 * Changes to the set of SRs are serialised (they are rare, and each is a few file writes around one backend call);
 * volume operations are not, the backend serialises what must be.
 */
public final class StorageRepositories {

    private static final System.Logger LOG = System.getLogger(StorageRepositories.class.getName());

    /** A registered SR and its repository if attached. */
    public record Sr(SrRegistry.Entry entry, Optional<Repository> repository) {
    }

    private final SrRegistry registry;
    private final StorageBackends backends;
    private final Map<String, StoragePlugin> types;
    private final Map<String, Sr> byUuid = new ConcurrentHashMap<>();

    private StorageRepositories(SrRegistry registry, StorageBackends backends, Map<String, StoragePlugin> types) {
        this.registry = registry;
        this.backends = backends;
        this.types = types;
    }

    /**
     * Reads the registry and attaches what it lists.
     *
     * @param registry the registry
     * @param backends the open backends
     * @param types the storage types found, by name (for their configuration keys)
     * @return the SRs
     * @throws IOException if the registry cannot be read
     */
    public static StorageRepositories open(SrRegistry registry, StorageBackends backends,
            Map<String, StoragePlugin> types) throws IOException {
        StorageRepositories r = new StorageRepositories(registry, backends, types);
        for (SrRegistry.Entry e : registry.all()) {
            r.recover(e);
        }
        return r;
    }

    private void recover(SrRegistry.Entry e) throws IOException {
        Optional<Repository> attached = e.plugged() || e.phase() != SrRegistry.Phase.READY ? tryAttach(e)
                : Optional.empty();
        switch (e.phase()) {
            case CREATING, DESTROYING -> {
                // the create had finished, or the destroy had not yet removed the repository's mark
                boolean keep = attached.isPresent();
                if (!keep) {
                    attached.ifPresent(Repository::detach);
                    registry.remove(e.uuid());
                    LOG.log(System.Logger.Level.INFO, "SR " + e.uuid() + ": the " + (e.phase()
                            == SrRegistry.Phase.CREATING ? "create" : "destroy") + " a stop interrupted is undone");
                    return;
                }
                e = e.in(SrRegistry.Phase.READY).plugged(true);
                registry.put(e);
            }
            default -> {
                // plugged as registered
            }
        }
        byUuid.put(e.uuid(), new Sr(e, attached));
    }

    private Optional<Repository> tryAttach(SrRegistry.Entry e) {
        try {
            return Optional.of(attach(e));
        } catch (StorageException ex) {
            LOG.log(System.Logger.Level.WARNING, "SR " + e.uuid() + " (" + e.nameLabel() + ", type " + e.type()
                    + ") is not attached: " + ex.getMessage());
            return Optional.empty();
        }
    }

    private Repository attach(SrRegistry.Entry e) throws StorageException {
        return backend(e.type()).attach(e.uuid(), e.deviceConfig());
    }

    /**
     * @param type an SR type
     * @return its backend
     * @throws StorageException {@code SR_UNKNOWN_DRIVER [type]} if no backend of that type is open
     */
    public StorageBackend backend(String type) throws StorageException {
        return backends.backend(type).orElseThrow(() -> new StorageException(StorageException.SR_UNKNOWN_DRIVER,
                List.of(type), "no storage backend of type '" + type + "' runs here (open: "
                        + String.join(", ", backends.types()) + ")", null));
    }

    /** @return the types whose backend is open */
    public List<String> types() {
        return backends.types();
    }

    /**
     * @param type an SR type whose backend is open
     * @return its declaration (name, description, keys)
     */
    public StorageBackendType type(String type) {
        return types.get(type).type();
    }

    /**
     * Looks at a location through a type's backend, writing nothing ({@code SR.probe}).
     *
     * @param type the SR type
     * @param deviceConfig the repository's configuration as given
     * @return what is there
     * @throws StorageException if the type is not open here, the configuration is invalid or the probe fails
     */
    public Probe probe(String type, Map<String, String> deviceConfig) throws StorageException {
        StorageBackend backend = backend(type);
        return backend.probe(ConfigKey.checkAll(type(type).repositoryKeys(), deviceConfig));
    }

    /** @return every registered SR, by uuid */
    public List<Sr> all() {
        List<Sr> out = new ArrayList<>(byUuid.values());
        out.sort((a, b) -> a.entry().uuid().compareTo(b.entry().uuid()));
        return out;
    }

    /**
     * @param uuid an SR's uuid
     * @return the SR, if registered
     */
    public Optional<Sr> get(String uuid) {
        return Optional.ofNullable(byUuid.get(uuid));
    }

    /**
     * @param uuid an SR's uuid
     * @return its repository
     * @throws StorageException {@code SR_HAS_NO_PBDS [sr]} if it is not attached
     */
    public Repository attached(String uuid) throws StorageException {
        Sr sr = byUuid.get(uuid);
        if (sr == null || sr.repository().isEmpty()) {
            throw StorageException.notAttached(uuid);
        }
        return sr.repository().get();
    }

    /** @return the SR, still registered: another call may have forgotten it since the caller looked it up */
    private Sr current(String uuid) throws StorageException {
        Sr sr = byUuid.get(uuid);
        if (sr == null) {
            throw new StorageException("HANDLE_INVALID", List.of("SR", uuid), "SR " + uuid + " is no longer"
                    + " registered", null);
        }
        return sr;
    }

    /**
     * Makes a repository and registers it ({@code SR.create}); the entry is written before the backend makes it, so a
     * crash in between is undone at the next start.
     *
     * @param e the new SR, its configuration as given
     * @param force whether to make it where the backend found other data (never over it)
     * @return the SR
     * @throws StorageException if the backend refuses
     * @throws IOException if the registry cannot be written
     */
    public synchronized Sr create(SrRegistry.Entry e, boolean force) throws StorageException, IOException {
        StorageBackend backend = backend(e.type());
        Map<String, String> config = ConfigKey.checkAll(types.get(e.type()).type().repositoryKeys(),
                e.deviceConfig());
        SrRegistry.Entry creating = new SrRegistry.Entry(e.uuid(), e.nameLabel(), e.nameDescription(), e.type(),
                e.contentType(), config, e.smConfig(), true, SrRegistry.Phase.CREATING);
        registry.put(creating);
        Repository repository;
        try {
            repository = backend.create(e.uuid(), config, force);
        } catch (StorageException | RuntimeException ex) {
            registry.remove(e.uuid());
            throw ex;
        }
        SrRegistry.Entry ready = creating.in(SrRegistry.Phase.READY);
        try {
            registry.put(ready);
        } catch (IOException ex) {
            // not kept: undo, so that no repository is made that the Agent does not list
            repository.detach();
            try {
                repository.destroy();
            } catch (StorageException ignored) {
                LOG.log(System.Logger.Level.WARNING, "SR " + e.uuid() + " could not be undone: " + ignored);
            }
            registry.remove(e.uuid());
            throw ex;
        }
        Sr sr = new Sr(ready, Optional.of(repository));
        byUuid.put(e.uuid(), sr);
        return sr;
    }

    /**
     * Plugs or unplugs an SR's PBD ({@code PBD.plug}, {@code PBD.unplug}); plugging one that is plugged, or
     * unplugging one that is not, changes nothing.
     *
     * @param uuid the SR
     * @param plug whether to attach it
     * @return the SR as it is now
     * @throws StorageException if the backend cannot attach it
     * @throws IOException if the registry cannot be written
     */
    public synchronized Sr plug(String uuid, boolean plug) throws StorageException, IOException {
        Sr sr = current(uuid);
        if (sr.repository().isPresent() == plug) {
            return sr;
        }
        Optional<Repository> repository = plug ? Optional.of(attach(sr.entry())) : Optional.empty();
        try {
            registry.put(sr.entry().plugged(plug));
        } catch (IOException ex) {
            repository.ifPresent(Repository::detach);
            throw ex;
        }
        if (!plug) {
            sr.repository().get().detach();
        }
        Sr now = new Sr(sr.entry().plugged(plug), repository);
        byUuid.put(uuid, now);
        return now;
    }

    /**
     * Renames an SR ({@code SR.set_name_label}, {@code set_name_description}).
     *
     * @param uuid the SR
     * @param label its new name
     * @param description its new description
     * @throws StorageException if it was forgotten meanwhile
     * @throws IOException if the registry cannot be written
     */
    public synchronized void rename(String uuid, String label, String description) throws StorageException,
            IOException {
        Sr sr = current(uuid);
        SrRegistry.Entry e = sr.entry().named(label, description);
        registry.put(e);
        byUuid.put(uuid, new Sr(e, sr.repository()));
    }

    /**
     * Forgets an SR ({@code SR.forget}): detaches it and removes its entry; its storage is left as it is.
     *
     * @param uuid the SR
     * @throws StorageException if it was forgotten meanwhile
     * @throws IOException if the registry cannot be written
     */
    public synchronized void forget(String uuid) throws StorageException, IOException {
        Sr sr = current(uuid);
        registry.remove(uuid);
        byUuid.remove(uuid);
        sr.repository().ifPresent(Repository::detach);
    }

    /**
     * Destroys an SR's repository and forgets it ({@code SR.destroy}); refused while it holds volumes.
     *
     * @param uuid the SR
     * @throws StorageException {@code SR_HAS_NO_PBDS}, {@code SR_NOT_EMPTY}, a backend failure
     * @throws IOException if the registry cannot be written
     */
    public synchronized void destroy(String uuid) throws StorageException, IOException {
        Repository repository = attached(uuid);
        int volumes = repository.volumes().size();
        if (volumes > 0) {
            throw StorageException.notEmpty(uuid, volumes);
        }
        Sr sr = current(uuid);
        registry.put(sr.entry().in(SrRegistry.Phase.DESTROYING));
        try {
            repository.destroy();
        } catch (StorageException | RuntimeException ex) {
            registry.put(sr.entry());
            throw ex;
        }
        registry.remove(uuid);
        byUuid.remove(uuid);
    }
}
