package org.xenophilia.ui.editor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.xl.cfg.XlSyntaxException;

/**
 * Import xl.cfg...: reads an xl.cfg file into a new definition and offers it in the New Domain wizard, with the
 * keys Xenophilia does not know (kept as they are) listed as warnings.
 */
public final class ImportXlCfgHandler extends AbstractHandler {

    /** Title of the dialog that says why a file cannot be imported. */
    public static final String TITLE = Messages.ImportXlCfgHandler_title;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(TITLE);
        dialog.setFilterExtensions(new String[] {"*.cfg", "*"});
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        try {
            XlCfgExchange.Import imported = read(Path.of(chosen));
            new WizardDialog(shell, new NewDomainWizard(new NewDomainWizard.Source(Path.of(chosen).getFileName()
                    .toString(), imported))).open();
        } catch (IOException | XlSyntaxException e) {
            MessageDialog.openError(shell, TITLE, NLS.bind(Messages.ImportXlCfgHandler_cannotImport, chosen,
                    e.getMessage()));
        }
        return null;
    }

    /**
     * Reads an xl.cfg file into a new definition.
     *
     * @param file the file
     * @return the definition and the warnings
     * @throws IOException if it cannot be read
     * @throws XlSyntaxException if it is not xl.cfg
     */
    public static XlCfgExchange.Import read(Path file) throws IOException, XlSyntaxException {
        return XlCfgExchange.importXlCfg(Files.readString(file, StandardCharsets.UTF_8), file.getFileName()
                .toString());
    }
}
