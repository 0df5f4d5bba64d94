package org.xenophilia.agent.internal.sim;

import java.io.IOException;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.internal.state.DefinitionStore;
import org.xenophilia.agent.internal.state.NextBootStore;
import org.xenophilia.domain.Domain;

/**
 * The simulated domains' definitions on disk ({@link DefinitionStore}) and the next-boot definitions of running ones
 * ({@link NextBootStore}), read and written with the backend's errors: a failure to read or write one is
 * {@code FAILED} with what could not be done (a full disk told apart by its cause).
 */
final class SimulatedDefinitions {

    final DefinitionStore store;
    final NextBootStore nextBoot;

    SimulatedDefinitions(DefinitionStore store, NextBootStore nextBoot) {
        this.store = store;
        this.nextBoot = nextBoot;
    }

    /** @return a domain's definition, read from the store */
    Domain get(String uuid) throws BackendException {
        try {
            return store.load(uuid);
        } catch (IOException e) {
            throw BackendException.failed("cannot read the definition of " + uuid + ": " + e.getMessage(), e);
        }
    }

    void save(Domain def) throws BackendException {
        try {
            store.save(def);
        } catch (IOException e) {
            throw BackendException.failed("cannot save the definition of " + def.getUuid(), e);
        }
    }

    /** Removes a halted domain's definitions, the next-boot one first. */
    void delete(String uuid) throws BackendException {
        try {
            nextBoot.delete(uuid);
            store.delete(uuid);
        } catch (IOException e) {
            throw BackendException.failed("cannot remove the definition of " + uuid, e);
        }
    }

    /** @return the definition waiting for the next boot of the domain running as {@code domid}, or {@code null} */
    Domain nextBoot(String uuid, long domid) throws BackendException {
        try {
            return nextBoot.load(uuid, domid).orElse(null);
        } catch (IOException e) {
            throw BackendException.failed("cannot read the next-boot definition of " + uuid + ": "
                    + e.getMessage(), e);
        }
    }

    /** Stores the definition a domain running as {@code domid} takes at its next boot; {@code null} removes it. */
    void saveNextBoot(String uuid, Domain next, long domid) throws BackendException {
        try {
            if (next == null) {
                nextBoot.delete(uuid);
            } else {
                nextBoot.save(next, domid);
            }
        } catch (IOException e) {
            throw BackendException.failed("cannot save the next-boot definition of " + uuid, e);
        }
    }
}
