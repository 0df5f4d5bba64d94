package org.xenophilia.ui.editor.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.editor.internal.NodeCalls.NodeCallException;
import org.xenophilia.xenapi.WireValues;

/**
 * Fetches a domain's definition for an editor ({@code VM.get_by_uuid}, {@code Xenophilia.VM.get_xml}: for a running
 * domain the definition of its next boot) and what of it waits for that boot
 * ({@code Xenophilia.VM.get_pending_changes}). Cancelling it (or closing the editor) aborts the call in flight; the
 * editor then says the definition was not fetched. Its family is the editor's input.
 */
final class LoadDomainJob extends NodeJob {

    private record Loaded(String xml, List<String> pending) {
    }

    private final NodeDomainInput input;
    private final DomainEditor editor;

    LoadDomainJob(NodeDomainInput input, DomainEditor editor) {
        super(NLS.bind(Messages.LoadDomainJob_name, input.name()));
        this.input = input;
        this.editor = editor;
    }

    @Override
    public boolean belongsTo(Object family) {
        return input.equals(family);
    }

    @Override
    protected IStatus runCalls(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
        try {
            NodeConnection node = NodeCalls.connection(input.nodeId());
            Loaded loaded = call(node, NLS.bind(Messages.LoadDomainJob_what, input.name()), input.name(), c -> {
                Object ref = WireValues.asRef(c.callWithSession("VM.get_by_uuid", input.uuid()));
                progress.split(1);
                String xml = WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml", ref));
                progress.split(1);
                List<String> pending = WireValues.asList(c.callWithSession("Xenophilia.VM.get_pending_changes",
                        ref)).stream().map(String::valueOf).toList();
                progress.split(1);
                return new Loaded(xml, pending);
            });
            onDisplay(() -> editor.definitionLoaded(loaded.xml(), loaded.pending()));
        } catch (NodeCallException | IllegalStateException e) {
            onDisplay(() -> editor.definitionFailed(e.getMessage()));
        }
        return Status.OK_STATUS;
    }

    @Override
    protected void cancelled() {
        onDisplay(() -> editor.definitionNotFetched(NLS.bind(Messages.LoadDomainJob_cancelled, input.name(),
                input.nodeName())));
    }
}
