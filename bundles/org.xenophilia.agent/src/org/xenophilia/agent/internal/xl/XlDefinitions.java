package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DefinitionChanges;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.NetworkResolver;
import org.xenophilia.agent.backend.VolumeResolver;
import org.xenophilia.agent.internal.state.DefinitionStore;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;
import org.xenophilia.xl.output.XlError;
import org.xenophilia.xl.output.XlErrorKind;

/**
 * The xl backend's definitions and what becomes of them at a domain's next boot. Definitions live in
 * {@link DefinitionStore}, read from there when needed; in memory only each domain's name, by uuid (for the names'
 * uniqueness and for listings). For {@code xl create} a definition becomes {@code xl/<uuid>.cfg} in the state
 * directory ({@link XlDomainCodec#encode}, written atomically), each disk that names a storage volume resolved to the
 * volume's target first ({@link VolumeResolver}); the definition keeps the reference. Which disks a running domain
 * does not have attached is {@link XlDetachedDisks}'.
 * <p>
 * A running domain redefined keeps running with its definition; the new one waits for its next boot
 * ({@link XlNextBoot}) and is handed to xl with {@code xl config-update <domid> <state>/xl/<uuid>.next.cfg}, so that
 * libxl builds the domain from it on any reboot, one the guest asks for included. Once the domain has halted or been
 * built again, the next-boot definition is its definition: readers are shown so at once ({@link #state}), and the
 * files are moved at the next operation on the domain ({@link #settle}).
 */
final class XlDefinitions {

    private static final System.Logger LOG = System.getLogger(XlDefinitions.class.getName());

    private final DefinitionStore store;
    private final Path cfgDir;
    private final XlNextBoot nextBoot;
    private final XlCommandRunner xl;
    private final VolumeResolver volumes;
    private final NetworkResolver networks;
    private final XlDetachedDisks detached;
    /** Each defined domain's name by uuid, read without the lock. */
    private final ConcurrentSkipListMap<String, String> names = new ConcurrentSkipListMap<>();
    /** The reverse, for the names' uniqueness; guarded by this. */
    private final Map<String, String> uuidsByName = new HashMap<>();
    /** How many are defined (the skip list counts itself one by one). */
    private volatile int count;

    private XlDefinitions(DefinitionStore store, Path cfgDir, XlNextBoot nextBoot, XlCommandRunner xl,
            VolumeResolver volumes, NetworkResolver networks) throws IOException {
        this.store = store;
        this.cfgDir = cfgDir;
        this.nextBoot = nextBoot;
        this.xl = xl;
        this.volumes = volumes;
        this.networks = networks;
        this.detached = XlDetachedDisks.open(cfgDir);
    }

    /**
     * @param stateDir the state directory
     * @param xl how to run {@code xl config-update}
     * @param volumes how disks that name storage volumes are resolved in the xl.cfg files written
     * @param networks how vifs that name networks are given their bridges in the xl.cfg files written
     * @return the definitions kept there
     * @throws IOException if they cannot be read
     */
    static XlDefinitions open(Path stateDir, XlCommandRunner xl, VolumeResolver volumes, NetworkResolver networks)
            throws IOException {
        XlDefinitions d = new XlDefinitions(DefinitionStore.open(stateDir),
                AtomicFiles.openOwnerOnlyDirectory(stateDir.resolve("xl")),
                XlNextBoot.open(stateDir), xl, volumes, networks);
        d.store.forEach(def -> {
            // set_xml of a running domain stores its next boot first: a crash may have come before the definition
            // took its description and tags
            Domain withLive;
            try {
                withLive = d.nextBoot.any(def.getUuid()).map(next -> DefinitionChanges.withLiveFields(def, next))
                        .orElse(def);
            } catch (BackendException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (!EcoreUtil.equals(withLive, def)) {
                d.store.save(withLive);
            }
            d.named(def.getUuid(), def.getName());
        });
        return d;
    }

    /**
     * After a crash: gives xl again the next-boot definitions of the domains still running with the domid they were
     * stored for (a crash may have come between storing one and {@code xl config-update}). A domain xl refuses it for
     * (it has just gone) keeps what it had; that is logged, and the Agent starts.
     *
     * @param look the domains as xl shows them now, by uuid
     */
    void reconfigureWaiting(Map<String, LiveDomain> look) {
        for (Map.Entry<String, LiveDomain> e : look.entrySet()) {
            LiveDomain live = e.getValue();
            if (!names.containsKey(e.getKey()) || live.state() == VmPowerState.HALTED) {
                continue;
            }
            try {
                Optional<Domain> waiting = nextBoot.waiting(e.getKey(), live.domid());
                if (waiting.isPresent()) {
                    configUpdate(live, waiting.get());
                }
            } catch (BackendException ex) {
                LOG.log(System.Logger.Level.WARNING, "cannot give xl the next-boot definition of "
                        + names.get(e.getKey()) + " again: " + ex.getMessage());
            }
        }
    }

    /**
     * Records that an operation builds a domain (a start, a hard reboot), before it changes anything, so that an
     * Agent restarted after a crash finds what it interrupted ({@link #building()}).
     *
     * @param uuid the domain
     * @param what {@code start}, or {@code reboot <domid>} with the domid of the domain it destroys
     */
    void markBuilding(String uuid, String what) throws BackendException {
        try {
            AtomicFiles.write(buildingFile(uuid), what.getBytes(StandardCharsets.UTF_8), AtomicFiles.OWNER_ONLY);
        } catch (IOException e) {
            throw BackendException.failed("cannot start " + names.getOrDefault(uuid, uuid), e);
        }
    }

    /** The operation {@link #markBuilding marked} has ended, whichever way. */
    void clearBuilding(String uuid) {
        try {
            AtomicFiles.delete(buildingFile(uuid));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + buildingFile(uuid) + ": " + e.getMessage());
        }
    }

