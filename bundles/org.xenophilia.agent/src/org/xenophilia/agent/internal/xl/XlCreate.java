package org.xenophilia.agent.internal.xl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.OperationProgress;
import org.xenophilia.domain.Domain;
import org.xenophilia.xl.output.XlError;

/**
 * Builds a domain with {@code xl create <state>/xl/<uuid>.cfg}, the cfg written from the definition first. A create
 * that fails, is cancelled or too slow leaves no domain behind: whatever xl built of it is destroyed. While xl builds
 * the domain, readers are shown it Halted ({@link #building}), as xapi shows a VM being started.
 */
final class XlCreate {

    private static final System.Logger LOG = System.getLogger(XlCreate.class.getName());

    /** The host's free memory now, for the error of a create refused for want of it. */
    @FunctionalInterface
    interface FreeMemory {
        long bytes() throws BackendException;
    }

    private final XlCommandRunner xl;
    private final Duration timeout;
    private final XlDefinitions definitions;
    private final XlDomainList list;
    private final FreeMemory freeMemory;
    /** Domains whose {@code xl create} runs. */
    private final Set<String> building = ConcurrentHashMap.newKeySet();

    XlCreate(XlCommandRunner xl, Duration timeout, XlDefinitions definitions, XlDomainList list,
            FreeMemory freeMemory) {
        this.xl = xl;
        this.timeout = timeout;
        this.definitions = definitions;
        this.list = list;
        this.freeMemory = freeMemory;
    }

    /** @return whether xl is building the domain now */
    boolean building(String uuid) {
        return building.contains(uuid);
    }

    /**
     * Runs {@code xl create}. If the task is cancelled while xl builds the domain ({@code cancellable}), xl is killed
     * and what it built is destroyed, so the host is as it was; from the moment xl returns the start runs to its end.
     *
     * @param def the definition to build the domain from
     * @param paused leave it paused ({@code xl create -p})
     * @param progress the task's progress
     * @param cancellable whether a cancel is honoured while xl builds
     */
    void create(Domain def, boolean paused, OperationProgress progress, boolean cancellable)
            throws BackendException {
        DomainSpec spec = DomainSpec.of(def);
        String uuid = spec.uuid();
        Path cfg = definitions.writeCfg(def);
        progress.report(OperationProgress.Step.STARTED);
        building.add(uuid);
        try {
            XlCommandRunner.Result r;
            try {
                String[] args = paused ? new String[] {"create", "-p", cfg.toString()}
                        : new String[] {"create", cfg.toString()};
                r = xl.run(timeout, cancellable ? progress::cancelled : () -> false, args);
            } catch (CancellationException | BackendException e) {
                // killed while building (cancelled, or too slow): whatever it built goes
                progress.cancellable(false);
                removeHalfBuilt(uuid);
                throw e;
            }
            progress.cancellable(false);
            if (cancellable && progress.cancelled()) {
                // cancelled while xl was finishing: the cancel was accepted, so the host goes back as it was
                removeHalfBuilt(uuid);
                throw new CancellationException();
            }
            Optional<XlError> error = r.error();
            if (error.isPresent()) {
                removeHalfBuilt(uuid);
                throw failed(spec, cfg, error.get());
            }
            definitions.detached().allAttached(uuid); // built from its definition: with every disk
        } finally {
            building.remove(uuid);
        }
    }

    private BackendException failed(DomainSpec spec, Path cfg, XlError e) {
        return switch (e.kind()) {
            case NOT_ENOUGH_MEMORY -> {
                long free;
                try {
                    free = freeMemory.bytes();
                } catch (BackendException f) {
                    free = 0;
                }
                yield BackendException.notEnoughMemory(spec.memory(), free);
            }
            // the other domain has no definition here (names of definitions are unique), so it is not ours
            case DUPLICATE_NAME -> BackendException.nameInUse(spec.uuid(), spec.name());
            case CONFIG_SYNTAX_ERROR -> BackendException.failed("xl rejected the configuration " + cfg
                    + (e.configLine().isPresent() ? " at line " + e.configLine().getAsInt() : "") + ": "
                    + e.message());
            default -> BackendException.failed("xl create " + spec.name() + " failed: " + e.message());
        };
    }

    /**
     * A failed or killed create may leave a domain behind (libxl usually destroys it itself): make sure none is
     * left. Only a domain with this definition's uuid is destroyed, never another one of the same name.
     */
    private void removeHalfBuilt(String uuid) {
        try {
            LiveDomain l = list.look().get(uuid);
            if (l != null) {
                LOG.log(System.Logger.Level.WARNING, "destroying domain " + l.domid()
                        + " left by a failed or cancelled create");
                xl.run("destroy", Integer.toString(l.domid()));
            }
        } catch (BackendException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot check for a half-built domain: " + e.getMessage());
        }
    }
}
