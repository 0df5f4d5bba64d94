package org.xenophilia.ui.network.internal.wizards;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xenophilia.network.definition.Dhcp6;
import org.xenophilia.network.definition.Ipv6;
import org.xenophilia.network.definition.Ipv6Addressing;
import org.xenophilia.network.definition.NetworkFactory;
import org.xenophilia.ui.network.internal.Messages;

/**
 * The IPv6 side of a nat, routed or private network, on the address page: whether the network has one, its prefix,
 * dom0's address on it, how guests get their addresses (SLAAC, DHCPv6 from a range, static) and the DHCPv6 range.
 * Written into the draft as typed, so the validator's rules check it with the rest (each problem at its field: the
 * range's own problems at the range). An edited network's IPv6 comes back as it was when left alone: an addressing
 * the definition did not set stays unset while SLAAC (its meaning) is chosen, and a range is written whenever one is
 * typed, so a range the addressing does not use is the rule's warning, not lost.
 */
final class Ipv6Fields {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;
    /** The combo's choices, in order. */
    private static final List<Ipv6Addressing> ADDRESSING = List.of(Ipv6Addressing.SLAAC, Ipv6Addressing.DHCPV6,
            Ipv6Addressing.STATIC);

    private final Button enabled;
    private final Text prefix;
    private final Text gateway;
    private final Combo addressing;
    private final Text start;
    private final Text end;
    private final boolean addressingSet;

    /**
     * @param page the address page, whose marks show the problems and which is told of every change
     * @param body the page's body (two columns)
     * @param original an edited network's IPv6 side, or null
     */
    Ipv6Fields(DefinitionPage page, Composite body, Ipv6 original) {
        Group group = new Group(body, SWT.NONE);
        group.setText(Messages.Ipv6_group);
        group.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        enabled = new Button(group, SWT.CHECK);
        enabled.setText(Messages.Ipv6_enabled);
        enabled.setSelection(original != null);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(enabled);
        page.marks.field("ipv6", enabled);
        prefix = page.text(group, Messages.Ipv6_prefix, "ipv6.prefix", original == null ? "" : original.getPrefix());
        prefix.setMessage(Messages.Ipv6_prefixHint);
        gateway = page.text(group, Messages.Ipv6_gateway, "ipv6.gateway", original == null ? ""
                : original.getGateway());
        new Label(group, SWT.NONE).setText(Messages.Ipv6_addressing);
        addressing = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        addressing.setItems(Messages.Ipv6_slaac, Messages.Ipv6_dhcpv6, Messages.Ipv6_static);
        addressingSet = original != null && original.isSetAddressing();
        addressing.select(ADDRESSING.indexOf(addressingSet ? original.getAddressing() : Ipv6Addressing.SLAAC));
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(addressing);
        page.marks.field("ipv6.addressing", addressing);
        Dhcp6 d = original == null ? null : original.getDhcp();
        new Label(group, SWT.NONE).setText(Messages.Ipv6_range);
        Composite range = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(range);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(range);
        start = rangeEnd(page, range, "ipv6.dhcp.start", d == null ? "" : d.getStart(),
                Messages.Ipv6_rangeStartHint);
        new Label(range, SWT.NONE).setText("\u2013");
        end = rangeEnd(page, range, "ipv6.dhcp.end", d == null ? "" : d.getEnd(), Messages.Ipv6_rangeEndHint);
        page.marks.field("ipv6.dhcp", range);
        enabled.addListener(SWT.Selection, e -> {
            enable();
            page.changed();
        });
        addressing.addListener(SWT.Selection, e -> page.changed());
        enable();
    }

    private static Text rangeEnd(DefinitionPage page, Composite range, String path, String value, String hint) {
        Text t = new Text(range, SWT.BORDER);
        t.setText(value == null ? "" : value);
        t.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(t);
        page.marks.field(path, t);
        t.addModifyListener(e -> page.changed());
        return t;
    }

    private void enable() {
        boolean on = enabled.getSelection();
        for (Control c : List.of(prefix, gateway, addressing, start, end)) {
            c.setEnabled(on);
        }
    }

    /** @return the IPv6 side as typed; null when the network has none */
    Ipv6 ipv6() {
        if (!enabled.getSelection()) {
            return null;
        }
        Ipv6 ip = F.createIpv6();
        ip.setPrefix(DraftValues.text(prefix.getText()));
        ip.setGateway(DraftValues.text(gateway.getText()));
        Ipv6Addressing how = ADDRESSING.get(Math.max(0, addressing.getSelectionIndex()));
        if (how != Ipv6Addressing.SLAAC || addressingSet) {
            ip.setAddressing(how);
        }
        String first = DraftValues.text(start.getText());
        String last = DraftValues.text(end.getText());
        if (how == Ipv6Addressing.DHCPV6 || first != null || last != null) {
            Dhcp6 d = F.createDhcp6();
            d.setStart(first);
            d.setEnd(last);
            ip.setDhcp(d);
        }
        return ip;
    }
}
