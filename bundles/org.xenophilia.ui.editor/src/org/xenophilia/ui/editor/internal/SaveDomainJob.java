package org.xenophilia.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.edit.LiveChanges;
import org.xenophilia.model.edit.LiveChanges.Applies;
import org.xenophilia.model.edit.LiveChanges.Change;
import org.xenophilia.ui.editor.internal.NodeCalls.NodeCallException;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;

/**
 * Saves a definition to its node. A halted domain takes the whole definition ({@code Xenophilia.VM.set_xml}). A
 * running or paused one first gets what applies to it now, memory and vCPUs through
 * {@code VM.set_memory_target_live} / {@code VM.set_VCPUs_number_live} (within the limits it was started with, read
 * with {@code Xenophilia.VM.get_running_xml}); then {@code set_xml} saves the whole definition: description and tags
 * change at once, the Agent keeps everything else for the domain's next boot (as {@code xl config-update}), and
 * {@code Xenophilia.VM.get_pending_changes} tells what now waits for it. Renaming a running domain is refused here,
 * before anything changes, as the Agent refuses it.
 * <p>
 * Cancelling it aborts the call in flight; the editor stays dirty and is told what, if anything, the node had
 * applied before (a live memory change made before the cancel stays made). Once {@code set_xml} has returned the
 * save is done, and a cancel only skips reading what waits for the next boot. Its family is the editor's input.
 */
final class SaveDomainJob extends NodeJob {

    private static final long MIB = 1L << 20;

    /**
     * What a save did.
     *
     * @param error the failure in words, or null
     * @param cancelled whether a cancel stopped the save before the definition was saved (then {@code applied} is
     *            what the node applied before)
     * @param running whether the domain was running or paused
     * @param applied the changes applied now
     * @param nextBoot the changes saved for the domain's next boot
     * @param pendingOnNode the fields the node reports as waiting for the next boot after the save (model names)
     */
    record Outcome(String error, boolean cancelled, boolean running, List<Change> applied, List<Change> nextBoot,
            List<String> pendingOnNode) {

        static Outcome failed(String error) {
            return new Outcome(error, false, false, List.of(), List.of(), List.of());
        }

        /** {@return one line for the editor's header naming what applied now and what waits} */
        String headline() {
            if (nextBoot.isEmpty()) {
                return applied.isEmpty() ? Messages.SaveDomainJob_nothingChanged
                        : NLS.bind(Messages.SaveDomainJob_allApplied, paths(applied));
            }
            return applied.isEmpty() ? NLS.bind(Messages.SaveDomainJob_someWait, paths(nextBoot))
                    : NLS.bind(Messages.SaveDomainJob_appliedSomeWait, paths(applied), paths(nextBoot));
        }

        /** {@return each change with its explanation, what applied now first: the header message's details} */
        List<String> details() {
            List<String> out = new ArrayList<>();
            applied.forEach(c -> out.add(NLS.bind(Messages.SaveDomainJob_appliedDetail, c.explanation())));
            nextBoot.forEach(c -> out.add(NLS.bind(Messages.SaveDomainJob_nextBootDetail, c.explanation())));
            return out;
        }

        static String paths(List<Change> changes) {
            return String.join(", ", changes.stream().map(Change::path).toList());
        }
    }

    private final NodeDomainInput input;
    private final String text;
    private final DomainEditor editor;
    // what the node did so far, for the report of a cancelled save (the job's thread only)
    private final List<Change> applied = new ArrayList<>();
    private final List<Change> nextBoot = new ArrayList<>();
    private boolean running;
    private boolean definitionSaved;

    SaveDomainJob(NodeDomainInput input, String text, DomainEditor editor) {
        super(NLS.bind(Messages.SaveDomainJob_name, input.name()));
        this.input = input;
        this.text = text;
        this.editor = editor;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return input.equals(family);
    }

    @Override
    protected IStatus runCalls(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
        Outcome outcome;
        try {
            Domain edited = DomainDefinitions.load(text);
            NodeConnection node = NodeCalls.connection(input.nodeId());
            outcome = call(node, NLS.bind(Messages.SaveDomainJob_what, input.name()), input.name(), c -> {
                Ref ref = WireValues.asRef(c.callWithSession("VM.get_by_uuid", input.uuid()));
                String power = WireValues.asString(c.callWithSession("VM.get_power_state", ref));
                progress.split(1);
                if ("halted".equalsIgnoreCase(power)) {
                    c.callWithSession("Xenophilia.VM.set_xml", ref, text);
                    definitionSaved = true;
                    return new Outcome(null, false, false, List.of(), List.of(), List.of());
                }
                running = true;
                Domain current;
                try {
                    current = DomainDefinitions.load(WireValues.asString(c.callWithSession(
                            "Xenophilia.VM.get_running_xml", ref)));
                } catch (DomainDefinitionException e) {
                    throw new IllegalStateException(NLS.bind(Messages.SaveDomainJob_nodeDefinitionInvalid,
                            e.getMessage()), e);
                }
                if (!Objects.equals(current.getName(), edited.getName())) {
                    throw new IllegalStateException(NLS.bind(Messages.SaveDomainJob_keepsItsName, current.getName()));
                }
                for (Change change : LiveChanges.classify(current, edited)) {
                    if (change.applies() == Applies.LIVE && change.path().equals("memory")) {
                        c.callWithSession("VM.set_memory_target_live", ref, edited.getMemory() * MIB);
                        applied.add(change);
                    } else if (change.applies() == Applies.LIVE && change.path().equals("vcpus")) {
                        c.callWithSession("VM.set_VCPUs_number_live", ref, (long) edited.getVcpus());
                        applied.add(change);
                    } else if (change.applies() == Applies.DEFINITION_ONLY) {
                        applied.add(change);
                    } else {
                        nextBoot.add(change);
                    }
                }
                progress.split(1);
                c.callWithSession("Xenophilia.VM.set_xml", ref, text);
                definitionSaved = true;
                List<String> pending = WireValues.asList(c.callWithSession("Xenophilia.VM.get_pending_changes",
                        ref)).stream().map(String::valueOf).toList();
                progress.split(1);
                return new Outcome(null, false, true, List.copyOf(applied), List.copyOf(nextBoot), pending);
            });
        } catch (DomainDefinitionException e) {
            outcome = Outcome.failed(NLS.bind(Messages.SaveDomainJob_definitionInvalid, e.getMessage()));
        } catch (NodeCallException | IllegalStateException e) {
            outcome = Outcome.failed(e.getMessage());
        }
        report(outcome);
        return outcome.error() == null ? Status.OK_STATUS : status(IStatus.ERROR, outcome.error(), null);
    }

    @Override
    protected void cancelled() {
        // DEFINITION_ONLY changes travel with set_xml: before it they were not applied
        List<Change> live = applied.stream().filter(c -> c.applies() == Applies.LIVE).toList();
        report(definitionSaved ? new Outcome(null, false, running, List.copyOf(applied), List.copyOf(nextBoot),
                List.of()) : new Outcome(null, true, running, live, List.of(), List.of()));
    }

    private void report(Outcome outcome) {
        onDisplay(() -> editor.saved(text, outcome));
    }
}
