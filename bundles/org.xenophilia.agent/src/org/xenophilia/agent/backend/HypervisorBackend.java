package org.xenophilia.agent.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;

/**
 * Does the host-side work for the Agent: the {@code xl} backend drives the real toolstack, the {@code simulated}
 * backend runs the same state machine with host memory accounting and no hypervisor; others plug in through
 * {@link HypervisorBackendFactory}. Implementations are thread-safe; operations block until done (or refused).
 * Domains are addressed by uuid.
 * <p>
 * Which operation applies in which power state is {@link VmOperation}'s table: every operation checks it
 * ({@link VmOperation#check}) against the domain's state at the time, and answers any other case with
 * {@link BackendException.Kind#BAD_POWER_STATE}. The API advertises the same table, so what a backend accepts is
 * what clients are told they may do.
 * <p>
 * Lifecycle operations report their {@link OperationProgress.Step}s to the current {@link OperationProgress} and say
 * while they run whether cancelling would still leave the host as it was; a cancelled operation throws
 * {@link java.util.concurrent.CancellationException} with nothing changed.
 * <p>
 * Domain definitions (the model's {@link Domain}) are the source of truth: a backend persists them in the state
 * directory ({@code domains/<uuid>.xml}) before a definition call returns, and finds them all again after a restart.
 * Definitions given to a backend are copied; definitions returned are copies.
 * <p>
 * A host may have thousands of domains: listings go through {@link #summaries()}, read one domain at a time, and a
 * domain's definitions are read only when asked for ({@link #domain(DomainSummary)}), so that what the Agent holds
 * for a listing does not grow with the number of domains. The built-in backends keep a small, fixed record per domain
 * in memory and its definitions on disk. The defaults of these methods go through {@link #domains()}, for backends
 * with few domains.
 */
public interface HypervisorBackend extends AutoCloseable {

    /** @return the backend's name as given to {@code --backend}, e.g. {@code simulated} */
    String name();

    /**
     * @return the host's memory and CPU figures now
     * @throws BackendException if the toolstack cannot be asked
     */
    HostInfo hostInfo() throws BackendException;

    /**
     * @return every defined domain with its current state (definitions included), in a stable order: all of them at
     *         once, so the Agent itself lists through {@link #summaries()}
     * @throws BackendException if the toolstack cannot be asked
     */
    List<DomainState> domains() throws BackendException;

    /**
     * @param uuid a domain
     * @return its state, or empty if no such domain is defined
     * @throws BackendException if the toolstack cannot be asked
     */
    Optional<DomainState> domain(String uuid) throws BackendException;

    /**
     * Every defined domain in summary, in a stable order (the built-in backends: by uuid), from one look at the
     * toolstack made now. The domains are read as the caller iterates, not copied first: one defined or removed
     * meanwhile may or may not be seen, never seen twice. The default lists {@link #domains()}.
     *
     * @return the summaries, to be iterated (as often as wanted: each iteration reads the backend's state then)
     * @throws BackendException if the toolstack cannot be asked
     */
    default Iterable<DomainSummary> summaries() throws BackendException {
        List<DomainSummary> out = new ArrayList<>();
        for (DomainState d : domains()) {
            out.add(DomainSummary.of(d));
        }
        return out;
    }

    /**
     * A domain of a listing with its definitions, read now; its run-time state is the summary's (no other look at
     * the toolstack). The default reads {@link #domain(String)}.
     *
     * @param summary a domain as {@link #summaries()} gave it
     * @return its state, or empty if it is no longer defined
     * @throws BackendException if its definitions cannot be read
     */
    default Optional<DomainState> domain(DomainSummary summary) throws BackendException {
        return domain(summary.uuid());
    }

    /**
     * @return how many domains are defined; cheap (no look at the toolstack). The default counts {@link #domains()}.
     * @throws BackendException if the toolstack cannot be asked
     */
    default int domainCount() throws BackendException {
        return domains().size();
    }

    /**
     * A number that changes whenever {@link #domain(String)} would answer differently for this domain (its definition or
     * its run-time state), and is never reused for it: callers keep what they derived from a domain's state (e.g. its
     * encoded XenAPI record) until it changes. Cheap: no copy of the definition, no toolstack call.
     *
     * @param uuid a domain
     * @return its current revision; empty if no such domain is defined, or if the backend keeps no revisions (then
     *         every read must go through {@link #domain(String)})
     */
    default OptionalLong revision(String uuid) {
        return OptionalLong.empty();
    }

    /**
     * Defines a new, halted domain. The caller has validated the definition; the backend checks what it relies on
     * itself (uuid and name set, the name {@linkplain DomainNames valid} and unique, the uuid unused).
     *
     * @param definition the definition, its uuid set
     * @return the new domain's state
     * @throws BackendException {@code INVALID_VALUE} for a taken or invalid uuid or name; {@code FAILED} if it
     *             cannot be stored
     */
    DomainState define(Domain definition) throws BackendException;

    /**
     * Replaces a domain's definition (same uuid). A halted domain takes any definition; a running or paused one keeps
     * its name (the toolstack knows it by that name) and the new definition applies from its next start.
     *
     * @param definition the new definition, its uuid naming the domain
     * @return the domain's state
     * @throws BackendException {@code NO_SUCH_DOMAIN}, {@code INVALID_VALUE} (name), {@code BAD_POWER_STATE} (renaming
     *             a running domain), {@code FAILED}
     */
    DomainState redefine(Domain definition) throws BackendException;

