package org.xenophilia.ui.network.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.core.PifInfo;
import org.xenophilia.core.network.NetworkKind;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.definition.Dhcp4;
import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.ForwardProtocol;
import org.xenophilia.network.definition.Ipv4;
import org.xenophilia.network.definition.Lease;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkFactory;
import org.xenophilia.ui.network.internal.Messages;
import org.xenophilia.ui.network.internal.NetworkText;

/**
 * The page of a network with addresses of its own (nat, routed, private): the uplink its traffic leaves by (not for
 * private), the IPv4 subnet and dom0's address on it, DHCP (its range, lease time, fixed leases by MAC), the DNS
 * servers handed out, the IPv6 side ({@link Ipv6Fields}), and a nat network's port forwards. A routed or private
 * network may leave IPv4 empty (routed then needs IPv6).
 */
final class AddressPage extends DefinitionPage {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private NetworkKind kind = NetworkKind.NAT;
    private boolean shown;
    private Label uplinkLabel;
    private Combo uplink;
    private Text subnet;
    private Text gateway;
    private Button dhcp;
    private Text start;
    private Text end;
    private Text leaseSeconds;
    private Text dns;
    private Ipv6Fields ipv6;
    private RowsTable leases;
    private RowsTable forwards;

    AddressPage(NetworkWizard wizard) {
        super("addresses", wizard);
    }

