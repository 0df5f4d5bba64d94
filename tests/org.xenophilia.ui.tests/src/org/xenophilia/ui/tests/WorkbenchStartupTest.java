package org.xenophilia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.handlers.AboutDialog;
import org.xenophilia.ui.internal.views.NodesView;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;

/** The Workbench as it opens: the Xenophilia perspective, the Nodes view, the About dialog with the version. */
public class WorkbenchStartupTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    public void opensOnTheXenophiliaPerspectiveWithTheNodesView() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        IWorkbenchPage page = window.getActivePage();
        assertEquals(XenophiliaUi.PERSPECTIVE_ID, page.getPerspective().getId());
        assertEquals("Xenophilia", page.getPerspective().getLabel());

        IViewPart view = page.findView(NodesView.ID);
        assertNotNull(view, "the Nodes view is part of the perspective");
        assertTrue(page.isPartVisible(view), "the Nodes view is visible");
        assertEquals("Nodes", view.getTitle());
        NodesView nodes = (NodesView) view;
        // The view lists the registry's nodes; this test workspace has none (other tests remove theirs, and the tree
        // follows asynchronously), so the view shows its empty-state hint.
        UiConditions.waitFor("an empty Nodes view", TIMEOUT, () -> nodes.getViewer().getTree().getItemCount() == 0);
        assertTrue(nodes.getEmptyMessage().startsWith("No nodes yet"), nodes.getEmptyMessage());

        Shell shell = window.getShell();
        assertEquals("Xenophilia", shell.getText());
        UiConditions.flush();
        Path png = Screenshots.save(shell, "workbench-startup");
        assertTrue(Files.size(png) > 1000, "screenshot written to " + png);
    }

    @Test
    public void aboutDialogShowsTheVersion() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ICommandService commands = window.getService(ICommandService.class);
        Command about = commands.getCommand("org.xenophilia.ui.commands.about");
        assertTrue(about.isDefined(), "the About command is registered");
        IHandlerService handlers = window.getService(IHandlerService.class);

        // The dialog is modal: executing the command runs its event loop until it closes, so a timer inside that
        // loop finds the dialog as a user would, reads it and closes it.
        ModalShellInspector<String> inspector = new ModalShellInspector<>(AboutDialog.TITLE, TIMEOUT, dialog -> {
            AboutDialog about0 = (AboutDialog) dialog.getData();
            Screenshots.save(dialog, "about-dialog");
            return about0.getVersionText();
        });
        inspector.arm();
        handlers.executeCommand(ParameterizedCommand.generateCommand(about, null), null);
        String version = inspector.result();
        assertTrue(version.matches("Version 0\\.1\\.0\\.\\S+"), version);
    }
}
