package org.xenophilia.ui.editor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.xenophilia.core.VmInfo;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.ui.editor.internal.NodeCalls.NodeCallException;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.xenapi.WireValues;

/**
 * Export xl.cfg of domains on their nodes ({@code Xenophilia.VM.export_xl_cfg}), each into its own file. A file is
 * written whole or not at all (a temporary file beside it, then moved), so an export that fails half way never leaves
 * a truncated config where an admin's one was. Each domain's failure is reported and the others still go; cancelling
 * aborts the call in flight and writes nothing more.
 */
public final class ExportDomainsJob extends NodeJob {

    /**
     * A domain and the file its xl.cfg goes to.
     *
     * @param domain the domain on its node
     * @param name its name when the export was chosen (for messages, even once the domain is gone)
     * @param file the file
     */
    public record Export(DomainItem domain, String name, Path file) {
    }

    private final List<Export> exports;

    /** @param exports what goes where, in order */
    public ExportDomainsJob(List<Export> exports) {
        super(exports.size() == 1 ? NLS.bind(Messages.ExportDomainsJob_nameOne, exports.get(0).name())
                : NLS.bind(Messages.ExportDomainsJob_nameMany, exports.size()));
        this.exports = List.copyOf(exports);
        setUser(true);
    }

    static String name(DomainItem domain) {
        return domain.vm().map(VmInfo::name).orElse(domain.uuid());
    }

    @Override
    protected IStatus runCalls(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), exports.size());
        MultiStatus result = new MultiStatus(PLUGIN_ID, 0, Messages.ExportDomainsJob_someFailed, null);
        for (Export export : exports) {
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            String name = export.name();
            progress.subTask(name);
            try {
                String text = call(export.domain().node(), NLS.bind(Messages.ExportDomainsJob_what, name), name, c -> {
                    Object ref = WireValues.asRef(c.callWithSession("VM.get_by_uuid", export.domain().uuid()));
                    return WireValues.asString(c.callWithSession("Xenophilia.VM.export_xl_cfg", ref));
                });
                AtomicFiles.writeDocument(export.file(), text.getBytes(StandardCharsets.UTF_8));
            } catch (NodeCallException e) {
                result.add(Status.error(e.getMessage(), e));
            } catch (IOException e) {
                result.add(Status.error(NLS.bind(Messages.ExportDomainsJob_cannotWrite, export.file(), e.getMessage()),
                        e));
            }
            progress.worked(1);
        }
        return result.isOK() ? Status.OK_STATUS : result;
    }
}
