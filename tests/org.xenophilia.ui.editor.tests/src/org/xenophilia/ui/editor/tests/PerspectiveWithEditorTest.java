package org.xenophilia.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.VmInfo;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.editor.internal.DomainEditor;
import org.xenophilia.ui.editor.internal.EditDefinitionHandler;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.views.DomainsView;
import org.xenophilia.ui.internal.views.NodesView;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;

/**
 * The default Xenophilia perspective with a domain editor open, as a new user first sees it: the editor gets most of
 * the window (views around a large editor area, as in the Java and Debug perspectives), the Domains view a band below
 * it wide enough for its columns and tall enough for several rows, the Nodes view on the left. Measured on the real
 * widgets, and saved as {@code target/screenshots/perspective-with-editor.png} for people to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class PerspectiveWithEditorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NODE_ID = "perspective-test-alpha";

    private AgentNode agent;
    private NodeConnection node;

    @BeforeAll
    void startAgent() throws Exception {
        Path dir = Files.createTempDirectory("xenophilia-perspective-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
        NodeService.get().putSessionNode(new NodeDescriptor(NODE_ID, "alpha", "127.0.0.1", agent.port(),
                AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);
        node = NodeService.get().connection(NODE_ID).orElseThrow();
        UiConditions.waitFor("node connected", TIMEOUT, () -> node.state() == ConnectionState.CONNECTED
                && node.model().vms().size() >= 3);
    }

    @AfterAll
    void stopAgent() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        NodeService.get().removeNode(NODE_ID);
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    public void anOpenDomainEditorGetsMostOfTheWindow() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        assertEquals(XenophiliaUi.PERSPECTIVE_ID, page.getPerspective().getId());
        page.closeAllEditors(false);
        page.resetPerspective(); // the default layout, whatever other tests arranged
        VmInfo web = node.model().vmsNamed("demo-web").get(0);
        EditDefinitionHandler.open(page, new DomainItem(node, web.uuid()));
        DomainEditor editor = UiConditions.waitFor("demo-web in the editor", TIMEOUT,
                () -> page.getActiveEditor() instanceof DomainEditor e && e.document() != null ? e : null);
        DomainsView domains = (DomainsView) page.findView(DomainsView.ID);
        NodesView nodes = (NodesView) page.findView(NodesView.ID);
        UiConditions.flush();

        Shell shell = window.getShell();
        Path png = Screenshots.save(shell, "perspective-with-editor");
        assertTrue(Files.size(png) > 1000, "screenshot written to " + png);

        // each part as its stack (tabs included), within the page: the area the perspective's parts share (the
        // window less its menu, tool bar and status line)
        Table table = domains.getViewer().getTable();
        Control editorStack = stack(editor.pagesControl());
        Control domainsStack = stack(table);
        Control nodesStack = stack(nodes.getViewer().getTree());
        Rectangle editorArea = onScreen(editorStack);
        Rectangle domainsView = onScreen(domainsStack);
        Rectangle nodesView = onScreen(nodesStack);
        Rectangle pageArea = onScreen(commonAncestor(editorStack, nodesStack));
        String layout = "page " + pageArea + ", editor " + editorArea + ", Domains " + domainsView + ", Nodes "
                + nodesView;

        // the Java perspective gives its editor about 42 % of the page, this one half (0.78 x 0.65, less the sashes)
        double editorShare = area(editorArea) / area(pageArea);
        assertTrue(editorShare >= 0.45, "the editor has most of the page (" + Math.round(editorShare * 100) + " %): "
                + layout);
        assertTrue(area(editorArea) > area(domainsView) + area(nodesView),
                "the editor is larger than the Domains and the Nodes view together: " + layout);
        assertTrue(editorArea.width >= 0.75 * pageArea.width && editorArea.height >= 0.6 * pageArea.height, layout);

        assertTrue(domainsView.y >= editorArea.y + editorArea.height, "the Domains view below the editor: " + layout);
        assertTrue(domainsView.width >= editorArea.width, "as wide as the editor, for its columns: " + layout);
        int rows = (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
        assertTrue(rows >= 5, "the Domains view shows " + rows + " rows at once: " + layout);
        assertTrue(nodesView.x + nodesView.width <= editorArea.x, "the Nodes view on the left: " + layout);
    }

    /** @return the stack (tab folder) a part's control is in */
    private static Control stack(Control control) {
        Control c = control.getParent();
        while (!(c instanceof CTabFolder)) {
            c = c.getParent();
        }
        return c;
    }

    private static Control commonAncestor(Control a, Control b) {
        for (Control c = a.getParent(); c != null; c = c.getParent()) {
            for (Control d = b; d != null; d = d.getParent()) {
                if (d == c) {
                    return c;
                }
            }
        }
        throw new AssertionError(a + " and " + b + " are in no common composite");
    }

    /** @return the control's bounds in display coordinates */
    private static Rectangle onScreen(Control control) {
        return control.getDisplay().map(control.getParent(), null, control.getBounds());
    }

    private static double area(Rectangle r) {
        return (double) r.width * r.height;
    }
}