    /**
     * Removes a halted domain's definition.
     *
     * @param uuid the domain
     * @throws BackendException {@code NO_SUCH_DOMAIN}, {@code BAD_POWER_STATE}, {@code FAILED}
     */
    void undefine(String uuid) throws BackendException;

    /**
     * Asks to be told about changes the Agent did not make itself (a guest shutting itself down, a domain created or
     * destroyed by hand). Backends that have none (the simulated one) ignore it.
     *
     * @param listener called with the uuid of a defined domain whose state changed, on a backend thread
     */
    default void watch(Consumer<String> listener) {
        // nothing changes behind the Agent's back
    }

    /**
     * Starts a halted domain.
     *
     * @param uuid the domain
     * @param paused leave it paused instead of running
     * @throws BackendException e.g. {@code BAD_POWER_STATE}, {@code NOT_ENOUGH_MEMORY}
     */
    void start(String uuid, boolean paused) throws BackendException;

    /**
     * Shuts a domain down.
     *
     * @param uuid the domain
     * @param hard destroy it at once ({@code xl destroy}) instead of asking the guest ({@code xl shutdown})
     * @throws BackendException e.g. {@code BAD_POWER_STATE}
     */
    void shutdown(String uuid, boolean hard) throws BackendException;

    /**
     * Reboots a domain.
     *
     * @param uuid the domain
     * @param hard reset it instead of asking the guest
     * @throws BackendException e.g. {@code BAD_POWER_STATE}
     */
    void reboot(String uuid, boolean hard) throws BackendException;

    /**
     * @param uuid a running domain
     * @throws BackendException e.g. {@code BAD_POWER_STATE}
     */
    void pause(String uuid) throws BackendException;

    /**
     * @param uuid a paused domain
     * @throws BackendException e.g. {@code BAD_POWER_STATE}
     */
    void unpause(String uuid) throws BackendException;

    /**
     * Sets a running or paused domain's memory ({@code xl mem-set}).
     *
     * @param uuid the domain
     * @param bytes the new target, at most its maximum
     * @throws BackendException e.g. {@code INVALID_VALUE}, {@code NOT_ENOUGH_MEMORY}
     */
    void setMemory(String uuid, long bytes) throws BackendException;

    /**
     * Sets how many vCPUs of a running or paused domain are online ({@code xl vcpu-set}).
     *
     * @param uuid the domain
     * @param vcpus between 1 and its maximum
     * @throws BackendException e.g. {@code INVALID_VALUE}
     */
    void setVcpus(String uuid, int vcpus) throws BackendException;

    // ---- disks (XenAPI's VBD.create, destroy, plug, unplug). The defaults refuse: a backend without them has
    // read-only VBDs

    /**
     * Adds a disk to a domain's definition ({@code VBD.create}). A halted domain gets it at its next start; a running
     * or paused one gets it in the definition it runs with (and in its next-boot definition, if one waits), not
     * attached ({@link DomainState#detachedDisks()}) until {@link #plugDisk}, as xapi creates a VBD unplugged.
     *
     * @param uuid the domain
     * @param disk the disk, its {@code vdev} not used by the domain
     * @throws BackendException {@code NO_SUCH_DOMAIN}, {@code DISK_EXISTS}, {@code BAD_POWER_STATE} (suspended),
     *             {@code FAILED}
     */
    default void addDisk(String uuid, Disk disk) throws BackendException {
        throw BackendException.failed("the " + name() + " backend cannot change a domain's disks");
    }

    /**
     * Removes a disk from a domain's definition ({@code VBD.destroy}); refused while the domain has it attached.
     *
     * @param uuid the domain
     * @param vdev the disk's virtual device
     * @throws BackendException {@code NO_SUCH_DOMAIN}, {@code NO_SUCH_DISK}, {@code DISK_ATTACHED}, {@code FAILED}
     */
    default void removeDisk(String uuid, String vdev) throws BackendException {
        throw BackendException.failed("the " + name() + " backend cannot change a domain's disks");
    }

    /**
     * Attaches a disk of a running domain's definition to it ({@code VBD.plug}, {@code xl block-attach}), a disk that
     * names a volume {@linkplain VolumeResolver resolved} first.
     *
     * @param uuid the domain, running
     * @param vdev the disk's virtual device
     * @throws BackendException {@code BAD_POWER_STATE} (not running), {@code NO_SUCH_DISK}, {@code DISK_ATTACHED},
     *             {@code STORAGE}, {@code FAILED} with the toolstack's words
     */
    default void plugDisk(String uuid, String vdev) throws BackendException {
        throw BackendException.failed("the " + name() + " backend cannot hot-plug disks");
    }

    /**
     * Detaches a disk from a running domain ({@code VBD.unplug}, {@code xl block-detach}); the disk stays in the
     * definition, detached until it is plugged again or the domain is started again.
     *
     * @param uuid the domain, running
     * @param vdev the disk's virtual device
     * @throws BackendException {@code BAD_POWER_STATE} (not running), {@code NO_SUCH_DISK}, {@code DISK_DETACHED},
     *             {@code FAILED} with the toolstack's words
     */
    default void unplugDisk(String uuid, String vdev) throws BackendException {
        throw BackendException.failed("the " + name() + " backend cannot hot-unplug disks");
    }

    /** Releases what the backend holds (processes, files). */
    @Override
    void close();
}
