package org.xenophilia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xenophilia.ui.network.tests.NetworkNode.TIMEOUT;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.core.network.NetworkKind;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.network.internal.NetworkUi;
import org.xenophilia.ui.network.internal.view.NetworkColumn;
import org.xenophilia.ui.network.internal.view.NetworksView;
import org.xenophilia.ui.network.internal.wizards.NetworkWizard;
import org.xenophilia.ui.testing.Screenshots;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;

/**
 * The Network Configuration wizard against a real Agent with simulated networking that has a NAT network
 * {@code lab} on 192.168.100.0/24: a subnet that overlaps it is refused at its field with the rule's message, and
 * neither Next nor Finish can be pressed; corrected, the summary says what the host will get, and Finish makes the
 * network, whose record the Networks view lists. IPv6 is checked as typed by the same rules, and a private network of
 * IPv6 alone is made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class NetworkWizardTest {

    private NetworkNode n;
    private IWorkbenchPage page;
    private NetworksView view;
    private WizardDialog dialog;

    @BeforeAll
    void start() throws Exception {
        n = new NetworkNode("network-wizard-test", "network-wizard");
        n.createNat("lab", "192.168.100", 8080);
        UiConditions.waitFor("lab in the model", TIMEOUT, () -> NodeNetworks.of(n.node.model()).named("lab")
                .isPresent());
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (NetworksView) page.showView(NetworksView.ID);
    }

    @AfterEach
    void closeTheWizardAndCheckTheUiThread() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    @AfterAll
    void stop() throws Exception {
        n.close();
    }

    private static Text field(Shell shell, String path) {
        Text t = Widgets.byData(shell, NetworkUi.FIELD_KEY, path, Text.class);
        assertNotNull(t, "a field " + path);
        return t;
    }

    private static Button button(Shell shell, String label) {
        Button b = Widgets.button(shell, label);
        assertNotNull(b, "a button " + label);
        return b;
    }

    @Test
    public void anOverlappingSubnetIsRefusedAtItsFieldThenACorrectedNatNetworkIsMade() throws Exception {
        NetworkWizard wizard = NetworkWizard.create(n.node);
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        assertEquals(NetworkWizard.NEW_TITLE, shell.getText());
        Widgets.type(field(shell, "name"), "lab2");
        Button nat = Widgets.byData(shell, NetworkUi.FIELD_KEY, "kind:nat", Button.class);
        assertTrue(nat.getSelection(), "NAT is offered first");
        UiConditions.waitFor("Next enabled", TIMEOUT, () -> button(shell, "Next >").isEnabled());
        Widgets.press(button(shell, "Next >"));

        Widgets.type(field(shell, "ipv4.subnet"), "192.168.0.0/16");
        Widgets.type(field(shell, "ipv4.gateway"), "192.168.0.1");
        Widgets.type(field(shell, "ipv4.dhcp.start"), "192.168.1.100");
        Widgets.type(field(shell, "ipv4.dhcp.end"), "192.168.1.199");
        UiConditions.waitFor("the node's networks read", TIMEOUT, wizard::contextRead);
        String atSubnet = UiConditions.waitFor("the overlap shown at the subnet", TIMEOUT, () -> wizard.problemAt(
                "ipv4.subnet"));
        assertEquals("ipv4.subnet 192.168.0.0/16 overlaps 192.168.100.0/24, ipv4.subnet of network lab: choose a"
                + " subnet of its own", atSubnet);
        assertEquals(atSubnet, dialog.getCurrentPage().getErrorMessage(), "and as the page's message");
        assertFalse(button(shell, "Next >").isEnabled(), "no summary of a definition the node would refuse");
        assertFalse(button(shell, "Finish").isEnabled());
        Screenshots.save(shell, "network-wizard-overlap");

        Widgets.type(field(shell, "ipv4.subnet"), "10.60.0.0/24");
        Widgets.type(field(shell, "ipv4.gateway"), "10.60.0.1");
        Widgets.type(field(shell, "ipv4.dhcp.start"), "10.60.0.100");
        Widgets.type(field(shell, "ipv4.dhcp.end"), "10.60.0.199");
        UiConditions.waitFor("no problem left", TIMEOUT, () -> wizard.problemAt("ipv4.subnet") == null
                && button(shell, "Next >").isEnabled());
        assertFalse(button(shell, "Finish").isEnabled(), "the summary comes first");
        Widgets.press(button(shell, "Next >"));
        String summary = wizard.summary();
        assertTrue(summary.contains("Bridge xnlab2") && summary.contains("Masquerading of 10.60.0.0/24")
                && summary.contains("dnsmasq on xnlab2: DHCP 10.60.0.100 \u2013 10.60.0.199"), summary);
        Screenshots.save(shell, "network-wizard-summary");
        UiConditions.waitFor("Finish enabled", TIMEOUT, () -> button(shell, "Finish").isEnabled());
        Widgets.press(button(shell, "Finish"));

        Job job = wizard.job();
        assertNotNull(job, "a job was started");
        UiConditions.waitFor(job.getName() + " done", TIMEOUT, () -> job.getState() == Job.NONE
                && job.getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        UiConditions.waitFor("the wizard closed once the node made it", TIMEOUT, shell::isDisposed);
        NodeNetworks.Network made = UiConditions.waitFor("lab2's record", TIMEOUT, () -> NodeNetworks.of(n.node
                .model()).named("lab2").orElse(null));
        assertEquals(NetworkKind.NAT, made.kind().orElseThrow());
        assertEquals("10.60.0.0/24", made.subnet());
        UiConditions.waitFor("lab2 listed", TIMEOUT, () -> view.listedNetworks().stream().anyMatch(i -> i.uuid()
                .equals(made.info().uuid()) && "10.60.0.0/24".equals(view.cellText(i, NetworkColumn.SUBNET))));
    }

    @Test
    public void ipv6IsCheckedAsTypedThenAPrivateNetworkOfIpv6AloneIsMade() throws Exception {
        NetworkWizard wizard = NetworkWizard.create(n.node);
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        Widgets.type(field(shell, "name"), "v6lab");
        Widgets.byData(shell, NetworkUi.FIELD_KEY, "kind:nat", Button.class).setSelection(false);
        Widgets.press(Widgets.byData(shell, NetworkUi.FIELD_KEY, "kind:private", Button.class));
        UiConditions.waitFor("Next enabled", TIMEOUT, () -> button(shell, "Next >").isEnabled());
        Widgets.press(button(shell, "Next >"));
        Widgets.press(Widgets.byData(shell, NetworkUi.FIELD_KEY, "ipv4.dhcp", Button.class));
        Button ipv6 = Widgets.byData(shell, NetworkUi.FIELD_KEY, "ipv6", Button.class);
        assertFalse(ipv6.getSelection(), "a new network has no IPv6 until asked");
        assertFalse(field(shell, "ipv6.prefix").isEnabled());
        Widgets.press(ipv6);
        assertTrue(field(shell, "ipv6.prefix").isEnabled());

        Widgets.typeKeys(field(shell, "ipv6.prefix"), "fd00:60::/56");
        Widgets.typeKeys(field(shell, "ipv6.gateway"), "fd00:61::1");
        UiConditions.waitFor("the node's networks read", TIMEOUT, wizard::contextRead);
        assertEquals("ipv6.gateway fd00:61::1 is outside ipv6.prefix fd00:60::/56 (fd00:60::1 is the usual choice)",
                UiConditions.waitFor("the gateway's problem at its field", TIMEOUT, () -> wizard.problemAt(
                        "ipv6.gateway")));
        assertEquals("ipv6.prefix fd00:60::/56 is a /56, but ipv6.addressing slaac (the default) needs a /64; set "
                + "addressing to dhcpv6 or static for another length", wizard.problemAt("ipv6.prefix"));
        assertFalse(button(shell, "Next >").isEnabled());
        Screenshots.save(shell, "network-wizard-ipv6");

        Widgets.typeKeys(field(shell, "ipv6.gateway"), "fd00:60::1");
        Combo addressing = Widgets.byData(shell, NetworkUi.FIELD_KEY, "ipv6.addressing", Combo.class);
        addressing.select(1);
        addressing.notifyListeners(SWT.Selection, new Event());
        assertEquals(null, wizard.problemAt("ipv6.prefix"), "DHCPv6 takes a /56");
        String start = UiConditions.waitFor("the range asked for", TIMEOUT, () -> wizard.problemAt(
                "ipv6.dhcp.start"));
        assertTrue(start.startsWith("ipv6.dhcp.start is required but missing"), start);
        Widgets.typeKeys(field(shell, "ipv6.dhcp.start"), "fd00:60::1000");
        Widgets.typeKeys(field(shell, "ipv6.dhcp.end"), "fd00:60::ffff");
        UiConditions.waitFor("no problem left", TIMEOUT, () -> wizard.problems().stream().noneMatch(
                NetworkProblem::isError) && button(shell, "Next >").isEnabled());
        Widgets.press(button(shell, "Next >"));
        String summary = wizard.summary();
        assertTrue(summary.contains("dom0's address fd00:60::1/56 on xnv6lab"), summary);
        assertTrue(summary.contains("No traffic between xnv6lab and any other interface"), summary);
        assertTrue(summary.contains("IPv6 addressing of guests: DHCPv6 fd00:60::1000 \u2013 fd00:60::ffff"), summary);
        assertFalse(summary.contains("dnsmasq"), "no IPv4 DHCP: " + summary);
        UiConditions.waitFor("Finish enabled", TIMEOUT, () -> button(shell, "Finish").isEnabled());
        Widgets.press(button(shell, "Finish"));
        UiConditions.waitFor("the wizard closed once the node made it", TIMEOUT, shell::isDisposed);
        assertEquals(IStatus.OK, wizard.job().getResult().getSeverity(), wizard.job().getResult().getMessage());
        NodeNetworks.Network made = UiConditions.waitFor("v6lab's record", TIMEOUT, () -> NodeNetworks.of(n.node
                .model()).named("v6lab").orElse(null));
        assertEquals(NetworkKind.PRIVATE, made.kind().orElseThrow());
        assertEquals("fd00:60::/56", made.ipv6Prefix());
        UiConditions.waitFor("v6lab listed with its prefix", TIMEOUT, () -> view.listedNetworks().stream().anyMatch(
                i -> i.uuid().equals(made.info().uuid()) && "fd00:60::/56".equals(view.cellText(i,
                        NetworkColumn.SUBNET))));
        String xml = n.definition("v6lab");
        assertTrue(xml.contains("<ipv6 addressing=\"dhcpv6\" gateway=\"fd00:60::1\" prefix=\"fd00:60::/56\">")
                && xml.contains("<dhcp end=\"fd00:60::ffff\" start=\"fd00:60::1000\"/>") && !xml.contains("<ipv4"),
                xml);
    }
}
