package org.xenophilia.network.internal;

import java.util.List;

import org.xenophilia.network.BridgeNames;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkKind;

/**
 * The rules that tie a network's settings to its kind: what a bridged, nat, routed or private network must have and
 * must not have (uplink, vlan, addresses, forwards), and the names of the interfaces it makes.
 */
final class KindRules {

    private static final int IPV6_MIN_MTU = 1280;

    private KindRules() {
    }

    static void check(Network network, Problems problems) {
        NetworkKind kind = network.isSetKind() ? network.getKind() : null;
        if (kind != null) {
            checkUplink(network, kind, problems);
            checkAddressing(network, kind, problems);
            checkForwards(network, kind, problems);
        }
        checkVlan(network, kind, problems);
        checkBridge(network, problems);
        if (network.getIpv6() != null && network.isSetMtu() && network.getMtu() < IPV6_MIN_MTU) {
            problems.add(NetworkRule.IPV6_MTU, network, Fields.MTU, -1, network.getMtu(), "mtu " + network.getMtu()
                    + " is below " + IPV6_MIN_MTU + ", the least IPv6 works with, and the network has ipv6");
        }
    }

    private static void checkUplink(Network network, NetworkKind kind, Problems problems) {
        String uplink = network.getUplink();
        if (kind == NetworkKind.BRIDGED && uplink == null) {
            problems.add(NetworkRule.UPLINK_REQUIRED, network, Fields.UPLINK, -1, null, "uplink is missing: a bridged "
                    + "network puts an existing interface of the host (e.g. eth0) into its bridge");
        } else if (kind == NetworkKind.PRIVATE && uplink != null) {
            problems.add(NetworkRule.UPLINK_ON_PRIVATE, network, Fields.UPLINK, -1, uplink, "uplink " + uplink
                    + " on a private network, which has no way out: remove the uplink or choose another kind");
        }
    }

    private static void checkVlan(Network network, NetworkKind kind, Problems problems) {
        if (!network.isSetVlan()) {
            return;
        }
        int vlan = network.getVlan();
        String uplink = network.getUplink();
        if (kind != null && kind != NetworkKind.BRIDGED) {
            problems.add(NetworkRule.VLAN_NOT_BRIDGED, network, Fields.VLAN, -1, vlan, "vlan " + vlan
                    + " applies to bridged networks only, but kind is " + kind.getLiteral());
        } else if (uplink == null) {
            problems.add(NetworkRule.VLAN_WITHOUT_UPLINK, network, Fields.VLAN, -1, vlan, "vlan " + vlan
                    + " has no uplink to carry it: set uplink to the interface the VLAN arrives on (e.g. eth0)");
        } else if (vlanInterface(uplink, vlan).length() > BridgeNames.MAX_LENGTH) {
            problems.add(NetworkRule.VLAN_NAME_TOO_LONG, network, Fields.VLAN, -1, vlan, "the VLAN interface "
                    + vlanInterface(uplink, vlan) + " of uplink " + uplink + " and vlan " + vlan + " has more than "
                    + BridgeNames.MAX_LENGTH + " characters, which Linux does not allow");
        }
    }

    /** {@return the name of the VLAN interface the applier makes on an uplink: UPLINK.TAG} */
    static String vlanInterface(String uplink, int vlan) {
        return uplink + "." + vlan;
    }

    private static void checkBridge(Network network, Problems problems) {
        String uplink = network.getUplink();
        String bridge = BridgeNames.of(network);
        if (uplink == null || bridge == null) {
            return;
        }
        String vlanInterface = network.isSetVlan() ? vlanInterface(uplink, network.getVlan()) : null;
        if (bridge.equals(uplink) || bridge.equals(vlanInterface)) {
            problems.add(NetworkRule.BRIDGE_IS_UPLINK, network, Fields.BRIDGE, -1, bridge, "bridge " + bridge
                    + " has the name of " + (bridge.equals(uplink) ? "the uplink" : "the uplink's VLAN interface")
                    + ": the bridge is a new interface and needs a name of its own");
        }
    }

    private static void checkAddressing(Network network, NetworkKind kind, Problems problems) {
        boolean ipv4 = network.getIpv4() != null;
        boolean ipv6 = network.getIpv6() != null;
        if (kind == NetworkKind.BRIDGED) {
            if (ipv4) {
                problems.add(NetworkRule.ADDRESSES_ON_BRIDGED, network.getIpv4(), null, -1, null, "ipv4 on a bridged "
                        + "network: its guests are on the LAN of uplink " + network.getUplink()
                        + ", whose addresses and DHCP are that LAN's; remove ipv4 or choose another kind");
            }
            if (ipv6) {
                problems.add(NetworkRule.ADDRESSES_ON_BRIDGED, network.getIpv6(), null, -1, null, "ipv6 on a bridged "
                        + "network: its guests are on the LAN of uplink " + network.getUplink()
                        + ", whose addresses are that LAN's; remove ipv6 or choose another kind");
            }
        } else if (kind == NetworkKind.NAT && !ipv4) {
            problems.add(NetworkRule.ADDRESSING_REQUIRED, network, Fields.IPV4, -1, null, "ipv4 is missing: a nat "
                    + "network needs its subnet and gateway (e.g. subnet 192.168.100.0/24, gateway 192.168.100.1)");
        } else if (kind == NetworkKind.ROUTED && !ipv4 && !ipv6) {
            problems.add(NetworkRule.ADDRESSING_REQUIRED, network, Fields.IPV4, -1, null, "ipv4 and ipv6 are "
                    + "missing: a routed network needs the subnet (or prefix) dom0 routes");
        }
    }

    private static void checkForwards(Network network, NetworkKind kind, Problems problems) {
        if (kind == NetworkKind.NAT) {
            return;
        }
        List<Forward> forwards = network.getForwards();
        for (int i = 0; i < forwards.size(); i++) {
            problems.add(NetworkRule.FORWARD_NOT_NAT, forwards.get(i), null, -1, null, "forwards[" + i
                    + "] on a " + kind.getLiteral() + " network: port forwards exist on nat networks only"
                    + (kind == NetworkKind.ROUTED ? " (a routed network's guests are reached at their own addresses)"
                            : ""));
        }
    }
}
