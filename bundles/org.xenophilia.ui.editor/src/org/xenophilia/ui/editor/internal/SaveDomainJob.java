package org.xenophilia.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
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
 */
final class SaveDomainJob extends Job {

    private static final long MIB = 1L << 20;

    /**
     * What a save did.
     *
     * @param error the failure in words, or null
     * @param running whether the domain was running or paused
     * @param applied the changes applied now
     * @param nextBoot the changes saved for the domain's next boot
     * @param pendingOnNode the fields the node reports as waiting for the next boot after the save (model names)
     */
    record Outcome(String error, boolean running, List<Change> applied, List<Change> nextBoot,
            List<String> pendingOnNode) {

        static Outcome failed(String error) {
            return new Outcome(error, false, List.of(), List.of(), List.of());
        }

        /** {@return one line for the editor's header naming what applied now and what waits} */
        String headline() {
            if (nextBoot.isEmpty()) {
                return applied.isEmpty() ? "Saved to the running domain: nothing changed."
                        : "Saved to the running domain, all applied now: " + paths(applied) + ".";
            }
            return "Saved. " + (applied.isEmpty() ? "" : "Applied now: " + paths(applied) + ". ")
                    + "At the next boot: " + paths(nextBoot) + ".";
        }

        String summary() {
            StringBuilder b = new StringBuilder();
            if (applied.isEmpty()) {
                b.append("Nothing changed on the running domain now.\n");
            } else {
                b.append("Applied now:\n");
                applied.forEach(c -> b.append("  \u2022 ").append(c.explanation()).append('\n'));
            }
            if (!nextBoot.isEmpty()) {
                b.append("\nSaved for the next boot (they take effect when the domain reboots or is next started):\n");
                nextBoot.forEach(c -> b.append("  \u2022 ").append(c.explanation()).append('\n'));
            }
            return b.toString().strip();
        }

        private static String paths(List<Change> changes) {
            return String.join(", ", changes.stream().map(Change::path).toList());
        }
    }

    private final NodeDomainInput input;
    private final String text;
    private final DomainEditor editor;

    SaveDomainJob(NodeDomainInput input, String text, DomainEditor editor) {
        super("Saving the definition of " + input.name());
        this.input = input;
        this.text = text;
        this.editor = editor;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
        Outcome outcome;
        try {
            Domain edited = DomainDefinitions.load(text);
            NodeConnection node = NodeCalls.connection(input.nodeId());
            outcome = NodeCalls.run(node, "save " + input.name(), input.name(), c -> {
                Ref ref = WireValues.asRef(c.callWithSession("VM.get_by_uuid", input.uuid()));
                String power = WireValues.asString(c.callWithSession("VM.get_power_state", ref));
                progress.split(1);
                if ("halted".equalsIgnoreCase(power)) {
                    c.callWithSession("Xenophilia.VM.set_xml", ref, text);
                    return new Outcome(null, false, List.of(), List.of(), List.of());
                }
                Domain running;
                try {
                    running = DomainDefinitions.load(WireValues.asString(c.callWithSession(
                            "Xenophilia.VM.get_running_xml", ref)));
                } catch (DomainDefinitionException e) {
                    throw new IllegalStateException("the node's definition does not load: " + e.getMessage(), e);
                }
                if (!Objects.equals(running.getName(), edited.getName())) {
                    throw new IllegalStateException("a running domain keeps its name (the toolstack knows it by "
                            + "it): shut " + running.getName() + " down to rename it, or keep the name");
                }
                List<Change> changes = LiveChanges.classify(running, edited);
                List<Change> applied = new ArrayList<>();
                List<Change> nextBoot = new ArrayList<>();
                for (Change change : changes) {
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
                List<String> pending = WireValues.asList(c.callWithSession("Xenophilia.VM.get_pending_changes",
                        ref)).stream().map(String::valueOf).toList();
                progress.split(1);
                return new Outcome(null, true, applied, nextBoot, pending);
            });
        } catch (DomainDefinitionException e) {
            outcome = Outcome.failed("the definition does not load: " + e.getMessage());
        } catch (NodeCallException | IllegalStateException e) {
            outcome = Outcome.failed(e.getMessage());
        }
        Outcome result = outcome;
        DomainEditor.asyncExec(() -> editor.saved(text, result));
        return result.error() == null ? Status.OK_STATUS
                : DomainEditor.status(IStatus.ERROR, result.error(), null);
    }
}
