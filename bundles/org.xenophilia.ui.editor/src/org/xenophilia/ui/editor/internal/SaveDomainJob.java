package org.xenophilia.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
 * running or paused one takes what applies now: description and tags through {@code set_xml} on top of the
 * definition it runs with, memory and vCPUs through {@code VM.set_memory_target_live} /
 * {@code VM.set_VCPUs_number_live}; every other change is reported as waiting until the domain is halted (the Agent
 * refuses it while the domain runs), and the editor stays dirty.
 */
final class SaveDomainJob extends Job {

    private static final long MIB = 1L << 20;

    /**
     * What a save did.
     *
     * @param error the failure in words, or null
     * @param running whether the domain was running or paused
     * @param applied the changes applied now
     * @param pending the changes that wait until the domain is halted
     */
    record Outcome(String error, boolean running, List<Change> applied, List<Change> pending) {
        List<String> pendingPaths() {
            return pending.stream().map(Change::path).toList();
        }

        String summary() {
            StringBuilder b = new StringBuilder();
            if (applied.isEmpty()) {
                b.append("Nothing could be applied to the running domain.\n");
            } else {
                b.append("Applied now:\n");
                applied.forEach(c -> b.append("  \u2022 ").append(c.explanation()).append('\n'));
            }
            if (!pending.isEmpty()) {
                b.append("\nNot saved: these changes need the domain halted (they take effect at its next start "
                        + "once saved while it is halted):\n");
                pending.forEach(c -> b.append("  \u2022 ").append(c.explanation()).append('\n'));
            }
            return b.toString().strip();
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
                    return new Outcome(null, false, List.of(), List.of());
                }
                Domain running;
                try {
                    running = DomainDefinitions.load(WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml",
                            ref)));
                } catch (DomainDefinitionException e) {
                    throw new IllegalStateException("the node's definition does not load: " + e.getMessage(), e);
                }
                List<Change> changes = LiveChanges.classify(running, edited);
                List<Change> applied = new ArrayList<>();
                List<Change> pending = new ArrayList<>();
                Domain definitionOnly = EcoreUtil.copy(running);
                boolean definitionChanged = false;
                for (Change change : changes) {
                    if (change.applies() == Applies.DEFINITION_ONLY) {
                        definitionChanged = true;
                        applied.add(change);
                    } else if (change.applies() == Applies.NEXT_BOOT) {
                        pending.add(change);
                    }
                }
                if (definitionChanged) {
                    definitionOnly.setDescription(edited.getDescription());
                    definitionOnly.getTags().clear();
                    definitionOnly.getTags().addAll(edited.getTags());
                    c.callWithSession("Xenophilia.VM.set_xml", ref, DomainDefinitions.toXml(definitionOnly));
                }
                progress.split(1);
                for (Change change : changes) {
                    if (change.applies() != Applies.LIVE) {
                        continue;
                    }
                    if (change.path().equals("memory")) {
                        c.callWithSession("VM.set_memory_target_live", ref, edited.getMemory() * MIB);
                        applied.add(change);
                    } else if (change.path().equals("vcpus")) {
                        c.callWithSession("VM.set_VCPUs_number_live", ref, (long) edited.getVcpus());
                        applied.add(change);
                    } else {
                        pending.add(change);
                    }
                }
                return new Outcome(null, true, applied, pending);
            });
        } catch (DomainDefinitionException e) {
            outcome = new Outcome("the definition does not load: " + e.getMessage(), false, List.of(), List.of());
        } catch (NodeCallException | IllegalStateException e) {
            outcome = new Outcome(e.getMessage(), false, List.of(), List.of());
        }
        Outcome result = outcome;
        DomainEditor.asyncExec(() -> editor.saved(text, result));
        return result.error() == null ? Status.OK_STATUS
                : DomainEditor.status(IStatus.ERROR, result.error(), null);
    }
}
