package org.xenophilia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.ui.network.tests.NetworkNode.TIMEOUT;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.network.internal.NetworkItem;
import org.xenophilia.ui.network.internal.NetworkUi;
import org.xenophilia.ui.network.internal.view.NetworkColumn;
import org.xenophilia.ui.network.internal.view.NetworksView;
import org.xenophilia.ui.network.internal.wizards.NetworkWizard;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;

/**
 * Edit Network from the Networks view against a real Agent with simulated networking: the wizard opens with the node's
 * definition (IPv4, forwards, IPv6), a changed DHCP range and a new forward show on the summary as what goes and what
 * comes with the running domain that loses connectivity for a moment, Finish applies it and the view shows the new
 * values, the IPv6 left alone comes back as it was; a change the node refuses (a port another administrator forwarded
 * meanwhile) is shown in the wizard in the node's words, the wizard stays open with the problem at its field, and
 * nothing changes on the node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class NetworkEditTest {

    private static final String EDITED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <network xmlns="http://xenophilia.org/schema/network/1.0">
              <name>edited</name>
              <kind>nat</kind>
              <ipv4 gateway="10.70.0.1" subnet="10.70.0.0/24">
                <dhcp end="10.70.0.199" start="10.70.0.100"/>
              </ipv4>
              <ipv6 addressing="dhcpv6" gateway="fd00:70::1" prefix="fd00:70::/64">
                <dhcp end="fd00:70::1fff" start="fd00:70::1000"/>
              </ipv6>
              <forward guestAddress="10.70.0.10" guestPort="80" hostPort="8090" protocol="tcp"/>
            </network>
            """;

    private NetworkNode n;
    private IWorkbenchPage page;
    private NetworksView view;
    private Shell shell;

    @BeforeAll
    void start() throws Exception {
        n = new NetworkNode("network-edit-test", "network-edit");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (NetworksView) page.showView(NetworksView.ID);
    }

    @AfterEach
    void closeTheWizardAndCheckTheUiThread() {
        if (shell != null && !shell.isDisposed()) {
            shell.close();
        }
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    void stop() throws Exception {
        n.close();
    }

    private NetworkItem network(String name) {
        return UiConditions.waitFor("network " + name + " listed", TIMEOUT, () -> view.listedNetworks().stream()
                .filter(i -> i.node() == n.node && i.network().map(NodeNetworks.Network::name).orElse("").equals(
                        name)).findFirst().orElse(null));
    }

    /** Edit... on the network in the view, as from its menu: the wizard once the node's definition is read. */
    private NetworkWizard openEdit(NetworkItem item) throws Exception {
        page.activate(view);
        view.select(List.of(item));
        view.getSite().getService(IHandlerService.class).executeCommand(NetworkUi.EDIT_NETWORK_COMMAND, null);
        shell = UiConditions.waitFor("the Edit Network wizard", TIMEOUT, () -> Arrays.stream(Display.getCurrent()
                .getShells()).filter(s -> !s.isDisposed() && s.isVisible() && NetworkWizard.EDIT_TITLE.equals(s
                        .getText())).findFirst().orElse(null));
        NetworkWizard wizard = (NetworkWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
        UiConditions.waitFor("the node's networks read", TIMEOUT, wizard::contextRead);
        return wizard;
    }

    private Text field(String path) {
        Text t = Widgets.byData(shell, NetworkUi.FIELD_KEY, path, Text.class);
        assertNotNull(t, "a field " + path);
        return t;
    }

    private Button button(String label) {
        Button b = Widgets.button(shell, label);
        assertNotNull(b, "a button " + label);
        return b;
    }

    /** Types a port forward into the entry row under the forwards table and presses its Add. */
    private void addForward(String hostPort, String guestAddress, String guestPort) {
        Text host = field("forward.hostPorts");
        Widgets.type(host, hostPort);
        Widgets.type(field("forward.guestAddress"), guestAddress);
        Widgets.type(field("forward.guestPort"), guestPort);
        Button add = Widgets.all(host.getParent()).stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals("Add")).findFirst().orElseThrow();
        Widgets.press(add);
    }

    private static String ipv6Of(String xml) {
        return xml.substring(xml.indexOf("<ipv6"), xml.indexOf("</ipv6>"));
    }

    @Test
    public void aChangeShowsWhatGoesAndComesAndWhoIsCutOffThenTheViewShowsTheNewValues() throws Exception {
        n.create(EDITED);
        NetworkItem edited = network("edited");
        n.runningDomainOn("guest7", "edited", "00:16:3e:70:00:07");
        UiConditions.waitFor("guest7 attached", TIMEOUT, () -> "guest7 (vif 0)".equals(view.cellText(edited,
                NetworkColumn.DOMAINS)));
        String before = n.definition("edited");

        NetworkWizard wizard = openEdit(edited);
        assertEquals("edited", field("name").getText());
        assertFalse(field("name").getEditable(), "a vif names the network: its name stays");
        assertEquals("10.70.0.0/24", field("ipv4.subnet").getText());
        assertEquals("10.70.0.199", field("ipv4.dhcp.end").getText());
        assertTrue(Widgets.byData(shell, NetworkUi.FIELD_KEY, "ipv6", Button.class).getSelection());
        assertEquals("fd00:70::/64", field("ipv6.prefix").getText());
        assertEquals("fd00:70::1000", field("ipv6.dhcp.start").getText());
        Widgets.press(button("Next >"));
        Widgets.typeKeys(field("ipv4.dhcp.end"), "10.70.0.150");
        addForward("8091", "10.70.0.11", "22");
        UiConditions.waitFor("Next enabled", TIMEOUT, () -> button("Next >").isEnabled());
        Widgets.press(button("Next >"));

        String summary = wizard.summary();
        assertTrue(summary.contains("\u2212 dnsmasq on xnedited: DHCP 10.70.0.100 \u2013 10.70.0.199"), summary);
        assertTrue(summary.contains("+ dnsmasq on xnedited: DHCP 10.70.0.100 \u2013 10.70.0.150"), summary);
        assertTrue(summary.contains("+ Port forward tcp 8091 \u2192 10.70.0.11:22"), summary);
        assertFalse(summary.contains("8090"), "the forward kept is not a change: " + summary);
        assertFalse(summary.contains("IPv6"), "the IPv6 left alone is not a change: " + summary);
        assertTrue(summary.contains("Running domains on this network lose connectivity for a moment while it is "
                + "applied again: guest7"), summary);
        Screenshots.save(shell, "network-edit-summary");
        UiConditions.waitFor("Finish enabled", TIMEOUT, () -> button("Finish").isEnabled());
        Widgets.press(button("Finish"));

        UiConditions.waitFor("the wizard closed once the node applied it", TIMEOUT, shell::isDisposed);
        assertEquals(IStatus.OK, wizard.job().getResult().getSeverity(), wizard.job().getResult().getMessage());
        UiConditions.waitFor("the new range and forward listed", TIMEOUT, () -> "10.70.0.100 \u2013 10.70.0.150"
                .equals(view.cellText(edited, NetworkColumn.DHCP)) && view.cellText(edited, NetworkColumn.FORWARDS)
                        .equals("tcp 8090 \u2192 10.70.0.10:80, tcp 8091 \u2192 10.70.0.11:22"));
        String after = n.definition("edited");
        assertTrue(after.contains("<dhcp end=\"10.70.0.150\" start=\"10.70.0.100\"/>"), after);
        assertEquals(ipv6Of(before), ipv6Of(after), "the IPv6 side round-trips");
    }

    @Test
    public void aChangeTheNodeRefusesIsShownInTheWizardAndNothingChanges() throws Exception {
        n.createNat("moved", "10.80.0", 8094);
        NetworkItem moved = network("moved");
        NetworkWizard wizard = openEdit(moved);
        // another administrator forwards port 8095 after the wizard read the node's networks
        n.createNat("squatter", "10.81.0", 8095);
        Widgets.press(button("Next >"));
        addForward("8095", "10.80.0.12", "443");
        UiConditions.waitFor("Next enabled", TIMEOUT, () -> button("Next >").isEnabled());
        assertNull(wizard.problemAt("forwards"), "the wizard cannot know yet");
        Widgets.press(button("Next >"));
        UiConditions.waitFor("Finish enabled", TIMEOUT, () -> button("Finish").isEnabled());
        Widgets.press(button("Finish"));

        WizardDialog dialog = (WizardDialog) shell.getData();
        String refusal = UiConditions.waitFor("the node's refusal", TIMEOUT, () -> dialog.getCurrentPage()
                .getErrorMessage());
        assertTrue(refusal.startsWith("Cannot change network moved: forwards[1].hostPort 8095 (tcp) is forwarded by "
                + "network squatter already (8095) (rule forward-port-taken"), refusal);
        assertFalse(shell.isDisposed(), "the wizard stays open, the definition as typed");
        assertEquals(IStatus.ERROR, wizard.job().getResult().getSeverity());
        UiConditions.waitFor("the node's networks read again", TIMEOUT, () -> wizard.problems().stream().anyMatch(
                p -> p.path().equals("forwards[1].hostPort")));
        assertFalse(button("Finish").isEnabled(), "not sent again as it is");
        assertEquals(refusal, dialog.getCurrentPage().getErrorMessage(), "the refusal stays until a change");
        Screenshots.save(shell, "network-edit-refused");
        Widgets.press(button("< Back"));
        assertEquals("forwards[1].hostPort 8095 (tcp) is forwarded by network squatter already (8095)",
                wizard.problemAt("forwards"), "the cause at its field");

        assertFalse(n.definition("moved").contains("8095"), "the node kept its definition");
        assertEquals("tcp 8094 \u2192 10.80.0.10:80", view.cellText(moved, NetworkColumn.FORWARDS));
    }
}
