package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.internal.state.NextBootStore;
import org.xenophilia.agent.internal.state.NextBootStore.Pending;
import org.xenophilia.domain.Domain;

/**
 * The xl backend's next-boot definitions ({@link NextBootStore}) in memory. A definition stored for a domain while it
 * ran with domid N waits as long as that domain runs; once xl shows the domain with another domid (libxl rebuilt it
 * on a reboot, with the configuration given to {@code xl config-update}) or not at all (it halted), it is the
 * domain's definition — whether or not the Agent has moved the file yet ({@link #taken}).
 */
final class XlNextBoot {

    private final NextBootStore store;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private XlNextBoot(NextBootStore store) {
        this.store = store;
    }

    static XlNextBoot open(Path stateDir) throws IOException {
        XlNextBoot b = new XlNextBoot(NextBootStore.open(stateDir));
        b.pending.putAll(b.store.loadAll());
        return b;
    }

    /**
     * @param uuid a domain
     * @param domid its domid now, -1 when it does not exist (halted)
     * @return the definition waiting for the domain's next boot, if one still waits
     */
    Optional<Domain> waiting(String uuid, long domid) {
        Pending p = pending.get(uuid);
        return p != null && p.domid() == domid && domid >= 0 ? Optional.of(p.definition()) : Optional.empty();
    }

    /**
     * @param uuid a domain
     * @param domid its domid now, -1 when it does not exist (halted)
     * @return the next-boot definition that has become the domain's definition since it halted or booted again
     */
    Optional<Domain> taken(String uuid, long domid) {
        Pending p = pending.get(uuid);
        return p != null && (p.domid() != domid || domid < 0) ? Optional.of(p.definition()) : Optional.empty();
    }

    /** @return the stored next-boot definition of a domain, waiting or taken */
    Optional<Domain> any(String uuid) {
        return Optional.ofNullable(pending.get(uuid)).map(Pending::definition);
    }

    /** Stores a definition for the next boot of the domain running now with {@code domid}. */
    void save(Domain definition, long domid) throws IOException {
        Domain copy = EcoreUtil.copy(definition);
        store.save(copy, domid);
        pending.put(copy.getUuid(), new Pending(copy, domid));
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
        pending.remove(uuid);
    }
}