    @Override
    public void createControl(Composite parent) {
        Network o = wizard.original();
        Ipv4 ip = o == null ? null : o.getIpv4();
        Dhcp4 d = ip == null ? null : ip.getDhcp();
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        uplinkLabel = new Label(body, SWT.NONE);
        uplinkLabel.setText(Messages.AddressPage_uplink);
        GridDataFactory.fillDefaults().applyTo(uplinkLabel);
        uplink = new Combo(body, SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(260, SWT.DEFAULT).applyTo(uplink);
        uplink.add("");
        for (PifInfo p : NodeNetworks.of(wizard.node().model()).pifs()) {
            uplink.add(p.device());
        }
        uplink.setText(o == null || o.getUplink() == null ? "" : o.getUplink());
        marks.field("uplink", uplink);
        uplink.addModifyListener(e -> changed());
        subnet = text(body, Messages.AddressPage_subnet, "ipv4.subnet", ip == null ? "" : ip.getSubnet());
        subnet.setMessage(Messages.AddressPage_subnetHint);
        gateway = text(body, Messages.AddressPage_gateway, "ipv4.gateway", ip == null ? "" : ip.getGateway());
        dhcp = new Button(body, SWT.CHECK);
        dhcp.setText(Messages.AddressPage_dhcp);
        dhcp.setSelection(o == null || d != null);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(dhcp);
        marks.field("ipv4.dhcp", dhcp);
        dhcp.addListener(SWT.Selection, e -> changed());
        start = text(body, Messages.AddressPage_start, "ipv4.dhcp.start", d == null ? "" : d.getStart());
        end = text(body, Messages.AddressPage_end, "ipv4.dhcp.end", d == null ? "" : d.getEnd());
        leaseSeconds = text(body, Messages.AddressPage_leaseSeconds, "ipv4.dhcp.leaseSeconds", d != null && d
                .isSetLeaseSeconds() ? Integer.toString(d.getLeaseSeconds()) : "");
        dns = text(body, Messages.AddressPage_dns, "ipv4.dnsServers", ip == null ? "" : String.join(", ", ip
                .getDnsServers()));
        ipv6 = new Ipv6Fields(this, body, o == null ? null : o.getIpv6());
        leases = new RowsTable(body, Messages.AddressPage_leases, List.of(new RowsTable.Column(
                Messages.AddressPage_mac, "lease.mac", List.of()), new RowsTable.Column(Messages.AddressPage_address,
                        "lease.address", List.of()), new RowsTable.Column(Messages.AddressPage_hostname,
                                "lease.hostname", List.of())), this::changed);
        marks.field("ipv4.dhcp.leases", leases.table());
        if (d != null) {
            for (Lease l : d.getLeases()) {
                leases.add(l.getMac(), l.getAddress(), l.getHostname() == null ? "" : l.getHostname());
            }
        }
        forwards = new RowsTable(body, Messages.AddressPage_forwards, List.of(new RowsTable.Column(
                Messages.AddressPage_protocol, "forward.protocol", List.of("tcp", "udp")), new RowsTable.Column(
                        Messages.AddressPage_hostPorts, "forward.hostPorts", List.of()), new RowsTable.Column(
                                Messages.AddressPage_guestAddress, "forward.guestAddress", List.of()),
                new RowsTable.Column(Messages.AddressPage_guestPort, "forward.guestPort", List.of())), this::changed);
        marks.field("forwards", forwards.table());
        if (o != null) {
            for (Forward f : o.getForwards()) {
                forwards.add(f.getProtocol().getLiteral(), f.getHostPort() + (f.isSetHostPortEnd() ? "-" + f
                        .getHostPortEnd() : ""), f.getGuestAddress(), f.isSetGuestPort() ? Integer.toString(f
                                .getGuestPort()) : "");
            }
        }
        setControl(body);
        show(kind);
    }

    /**
     * Shows what the kind has: no uplink on a private network, forwards on a nat network only.
     *
     * @param k the kind chosen on the first page
     */
    void show(NetworkKind k) {
        if (shown && k == kind) {
            return;
        }
        kind = k;
        setTitle(NLS.bind(Messages.AddressPage_title, NetworkText.kind(k)));
        setDescription(switch (k) {
            case NAT -> Messages.AddressPage_natDescription;
            case ROUTED -> Messages.AddressPage_routedDescription;
            default -> Messages.AddressPage_privateDescription;
        });
        if (uplink == null) {
            return;
        }
        shown = true;
        visible(k != NetworkKind.PRIVATE, uplinkLabel, uplink);
        visible(k == NetworkKind.NAT, forwards.group());
        ((Composite) getControl()).layout(true, true);
    }

    private static void visible(boolean shown, Control... controls) {
        for (Control c : controls) {
            c.setVisible(shown);
            ((GridData) c.getLayoutData()).exclude = !shown;
        }
    }

    @Override
    void fill(Network draft, List<NetworkProblem> problems) {
        draft.unsetVlan();
        draft.setUplink(kind == NetworkKind.PRIVATE ? null : DraftValues.text(uplink.getText()));
        draft.setIpv6(ipv6.ipv6());
        draft.setIpv4(ipv4(draft.getIpv6() != null, problems));
        draft.getForwards().clear();
        if (kind == NetworkKind.NAT) {
            draft.getForwards().addAll(forwards(problems));
        }
    }

    /**
     * The IPv4 side typed; none when a private network, or a routed one with IPv6, has no subnet and nothing else
     * (a nat network's empty IPv4 is its required fields missing, at those fields).
     */
    private Ipv4 ipv4(boolean hasIpv6, List<NetworkProblem> problems) {
        Ipv4 ip = F.createIpv4();
        ip.setSubnet(DraftValues.text(subnet.getText()));
        ip.setGateway(DraftValues.text(gateway.getText()));
        for (String server : dns.getText().split("[,\\s]+")) {
            if (!server.isBlank()) {
                ip.getDnsServers().add(server.strip());
            }
        }
        if (dhcp.getSelection()) {
            Dhcp4 d = F.createDhcp4();
            d.setStart(DraftValues.text(start.getText()));
            d.setEnd(DraftValues.text(end.getText()));
            Integer seconds = DraftValues.number(leaseSeconds.getText(), "ipv4.dhcp.leaseSeconds", problems);
            if (seconds != null) {
                d.setLeaseSeconds(seconds);
            }
            for (String[] row : leases.rows()) {
                Lease l = F.createLease();
                l.setMac(DraftValues.text(row[0]));
                l.setAddress(DraftValues.text(row[1]));
                l.setHostname(DraftValues.text(row[2]));
                d.getLeases().add(l);
            }
            ip.setDhcp(d);
        }
        boolean empty = ip.getSubnet() == null && ip.getGateway() == null && ip.getDnsServers().isEmpty()
                && (ip.getDhcp() == null || ip.getDhcp().getStart() == null && ip.getDhcp().getEnd() == null);
        return empty && (kind == NetworkKind.PRIVATE || kind == NetworkKind.ROUTED && hasIpv6) ? null : ip;
    }

    private List<Forward> forwards(List<NetworkProblem> problems) {
        List<Forward> out = new ArrayList<>();
        List<String[]> rows = forwards.rows();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Forward f = F.createForward();
            f.setProtocol(ForwardProtocol.get(row[0]));
            String[] ports = row[1].split("-", 2);
            Integer host = DraftValues.number(ports[0], "forwards[" + i + "].hostPort", problems);
            if (host != null) {
                f.setHostPort(host);
            }
            Integer hostEnd = ports.length > 1 ? DraftValues.number(ports[1], "forwards[" + i + "].hostPortEnd",
                    problems) : null;
            if (hostEnd != null) {
                f.setHostPortEnd(hostEnd);
            }
            f.setGuestAddress(DraftValues.text(row[2]));
            Integer guest = DraftValues.number(row[3], "forwards[" + i + "].guestPort", problems);
            if (guest != null) {
                f.setGuestPort(guest);
            }
            out.add(f);
        }
        return out;
    }
}
