package org.xenophilia.ui.editor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.ui.editor.internal.ExportDomainsJob.Export;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * Export xl.cfg...: from the active domain editor, writes the definition being edited (saved or not); from the Nodes
 * or Domains view, fetches the definitions of the selected domains from their nodes, one file per domain (several
 * domains go into a chosen folder as {@code <name>.cfg}).
 */
public final class ExportXlCfgHandler extends AbstractHandler {

    /** Title of its dialogs. */
    public static final String TITLE = Messages.ExportXlCfgHandler_title;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof DomainEditor editor && editor.document() != null) {
            exportEditor(shell, editor);
            return null;
        }
        List<DomainItem> domains = selectedDomains(HandlerUtil.getCurrentSelection(event));
        if (domains.isEmpty()) {
            MessageDialog.openInformation(shell, TITLE, Messages.ExportXlCfgHandler_nothingSelected);
            return null;
        }
        List<Export> exports = domains.size() == 1 ? chooseFile(shell, domains.get(0)) : chooseFolder(shell, domains);
        if (!exports.isEmpty()) {
            new ExportDomainsJob(exports).schedule();
        }
        return null;
    }

    /** {@return the domains in a selection, in its order} */
    public static List<DomainItem> selectedDomains(ISelection selection) {
        List<DomainItem> out = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof DomainItem d) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * @param folder a folder
     * @param domains domains
     * @return one export per domain into the folder, as {@code <name>.cfg}
     */
    public static List<Export> intoFolder(Path folder, List<DomainItem> domains) {
        return domains.stream().map(d -> {
            String name = ExportDomainsJob.name(d);
            return new Export(d, name, folder.resolve(name + ".cfg"));
        }).toList();
    }

    private static void exportEditor(Shell shell, DomainEditor editor) {
        String name = editor.document().model().getName();
        String chosen = saveDialog(shell, (name == null || name.isBlank() ? "domain" : name) + ".cfg");
        if (chosen != null) {
            try {
                export(editor, Path.of(chosen));
            } catch (IOException | XlEncodeException e) {
                MessageDialog.openError(shell, TITLE, NLS.bind(Messages.ExportXlCfgHandler_cannotExport, chosen,
                        e.getMessage()));
            }
        }
    }

    private static List<Export> chooseFile(Shell shell, DomainItem domain) {
        String name = ExportDomainsJob.name(domain);
        String chosen = saveDialog(shell, name + ".cfg");
        return chosen == null ? List.of() : List.of(new Export(domain, name, Path.of(chosen)));
    }

    private static List<Export> chooseFolder(Shell shell, List<DomainItem> domains) {
        DirectoryDialog dialog = new DirectoryDialog(shell, SWT.SAVE);
        dialog.setText(TITLE);
        dialog.setMessage(NLS.bind(Messages.ExportXlCfgHandler_folder, domains.size()));
        String chosen = dialog.open();
        if (chosen == null) {
            return List.of();
        }
        List<Export> exports = intoFolder(Path.of(chosen), domains);
        List<String> existing = exports.stream().map(Export::file).filter(Files::exists)
                .map(f -> f.getFileName().toString()).toList();
        if (!existing.isEmpty() && !MessageDialog.openConfirm(shell, TITLE,
                NLS.bind(Messages.ExportXlCfgHandler_replace, chosen, String.join(", ", existing)))) {
            return List.of();
        }
        return exports;
    }

    private static String saveDialog(Shell shell, String fileName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(TITLE);
        dialog.setOverwrite(true);
        dialog.setFileName(fileName);
        return dialog.open();
    }

    /**
     * Writes the editor's definition as xl.cfg, whole or not at all.
     *
     * @param editor the editor
     * @param file where to
     * @throws IOException if it cannot be written
     * @throws XlEncodeException if the definition cannot be written as xl.cfg
     */
    public static void export(DomainEditor editor, Path file) throws IOException, XlEncodeException {
        AtomicFiles.writeDocument(file, XlCfgExchange.exportXlCfg(editor.document()).getBytes(StandardCharsets.UTF_8));
    }
}
