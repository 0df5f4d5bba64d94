package org.xenophilia.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.ui.editor.internal.DomainEditor;
import org.xenophilia.ui.editor.internal.EditDefinitionHandler;
import org.xenophilia.ui.editor.internal.NewDomainWizard;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.testing.AgentCalls;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.xenapi.WireValues;

/**
 * A domain's vif on a network of its node, chosen by name from the domain editor's Network page and the New Domain
 * wizard, against a real Agent with simulated networking and a NAT network {@code lab} made by another
 * administrator: the combo beside the bridge lists the node's networks, and choosing one writes {@code network="lab"}
 * and takes the bridge away.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class VifNetworkTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NODE_ID = "vif-network-test";
    private static final String NODE_NAME = "networks-alpha";

    private Path dir;
    private AgentNode agent;
    private NodeConnection node;
    private IWorkbenchPage page;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("xenophilia-vif-network-test");
        agent = new AgentNode(dir.resolve("etc"), dir.resolve("state")).withAdmin().start(0);
        NodeService.get().putSessionNode(new NodeDescriptor(NODE_ID, NODE_NAME, "127.0.0.1", agent.port(),
                AgentNode.ADMIN, agent.fingerprint()), AgentNode.PASSWORD);
        node = NodeService.get().connection(NODE_ID).orElseThrow();
        UiConditions.waitFor("node connected", TIMEOUT, () -> node.state() == ConnectionState.CONNECTED
                && node.model().vms().size() >= 3);
        AgentCalls.call(agent, c -> c.callWithSession("Xenophilia.network.create_from_xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <network xmlns="http://xenophilia.org/schema/network/1.0">
                  <name>lab</name>
                  <kind>nat</kind>
                  <ipv4 gateway="192.168.100.1" subnet="192.168.100.0/24">
                    <dhcp end="192.168.100.199" start="192.168.100.100"/>
                  </ipv4>
                </network>
                """));
        UiConditions.waitFor("lab in the Workbench's model", TIMEOUT, () -> NodeNetworks.of(node.model()).named(
                "lab").isPresent());
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditorsAndCheckTheUiThread() {
        page.closeAllEditors(false);
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    void stop() throws Exception {
        NodeService.get().removeNode(NODE_ID);
        agent.close();
    }

    private static Button button(Control root, String label) {
        Button b = Widgets.button(root, label);
        assertNotNull(b, "a button " + label);
        return b;
    }

    /** Chooses an item of a combo as a user does: the item selected, its listeners told. */
    private static void choose(Combo combo, String item) {
        int i = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(i >= 0, item + " offered in " + Arrays.toString(combo.getItems()));
        combo.select(i);
        combo.notifyListeners(SWT.Modify, new Event());
    }

    @Test
    public void theNetworkPageChoosesANetworkOfTheNodeByName() {
        VmInfo vm = node.model().vmsNamed("demo-web").get(0);
        EditDefinitionHandler.open(page, new DomainItem(node, vm.uuid()));
        DomainEditor editor = UiConditions.waitFor("demo-web in the editor", TIMEOUT, () -> page.getActiveEditor()
                instanceof DomainEditor e && e.document() != null ? e : null);
        editor.setActivePage("network");
        Table vifs = Widgets.all(editor.pagesControl()).stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(Control::isVisible).findFirst().orElseThrow();
        assertTrue(vifs.getItemCount() > 0, "demo-web has a vif");
        vifs.setSelection(0);
        Event e = new Event();
        e.item = vifs.getItem(0);
        vifs.notifyListeners(SWT.Selection, e);
        try (ModalShellInspector<String> dialog = new ModalShellInspector<>("Edit Network Interface", TIMEOUT,
                shell -> {
                    Combo network = Widgets.byData(shell, DomainEditor.FIELD_KEY, "network", Combo.class);
                    assertNotNull(network, "a combo of the node's networks");
                    String offered = String.join(",", network.getItems());
                    choose(network, "lab");
                    assertEquals("", Widgets.byData(shell, DomainEditor.FIELD_KEY, "bridge", Text.class).getText(),
                            "the network's bridge is the node's to give");
                    Widgets.press(button(shell, "OK"));
                    return offered;
                })) {
            dialog.arm();
            Widgets.press(button(editor.pagesControl(), "Edit..."));
            UiConditions.waitFor("the vif edited", TIMEOUT, dialog::done);
            assertEquals(",lab", dialog.result(), "none, then the node's networks");
        }
        String xml = editor.document().text();
        assertTrue(xml.contains("network=\"lab\""), xml);
        assertFalse(xml.contains("bridge=\""), xml);
    }

    @Test
    public void theNewDomainWizardPutsTheVifOnAChosenNetwork() {
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                new NewDomainWizard(null));
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell wizard = dialog.getShell();
        Combo nodes = Widgets.byData(wizard, DomainEditor.FIELD_KEY, "node", Combo.class);
        nodes.select(Arrays.asList(nodes.getItems()).indexOf(Arrays.stream(nodes.getItems()).filter(i -> i
                .startsWith(NODE_NAME + " ")).findFirst().orElseThrow()));
        nodes.notifyListeners(SWT.Modify, new Event());
        Widgets.type(Widgets.byData(wizard, DomainEditor.FIELD_KEY, "name", Text.class), "on-lab");
        Combo network = Widgets.byData(wizard, DomainEditor.FIELD_KEY, "network", Combo.class);
        choose(network, "lab");
        assertEquals("", Widgets.byData(wizard, DomainEditor.FIELD_KEY, "bridge", Text.class).getText());
        Widgets.press(button(wizard, "Finish"));
        VmInfo created = UiConditions.waitFor("on-lab on the node", TIMEOUT, () -> node.model().vms().stream()
                .filter(v -> v.name().equals("on-lab")).findFirst().orElse(null));
        String xml = AgentCalls.call(agent, c -> WireValues.asString(c.callWithSession("Xenophilia.VM.get_xml",
                c.callWithSession("VM.get_by_uuid", created.uuid()))));
        assertTrue(xml.contains("network=\"lab\""), xml);
        assertFalse(xml.contains("bridge="), xml);
        UiConditions.waitFor("its vif on lab in the model", TIMEOUT, () -> NodeNetworks.of(node.model()).named("lab")
                .map(n -> n.attachments().stream().anyMatch(a -> a.vmName().equals("on-lab"))).orElse(false));
    }
}
