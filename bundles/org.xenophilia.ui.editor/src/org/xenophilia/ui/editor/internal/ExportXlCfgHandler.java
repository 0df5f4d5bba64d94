package org.xenophilia.ui.editor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.xl.codec.XlEncodeException;

/** Export xl.cfg...: writes the definition of the active domain editor as an xl.cfg file. */
public final class ExportXlCfgHandler extends AbstractHandler {

    /** Title of its dialogs. */
    public static final String TITLE = "Export xl.cfg";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof DomainEditor editor) || editor.document() == null) {
            MessageDialog.openInformation(shell, TITLE, "Open a domain in the domain editor first.");
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(TITLE);
        dialog.setOverwrite(true);
        String name = editor.document().model().getName();
        dialog.setFileName((name == null || name.isBlank() ? "domain" : name) + ".cfg");
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                export(editor, Path.of(chosen));
            } catch (IOException | XlEncodeException e) {
                MessageDialog.openError(shell, TITLE, "Cannot export to " + chosen + ": " + e.getMessage());
            }
        }
        return null;
    }

    /**
     * Writes the editor's definition as xl.cfg.
     *
     * @param editor the editor
     * @param file where to
     * @throws IOException if it cannot be written
     * @throws XlEncodeException if the definition cannot be written as xl.cfg
     */
    public static void export(DomainEditor editor, Path file) throws IOException, XlEncodeException {
        Files.writeString(file, XlCfgExchange.exportXlCfg(editor.document()), StandardCharsets.UTF_8);
    }
}
