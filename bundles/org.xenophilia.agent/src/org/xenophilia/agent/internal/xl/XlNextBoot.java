package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.internal.state.NextBootStore;
import org.xenophilia.domain.Domain;

/**
 * The xl backend's next-boot definitions ({@link NextBootStore}): in memory only the domid each was stored for, the
 * definitions themselves read from their files when asked for. A definition stored for a domain while it ran with
 * domid N waits as long as that domain runs; once xl shows the domain with another domid (libxl rebuilt it on a
 * reboot, with the configuration given to {@code xl config-update}) or not at all (it halted), it is the domain's
 * definition — whether or not the Agent has moved the file yet ({@link #taken}).
 */
final class XlNextBoot {

    private final NextBootStore store;
    /** The domid each stored next-boot definition was stored for, by uuid. */
    private final Map<String, Long> domids = new ConcurrentHashMap<>();

    private XlNextBoot(NextBootStore store) {
        this.store = store;
    }

    static XlNextBoot open(Path stateDir) throws IOException {
        XlNextBoot b = new XlNextBoot(NextBootStore.open(stateDir));
        b.store.loadAll().forEach((uuid, p) -> b.domids.put(uuid, p.domid()));
        return b;
    }

    /**
     * @param uuid a domain
     * @param domid its domid now, -1 when it does not exist (halted)
     * @return the definition waiting for the domain's next boot, if one still waits
     */
    Optional<Domain> waiting(String uuid, long domid) throws BackendException {
        Long stored = domids.get(uuid);
        return stored != null && stored == domid && domid >= 0 ? read(uuid, stored) : Optional.empty();
    }

    /**
     * @param uuid a domain
     * @param domid its domid now, -1 when it does not exist (halted)
     * @return the next-boot definition that has become the domain's definition since it halted or booted again
     */
    Optional<Domain> taken(String uuid, long domid) throws BackendException {
        Long stored = domids.get(uuid);
        return stored != null && (stored != domid || domid < 0) ? read(uuid, stored) : Optional.empty();
    }

    /** @return the stored next-boot definition of a domain, waiting or taken */
    Optional<Domain> any(String uuid) throws BackendException {
        Long stored = domids.get(uuid);
        return stored == null ? Optional.empty() : read(uuid, stored);
    }

    /** @return whether no next-boot definition is stored */
    boolean isEmpty() {
        return domids.isEmpty();
    }

    private Optional<Domain> read(String uuid, long domid) throws BackendException {
        try {
            return store.load(uuid, domid);
        } catch (IOException e) {
            throw BackendException.failed("cannot read the next-boot definition of " + uuid + ": "
                    + e.getMessage(), e);
        }
    }

    /** Stores a definition for the next boot of the domain running now with {@code domid}. */
    void save(Domain definition, long domid) throws IOException {
        store.save(definition, domid);
        domids.put(definition.getUuid(), domid);
    }

    /** Restores what {@link #any} answered before a change that failed ({@code null}: none). */
    void restore(String uuid, Domain before, long domid) throws IOException {
        if (before == null) {
            delete(uuid);
        } else {
            save(before, domid);
        }
    }

    void delete(String uuid) throws IOException {
        store.delete(uuid);
        domids.remove(uuid);
    }
}
