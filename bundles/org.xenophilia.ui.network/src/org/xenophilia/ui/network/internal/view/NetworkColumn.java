package org.xenophilia.ui.network.internal.view;

import org.xenophilia.ui.network.internal.Messages;

/** The Networks view's columns, in order. */
public enum NetworkColumn {
    /** A node's or network's name; a lease's MAC, address and domain. */
    NAME(Messages.NetworksView_name, 260),
    /** A network's kind. */
    KIND(Messages.NetworksView_kind, 80),
    /** Its bridge in dom0. */
    BRIDGE(Messages.NetworksView_bridge, 100),
    /** The host interface its traffic leaves by (a bridged network's, with its VLAN). */
    UPLINK(Messages.NetworksView_uplink, 90),
    /** Its IPv4 subnet (and IPv6 prefix). */
    SUBNET(Messages.NetworksView_subnet, 130),
    /** Its DHCP range. */
    DHCP(Messages.NetworksView_dhcp, 200),
    /** Its port forwards. */
    FORWARDS(Messages.NetworksView_forwards, 200),
    /** The domains whose vifs are on it. */
    DOMAINS(Messages.NetworksView_domains, 200);

    private final String title;
    private final int width;

    NetworkColumn(String title, int width) {
        this.title = title;
        this.width = width;
    }

    /** @return its header */
    public String title() {
        return title;
    }

    int width() {
        return width;
    }
}
