package org.xenophilia.ui.editor.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.editor.internal.NodeCalls.NodeCallException;
import org.xenophilia.xenapi.WireValues;

/**
 * Fetches a domain's definition for an editor ({@code VM.get_by_uuid}, {@code Xenophilia.VM.get_xml}: for a running
 * domain the definition of its next boot) and what of it waits for that boot
 * ({@code Xenophilia.VM.get_pending_changes}).
 */
final class LoadDomainJob extends Job {

    private record Loaded(String xml, List<String> pending) {
    }

    private final NodeDomainInput input;
    private final DomainEditor editor;

    LoadDomainJob(NodeDomainInput input, DomainEditor editor) {
        super("Fetching the definition of " + input.name());
        this.input = input;
        this.editor = editor;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            NodeConnection node = NodeCalls.connection(input.nodeId());
            Loaded loaded = NodeCalls.run(node, "fetch the definition of " + input.name(), input.name(), c -> {
                Object ref = WireValues.asRef(c.callWithSession("VM.get_by_uuid", input.uuid()));
                String xml = WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml", ref));
                List<String> pending = WireValues.asList(c.callWithSession("Xenophilia.VM.get_pending_changes",
                        ref)).stream().map(String::valueOf).toList();
                return new Loaded(xml, pending);
            });
            DomainEditor.asyncExec(() -> editor.definitionLoaded(loaded.xml(), loaded.pending()));
        } catch (NodeCallException | IllegalStateException e) {
            DomainEditor.asyncExec(() -> editor.definitionFailed(e.getMessage()));
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