    /** @return the operations {@link #markBuilding marked} and not ended, by domain uuid */
    Map<String, String> building() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(cfgDir, "*.building")) {
            for (Path marker : markers) {
                String file = marker.getFileName().toString();
                String uuid = file.substring(0, file.length() - ".building".length());
                if (names.containsKey(uuid)) {
                    out.put(uuid, Files.readString(marker, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private Path buildingFile(String uuid) {
        return cfgDir.resolve(uuid + ".building");
    }

    /** @return a domain's definition, read from the store (a copy) */
    Domain get(String uuid) throws BackendException {
        return find(uuid).orElseThrow(() -> BackendException.noSuchDomain(uuid));
    }

    /** @return a domain's definition (a copy), if it is defined */
    Optional<Domain> find(String uuid) throws BackendException {
        if (!names.containsKey(uuid)) {
            return Optional.empty();
        }
        try {
            return Optional.of(store.load(uuid));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed meanwhile
        } catch (IOException e) {
            throw BackendException.failed("cannot read the definition of " + uuid + ": " + e.getMessage(), e);
        }
    }

    /** @return each defined domain's name by uuid, in uuid order, read as iterated */
    Map<String, String> names() {
        return Collections.unmodifiableMap(names);
    }

    /** @return every definition (all of them at once: for {@link XlBackend#domains()} only) */
    List<Domain> all() throws BackendException {
        List<Domain> out = new ArrayList<>();
        for (String uuid : names.keySet()) {
            find(uuid).ifPresent(out::add);
        }
        return out;
    }

    /** Records a domain's name; guarded by this, but for the start. */
    private void named(String uuid, String name) {
        String old = names.put(uuid, name);
        if (old != null) {
            uuidsByName.remove(old);
        } else {
            count++;
        }
        uuidsByName.put(name, uuid);
    }

    /** @return how many domains are defined */
    int count() {
        return count;
    }

    /** Defines a new domain: its uuid and name must be free. */
    synchronized void add(Domain def, DomainSpec spec) throws BackendException {
        if (names.containsKey(spec.uuid())) {
            throw BackendException.invalidValue("uuid", spec.uuid());
        }
        checkNameFree(spec);
        save(def);
        named(spec.uuid(), spec.name());
    }

    /** Replaces a halted domain's definition; nothing waits for its next boot any more. */
    synchronized void replace(Domain def, DomainSpec spec) throws BackendException {
        checkNameFree(spec);
        save(def);
        named(spec.uuid(), spec.name());
        deleteNextBoot(spec.uuid());
    }

    /**
     * A running or paused domain redefined: its description and tags change at once, the rest waits for its next
     * boot. The next-boot definition is stored first, then given to xl ({@code xl config-update}); if xl refuses it,
     * the previous one is put back.
     *
     * @param def the new definition
     * @param live the domain as xl shows it
     * @return what it runs with now
     */
    Domain redefineRunning(Domain def, LiveDomain live) throws BackendException {
        String uuid = def.getUuid();
        Domain old = get(uuid);
        Domain running = DefinitionChanges.withLiveFields(old, def);
        boolean changesAtBoot = !DefinitionChanges.nextBootFields(old, def).isEmpty();
        Domain before = nextBoot.any(uuid).orElse(null);
        if (changesAtBoot || before != null) {
            try {
                if (changesAtBoot) {
                    nextBoot.save(def, live.domid());
                } else {
                    nextBoot.delete(uuid);
                }
            } catch (IOException e) {
                throw BackendException.failed("cannot save the next-boot definition of " + def.getName(), e);
            }
            try {
                // without a change at boot, xl gets the running definition back in place of the earlier one
                configUpdate(live, changesAtBoot ? def : running);
            } catch (BackendException e) {
                try {
                    nextBoot.restore(uuid, before, live.domid());
                } catch (IOException f) {
                    LOG.log(System.Logger.Level.WARNING, "cannot restore the next-boot definition of " + uuid
                            + ": " + f.getMessage());
                }
                throw e;
            }
        }
        synchronized (this) {
            save(running);
            named(uuid, running.getName());
        }
        return running;
    }

    /** {@code xl config-update <domid> <cfg>}: the configuration libxl uses when it builds the domain again. */
    private void configUpdate(LiveDomain live, Domain next) throws BackendException {
        Path cfg = writeCfg(next, cfgDir.resolve(next.getUuid() + ".next.cfg"));
        XlCommandRunner.Result r = xl.run("config-update", Integer.toString(live.domid()), cfg.toString());
        Optional<XlError> error = r.error();
        if (error.isPresent()) {
            if (error.get().kind() == XlErrorKind.NO_SUCH_DOMAIN) {
                throw BackendException.badPowerState(next.getUuid(), live.state(), VmPowerState.HALTED);
            }
            throw BackendException.failed("xl config-update " + next.getName() + " failed: "
                    + error.get().message());
        }
    }

    /**
     * Once a domain has halted or been built again, its next-boot definition is its definition: moved on disk here,
     * under the backend's operations lock (until then {@link #state} already shows it so).
     *
     * @param live the domain as xl shows it now, empty if it does not exist
     */
    void settle(String uuid, Optional<LiveDomain> live) throws BackendException {
        long domid = live.filter(l -> l.state() != VmPowerState.HALTED).map(l -> (long) l.domid()).orElse(-1L);
        Optional<Domain> taken = nextBoot.taken(uuid, domid);
        if (taken.isPresent()) {
            takeNextBoot(taken.get());
        }
    }

    /** @return whether any domain has a next-boot definition stored, waiting or taken */
    boolean anyNextBoot() {
        return !nextBoot.isEmpty();
    }

    /** @return the next-boot definition stored for a domain, waiting or taken */
    Optional<Domain> nextBoot(String uuid) throws BackendException {
        return nextBoot.any(uuid);
    }

    /** The next-boot definition becomes the definition: written first, so a crash in between loses nothing. */
    synchronized void takeNextBoot(Domain next) throws BackendException {
        save(next);
        named(next.getUuid(), next.getName());
        deleteNextBoot(next.getUuid());
        // libxl built (or builds) the domain from it, with every disk
        detached.allAttached(next.getUuid());
    }

    /** @return which disks of its definition a running domain does not have attached */
    XlDetachedDisks detached() {
        return detached;
    }

    /** A change of a definition's disks ({@link org.xenophilia.agent.backend.DiskChanges}). */
    @FunctionalInterface
    interface DiskEdit {
        Domain apply(Domain def) throws BackendException;
    }

    /**
     * Changes the disks of a running or paused domain's definitions: the one it runs with, and the one waiting for
     * its next boot, if any, which xl is then given again ({@code xl config-update}) so that libxl builds the domain
     * with the change on any reboot.
     *
     * @param uuid the domain
     * @param live the domain as xl shows it
     * @param edit the change
     * @param alsoNext whether the change applies to a next-boot definition (a disk removed that it does not have
     *            leaves it as it is)
     */
    void changeDisks(String uuid, LiveDomain live, DiskEdit edit, Predicate<Domain> alsoNext)
            throws BackendException {
        Domain running = edit.apply(get(uuid));
        Optional<Domain> waiting = nextBoot.waiting(uuid, live.domid());
        if (waiting.isPresent() && alsoNext.test(waiting.get())) {
            Domain next = edit.apply(waiting.get());
            try {
                nextBoot.save(next, live.domid());
            } catch (IOException e) {
                throw BackendException.failed("cannot save the next-boot definition of " + running.getName(), e);
            }
            try {
                configUpdate(live, next);
            } catch (BackendException e) {
                try {
                    nextBoot.restore(uuid, waiting.get(), live.domid());
                } catch (IOException f) {
                    LOG.log(System.Logger.Level.WARNING, "cannot restore the next-boot definition of " + uuid
                            + ": " + f.getMessage());
                }
                throw e;
            }
        }
        synchronized (this) {
            save(running);
        }
    }

    /** Removes a halted domain's files, its definition last: a crash in between leaves no file of an undefined one. */
    synchronized void remove(String uuid) throws BackendException {
        try {
            deleteNextBoot(uuid);
            detached.allAttached(uuid);
            AtomicFiles.delete(cfgFile(uuid));
            AtomicFiles.delete(buildingFile(uuid));
            store.delete(uuid);
        } catch (IOException e) {
            throw BackendException.failed("cannot remove the definition of " + uuid, e);
        }
        String name = names.remove(uuid);
        if (name != null) {
            uuidsByName.remove(name);
            count--;
        }
    }

    private void deleteNextBoot(String uuid) throws BackendException {
        try {
            nextBoot.delete(uuid);
            AtomicFiles.delete(cfgDir.resolve(uuid + ".next.cfg"));
        } catch (IOException e) {
            throw BackendException.failed("cannot remove the next-boot definition of " + uuid, e);
        }
    }

    private void checkNameFree(DomainSpec spec) throws BackendException {
        String owner = uuidsByName.get(spec.name());
        if (owner != null && !owner.equals(spec.uuid())) {
            throw BackendException.invalidValue("name_label", spec.name());
        }
    }

    private void save(Domain def) throws BackendException {
        try {
            store.save(def);
        } catch (IOException e) {
            throw BackendException.failed("cannot save the definition of " + def.getUuid(), e);
        }
    }

    private Path cfgFile(String uuid) {
        return cfgDir.resolve(uuid + ".cfg");
    }

    /** Writes {@code xl/<uuid>.cfg}, what {@code xl create} builds the domain from. */
    Path writeCfg(Domain def) throws BackendException {
        return writeCfg(def, cfgFile(def.getUuid()));
    }

    /**
     * @param def a definition
     * @return it as xl is given it: each disk that names a storage volume with the volume's target now, each vif
     *         that names a network with the network's bridge
     * @throws BackendException {@code STORAGE} for the first volume that cannot be given to the domain, {@code
     *             NETWORK} for the first vif whose network does not exist
     */
    Domain resolved(Domain def) throws BackendException {
        return networks.resolveAll(volumes.resolveAll(def));
    }

    private Path writeCfg(Domain definition, Path cfg) throws BackendException {
        // the definition keeps its volume and network references; what xl is given has their targets and bridges
        Domain def = resolved(definition);
        try {
            AtomicFiles.write(cfg, XlDomainCodec.encode(def).getBytes(StandardCharsets.UTF_8),
                    AtomicFiles.OWNER_ONLY);
            return cfg;
        } catch (XlEncodeException e) {
            throw BackendException.failed("cannot write " + def.getName() + " as xl.cfg: " + e.getMessage());
        } catch (IOException e) {
            throw BackendException.failed("cannot write the xl.cfg of " + def.getName(), e);
        }
    }

    /**
     * @param def a domain's definition
     * @param live the domain as shown to readers, empty if it does not exist
     * @return its state: with the next-boot definition as definition once it halted or was built again
     */
    DomainState state(Domain def, Optional<LiveDomain> live) throws BackendException {
        if (live.isEmpty() || live.get().state() == VmPowerState.HALTED) {
            Domain effective = nextBoot.taken(def.getUuid(), -1).orElse(def);
            return new DomainState(effective, VmPowerState.HALTED, -1, 0, 0);
        }
        LiveDomain l = live.get();
        Domain effective = nextBoot.taken(def.getUuid(), l.domid()).orElse(def);
        Domain waiting = nextBoot.waiting(def.getUuid(), l.domid()).orElse(null);
        Set<String> off = detached.of(def.getUuid());
        if (!off.isEmpty()) {
            off = effective.getDisks().stream().map(Disk::getVdev).filter(off::contains).collect(Collectors.toSet());
        }
        return new DomainState(effective, l.state(), l.domid(), l.memoryBytes(), l.vcpus(), l.started(), waiting,
                off);
    }
}
