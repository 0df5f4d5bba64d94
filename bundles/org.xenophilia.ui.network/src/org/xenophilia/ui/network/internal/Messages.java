package org.xenophilia.ui.network.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The network bundle's UI strings, from {@code messages.properties} beside this class (the Eclipse NLS way: a field
 * per key, {@link NLS#bind} for the placeholders). Labels of its commands, menus and view are in the bundle's
 * {@code plugin.properties}.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.xenophilia.ui.network.internal.messages";

    // named after their keys, as NLS requires
    public static String NetworksView_name;
    public static String NetworksView_kind;
    public static String NetworksView_bridge;
    public static String NetworksView_uplink;
    public static String NetworksView_subnet;
    public static String NetworksView_dhcp;
    public static String NetworksView_forwards;
    public static String NetworksView_domains;
    public static String NetworksView_filter;
    public static String NetworksView_empty;
    public static String NetworksView_unmanaged;
    public static String NetworksView_unmanagedTip;
    public static String NetworksView_vlan;
    public static String NetworksView_lease;
    public static String NetworksView_unknownGuest;
    public static String NetworksView_lastKnown;
    public static String Kind_bridged;
    public static String Kind_nat;
    public static String Kind_routed;
    public static String Kind_private;
    public static String Kind_unmanaged;
    public static String NetworkText_range;
    public static String NetworkText_attached;
    public static String NetworkText_attachedHalted;
    public static String Properties_general;
    public static String Properties_addresses;
    public static String Properties_name;
    public static String Properties_description;
    public static String Properties_uuid;
    public static String Properties_kind;
    public static String Properties_bridge;
    public static String Properties_mtu;
    public static String Properties_uplink;
    public static String Properties_node;
    public static String Properties_subnet;
    public static String Properties_gateway;
    public static String Properties_dhcp;
    public static String Properties_dns;
    public static String Properties_ipv6;
    public static String Properties_forwards;
    public static String Properties_domains;
    public static String NetworkWizard_newTitle;
    public static String NetworkWizard_editTitle;
    public static String NetworkWizard_readingContext;
    public static String NetworkWizard_making;
    public static String NetworkWizard_changing;
    public static String NetworkWizard_noContext;
    public static String KindPage_title;
    public static String KindPage_editTitle;
    public static String KindPage_description;
    public static String KindPage_name;
    public static String KindPage_descriptionField;
    public static String KindPage_kind;
    public static String KindPage_bridge;
    public static String KindPage_bridgeDerived;
    public static String KindPage_mtu;
    public static String KindPage_bridgedWhat;
    public static String KindPage_natWhat;
    public static String KindPage_routedWhat;
    public static String KindPage_privateWhat;
    public static String BridgedPage_title;
    public static String BridgedPage_description;
    public static String BridgedPage_uplink;
    public static String BridgedPage_vlan;
    public static String AddressPage_title;
    public static String AddressPage_natDescription;
    public static String AddressPage_routedDescription;
    public static String AddressPage_privateDescription;
    public static String AddressPage_uplink;
    public static String AddressPage_subnet;
    public static String AddressPage_subnetHint;
    public static String AddressPage_gateway;
    public static String AddressPage_dhcp;
    public static String AddressPage_start;
    public static String AddressPage_end;
    public static String AddressPage_leaseSeconds;
    public static String AddressPage_dns;
    public static String AddressPage_leases;
    public static String AddressPage_mac;
    public static String AddressPage_address;
    public static String AddressPage_hostname;
    public static String AddressPage_forwards;
    public static String AddressPage_protocol;
    public static String AddressPage_hostPorts;
    public static String AddressPage_guestAddress;
    public static String AddressPage_guestPort;
    public static String Ipv6_group;
    public static String Ipv6_enabled;
    public static String Ipv6_prefix;
    public static String Ipv6_prefixHint;
    public static String Ipv6_gateway;
    public static String Ipv6_addressing;
    public static String Ipv6_slaac;
    public static String Ipv6_dhcpv6;
    public static String Ipv6_static;
    public static String Ipv6_range;
    public static String Ipv6_rangeStartHint;
    public static String Ipv6_rangeEndHint;

    public static String RowsTable_add;
    public static String RowsTable_remove;
    public static String Draft_notANumber;
    public static String SummaryPage_title;
    public static String SummaryPage_description;
    public static String SummaryPage_changes;
    public static String SummaryPage_definition;
    public static String SummaryPage_nothing;
    public static String SummaryPage_removed;
    public static String SummaryPage_added;
    public static String SummaryPage_kept;
    public static String SummaryPage_impact;
    public static String SummaryPage_error;
    public static String SummaryPage_warning;
    public static String Host_bridge;
    public static String Host_defaultMtu;
    public static String Host_vlan;
    public static String Host_enslave;
    public static String Host_address;
    public static String Host_masquerade;
    public static String Host_route;
    public static String Host_isolate;
    public static String Host_forwarding;
    public static String Host_defaultUplink;
    public static String Host_portForward;
    public static String Host_dhcp;
    public static String Host_defaultLease;
    public static String Host_ipv6Addressing;
    public static String Host_ipv6Slaac;
    public static String Host_ipv6Dhcp;
    public static String Host_ipv6Static;
    public static String Host_fixedLease;
    public static String Host_dns;
    public static String NewNetwork_noNode;
    public static String EditNetwork_unreadable;
    public static String DeleteNetwork_inUseTitle;
    public static String DeleteNetwork_inUse;
    public static String DeleteNetwork_domain;
    public static String DeleteNetwork_confirmTitle;
    public static String DeleteNetwork_confirm;
    public static String DeleteNetwork_halted;
    public static String CheckNetwork_title;
    public static String CheckNetwork_asDefined;
    public static String CheckNetwork_differs;
    public static String CheckNetwork_repaired;
    public static String CheckNetwork_nothing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
