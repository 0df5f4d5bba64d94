package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DefinitionChanges;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.internal.state.DefinitionStore;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.Vif;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;
import org.xenophilia.xl.output.XlError;
import org.xenophilia.xl.output.XlErrorKind;

/**
 * The xl backend's definitions and what becomes of them at a domain's next boot. Definitions live in
 * {@link DefinitionStore} and here in memory; for {@code xl create} a definition becomes {@code xl/<uuid>.cfg} in the
 * state directory ({@link XlDomainCodec#encode}, written atomically).
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
    private final Map<String, Domain> definitions = new LinkedHashMap<>();

    private XlDefinitions(DefinitionStore store, Path cfgDir, XlNextBoot nextBoot, XlCommandRunner xl) {
        this.store = store;
        this.cfgDir = cfgDir;
        this.nextBoot = nextBoot;
        this.xl = xl;
    }

    /**
     * @param stateDir the state directory
     * @param xl how to run {@code xl config-update}
     * @return the definitions kept there
     * @throws IOException if they cannot be read
     */
    static XlDefinitions open(Path stateDir, XlCommandRunner xl) throws IOException {
        XlDefinitions d = new XlDefinitions(DefinitionStore.open(stateDir),
                AtomicFiles.openOwnerOnlyDirectory(stateDir.resolve("xl")),
                XlNextBoot.open(stateDir), xl);
        for (Domain def : d.store.loadAll()) {
            // set_xml of a running domain stores its next boot first: a crash may have come before the definition
            // took its description and tags
            Domain withLive = d.nextBoot.any(def.getUuid()).map(next -> DefinitionChanges.withLiveFields(def, next))
                    .orElse(def);
            if (!EcoreUtil.equals(withLive, def)) {
                d.store.save(withLive);
            }
            d.definitions.put(def.getUuid(), withLive);
        }
        return d;
    }

    /**
     * After a crash: gives xl again the next-boot definitions of the domains still running with the domid they were
     * stored for (a crash may have come between storing one and {@code xl config-update}). A domain xl refuses it for
     * (it has just gone) keeps what it had; that is logged, and the Agent starts.
     *
     * @param look the domains as xl shows them now
     */
    void reconfigureWaiting(Map<String, LiveDomain> look) {
        for (Domain def : all()) {
            LiveDomain live = look.get(def.getUuid());
            Optional<Domain> waiting = live == null || live.state() == VmPowerState.HALTED ? Optional.empty()
                    : nextBoot.waiting(def.getUuid(), live.domid());
            if (waiting.isPresent()) {
                try {
                    configUpdate(live, waiting.get());
                } catch (BackendException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot give xl the next-boot definition of "
                            + def.getName() + " again: " + e.getMessage());
                }
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
            throw BackendException.failed("cannot start " + get(uuid).getName(), e);
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
    synchronized Map<String, String> building() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String uuid : definitions.keySet()) {
            Path marker = buildingFile(uuid);
            if (Files.exists(marker)) {
                out.put(uuid, Files.readString(marker, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private Path buildingFile(String uuid) {
        return cfgDir.resolve(uuid + ".building");
    }

    /** @return a domain's definition (not a copy) */
    synchronized Domain get(String uuid) throws BackendException {
        Domain d = definitions.get(uuid);
        if (d == null) {
            throw BackendException.noSuchDomain(uuid);
        }
        return d;
    }

    /** @return a domain's definition (not a copy), if it is defined */
    synchronized Optional<Domain> find(String uuid) {
        return Optional.ofNullable(definitions.get(uuid));
    }

    /** @return every definition, in the order they were defined */
    synchronized List<Domain> all() {
        return new ArrayList<>(definitions.values());
    }

    /** Defines a new domain: its uuid and name must be free. */
    synchronized void add(Domain def, DomainSpec spec) throws BackendException {
        if (definitions.containsKey(spec.uuid())) {
            throw BackendException.invalidValue("uuid", spec.uuid());
        }
        checkNameFree(spec);
        save(def);
        definitions.put(spec.uuid(), def);
    }

    /** Replaces a halted domain's definition; nothing waits for its next boot any more. */
    synchronized void replace(Domain def, DomainSpec spec) throws BackendException {
        checkNameFree(spec);
        save(def);
        definitions.put(spec.uuid(), def);
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
            definitions.put(uuid, running);
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

    /** @return the next-boot definition stored for a domain, waiting or taken */
    Optional<Domain> nextBoot(String uuid) {
        return nextBoot.any(uuid);
    }

    /** The next-boot definition becomes the definition: written first, so a crash in between loses nothing. */
    synchronized void takeNextBoot(Domain next) throws BackendException {
        save(next);
        definitions.put(next.getUuid(), EcoreUtil.copy(next));
        deleteNextBoot(next.getUuid());
    }

    /** Removes a halted domain's files, its definition last: a crash in between leaves no file of an undefined one. */
    synchronized void remove(String uuid) throws BackendException {
        try {
            deleteNextBoot(uuid);
            AtomicFiles.delete(cfgFile(uuid));
            AtomicFiles.delete(buildingFile(uuid));
            store.delete(uuid);
        } catch (IOException e) {
            throw BackendException.failed("cannot remove the definition of " + uuid, e);
        }
        definitions.remove(uuid);
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
        for (Domain d : definitions.values()) {
            if (d.getName().equals(spec.name()) && !d.getUuid().equals(spec.uuid())) {
                throw BackendException.invalidValue("name_label", spec.name());
            }
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

    private Path writeCfg(Domain def, Path cfg) throws BackendException {
        for (Disk d : def.getDisks()) {
            if (d.getTarget() == null && d.getVolume() != null) {
                throw BackendException.failed("cannot start " + def.getName() + ": disk " + d.getVdev()
                        + " names storage volume " + d.getVolume()
                        + ", which the xl backend cannot resolve to a target yet");
            }
        }
        for (Vif v : def.getVifs()) {
            if (v.getNetwork() != null && v.getBridge() == null) {
                throw BackendException.failed("cannot start " + def.getName() + ": a vif names network "
                        + v.getNetwork() + ", which the xl backend cannot resolve to a bridge yet");
            }
        }
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
    DomainState state(Domain def, Optional<LiveDomain> live) {
        if (live.isEmpty() || live.get().state() == VmPowerState.HALTED) {
            Domain effective = nextBoot.taken(def.getUuid(), -1).orElse(def);
            return new DomainState(EcoreUtil.copy(effective), VmPowerState.HALTED, -1, 0, 0);
        }
        LiveDomain l = live.get();
        Domain effective = nextBoot.taken(def.getUuid(), l.domid()).orElse(def);
        Domain waiting = nextBoot.waiting(def.getUuid(), l.domid()).map(EcoreUtil::copy).orElse(null);
        return new DomainState(EcoreUtil.copy(effective), l.state(), l.domid(), l.memoryBytes(), l.vcpus(),
                l.started(), waiting);
    }
}
