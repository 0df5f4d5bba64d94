package org.xenophilia.ui.editor.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.editor.internal.NodeCalls.NodeCallException;
import org.xenophilia.xenapi.WireValues;

/** Fetches a domain's definition ({@code VM.get_by_uuid}, {@code Xenophilia.VM.get_xml}) for an editor. */
final class LoadDomainJob extends Job {

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
            String xml = NodeCalls.run(node, "fetch the definition of " + input.name(), input.name(), c -> {
                Object ref = WireValues.asRef(c.callWithSession("VM.get_by_uuid", input.uuid()));
                return WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml", ref));
            });
            DomainEditor.asyncExec(() -> editor.definitionLoaded(xml));
        } catch (NodeCallException | IllegalStateException e) {
            DomainEditor.asyncExec(() -> editor.definitionFailed(e.getMessage()));
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
