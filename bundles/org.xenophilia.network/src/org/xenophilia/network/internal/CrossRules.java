package org.xenophilia.network.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.xenophilia.model.internal.xml.ModelText;
import org.xenophilia.network.BridgeNames;
import org.xenophilia.network.IpAddress.Family;
import org.xenophilia.network.IpPrefix;
import org.xenophilia.network.NetworkContext;
import org.xenophilia.network.NetworkContext.HostInterface;
import org.xenophilia.network.NetworkContext.HostRoute;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkKind;

/**
 * The rules that check a network against the rest of its node: the other networks (names, subnets, bridges, uplinks,
 * forwarded ports) and the host (routes, interfaces). Everything comes from the {@link NetworkContext}; nothing here
 * reads the host.
 */
final class CrossRules {

    /** How many of the host's interfaces an "uplink missing" message names. */
    private static final int INTERFACES_NAMED = 8;

    private CrossRules() {
    }

    static void check(Network network, NetworkContext context, Problems problems) {
        checkName(network, context, problems);
        checkSubnets(network, context, problems);
        checkUplink(network, context, problems);
        checkBridge(network, context, problems);
        if (network.isSetKind() && network.getKind() == NetworkKind.NAT) {
            checkForwards(network, context, problems);
        }
    }

    private static void checkName(Network network, NetworkContext context, Problems problems) {
        String name = network.getName();
        if (name != null && context.networks().stream().anyMatch(other -> name.equals(other.getName()))) {
            problems.add(NetworkRule.DUPLICATE_NAME, network, Fields.NAME, -1, name, "name " + name
                    + " is taken: the node has another network of that name");
        }
    }

    // ------------------------------------------------------------------------------------------- subnets

    /** A subnet or prefix of a network, where it is set. */
    private record Subnet(IpPrefix prefix, EObject owner, EAttribute field) {
    }

    /** The network's subnet and prefix that parse, host bits cleared; malformed ones are left to the other rules. */
    private static List<Subnet> subnets(Network network) {
        List<Subnet> subnets = new ArrayList<>(2);
        if (network.getIpv4() != null) {
            add(subnets, network.getIpv4(), Fields.IPV4_SUBNET, network.getIpv4().getSubnet(), Family.IPV4);
        }
        if (network.getIpv6() != null) {
            add(subnets, network.getIpv6(), Fields.IPV6_PREFIX, network.getIpv6().getPrefix(), Family.IPV6);
        }
        return subnets;
    }

    private static void add(List<Subnet> subnets, EObject owner, EAttribute field, String text, Family family) {
        if (text == null) {
            return;
        }
        try {
            subnets.add(new Subnet(IpPrefix.parse(text, family).network(), owner, field));
        } catch (IllegalArgumentException e) {
            // malformed: reported by the address rules
        }
    }

    private static void checkSubnets(Network network, NetworkContext context, Problems problems) {
        List<Subnet> own = subnets(network);
        if (own.isEmpty()) {
            return;
        }
        String bridge = BridgeNames.of(network);
        for (Subnet subnet : own) {
            String at = ModelText.path(subnet.owner(), subnet.field(), -1) + " " + subnet.prefix();
            for (Network other : context.networks()) {
                for (Subnet theirs : subnets(other)) {
                    if (subnet.prefix().overlaps(theirs.prefix())) {
                        problems.add(NetworkRule.SUBNET_OVERLAP, subnet.owner(), subnet.field(), -1, subnet.prefix(),
                                at + " overlaps " + theirs.prefix() + ", " + ModelText.path(theirs.owner(),
                                        theirs.field(), -1) + " of network " + other.getName()
                                        + ": choose a subnet of its own");
                    }
                }
            }
            for (HostRoute route : context.routes()) {
                IpPrefix destination = route.destination();
                if (destination.length() == 0 || (route.device() != null && route.device().equals(bridge))) {
                    continue; // a default route goes everywhere; a route on our own bridge is the network's own
                }
                if (subnet.prefix().overlaps(destination)) {
                    problems.add(NetworkRule.ROUTE_OVERLAP, subnet.owner(), subnet.field(), -1, subnet.prefix(), at
                            + " overlaps the host's route to " + destination.network()
                            + (route.device() == null ? "" : " on " + route.device())
                            + ": the host reaches those addresses elsewhere, choose a subnet it does not use");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------- interfaces

    private static void checkUplink(Network network, NetworkContext context, Problems problems) {
        String uplink = network.getUplink();
        NetworkKind kind = network.isSetKind() ? network.getKind() : null;
        if (uplink == null || kind == NetworkKind.PRIVATE || problems.isInvalid(network, Fields.UPLINK, -1)) {
            return;
        }
        HostInterface host = context.findInterface(uplink);
        if (host == null) {
            List<String> names = context.interfaces().stream().filter(candidate -> !candidate.ours())
                    .map(HostInterface::name).toList();
            problems.add(NetworkRule.UPLINK_MISSING, network, Fields.UPLINK, -1, uplink, "uplink " + uplink
                    + " is not an interface of the host" + (names.isEmpty() ? ""
                            : " (it has " + names.stream().limit(INTERFACES_NAMED).collect(Collectors.joining(", "))
                                    + (names.size() > INTERFACES_NAMED ? ", ..." : "") + ")"));
            return;
        }
        if (kind != NetworkKind.BRIDGED) {
            return;
        }
        if (!network.isSetVlan() && host.isBridge()) {
            problems.add(NetworkRule.UPLINK_IS_BRIDGE, network, Fields.UPLINK, -1, uplink, "uplink " + uplink
                    + " is a bridge, and Linux cannot put a bridge into another one: attach the guests to " + uplink
                    + " itself (a vif's bridge) or give a VLAN");
        }
        for (Network other : context.networks()) {
            if (other.isSetKind() && other.getKind() == NetworkKind.BRIDGED && uplink.equals(other.getUplink())
                    && vlanOf(network) == vlanOf(other)) {
                problems.add(NetworkRule.UPLINK_TAKEN, network, Fields.UPLINK, -1, uplink, "uplink " + uplink
                        + (network.isSetVlan() ? " with vlan " + network.getVlan() : "") + " is already the uplink of "
                        + "bridged network " + other.getName() + ": an interface joins one bridge only");
            }
        }
    }

    /** {@return the network's VLAN tag, or 0 without one} */
    private static int vlanOf(Network network) {
        return network.isSetVlan() ? network.getVlan() : 0;
    }

    private static void checkBridge(Network network, NetworkContext context, Problems problems) {
        boolean invalid = network.getBridge() != null ? problems.isInvalid(network, Fields.BRIDGE, -1)
                : problems.isInvalid(network, Fields.NAME, -1);
        String bridge = BridgeNames.of(network);
        if (bridge == null || invalid) {
            return;
        }
        String which = network.getBridge() != null ? "bridge " + bridge
                : "bridge " + bridge + " (derived from the name)";
        for (Network other : context.networks()) {
            if (bridge.equals(BridgeNames.of(other))) {
                problems.add(NetworkRule.BRIDGE_TAKEN, network, Fields.BRIDGE, -1, bridge, which
                        + " is already the bridge of network " + other.getName() + ": set another bridge name");
                return;
            }
        }
        HostInterface host = context.findInterface(bridge);
        if (host != null && !host.ours()) {
            problems.add(NetworkRule.BRIDGE_TAKEN, network, Fields.BRIDGE, -1, bridge, which + " is already an "
                    + "interface of the host" + (host.kind() == null ? "" : " (a " + host.kind() + ")")
                    + " that Xenophilia did not make, and it is never touched: set another bridge name");
        }
    }

    // ------------------------------------------------------------------------------------------- forwards

    private static void checkForwards(Network network, NetworkContext context, Problems problems) {
        List<Forward> forwards = network.getForwards();
        for (int i = 0; i < forwards.size(); i++) {
            Forward forward = forwards.get(i);
            for (Network other : context.networks()) {
                if (!other.isSetKind() || other.getKind() != NetworkKind.NAT) {
                    continue;
                }
                Forward clash = other.getForwards().stream().filter(theirs -> PortRange.clash(forward, theirs))
                        .findFirst().orElse(null);
                if (clash != null) {
                    problems.add(NetworkRule.FORWARD_PORT_TAKEN, forward, Fields.FORWARD_HOST_PORT, -1,
                            forward.getHostPort(), "forwards[" + i + "].hostPort " + PortRange.of(forward) + " ("
                                    + forward.getProtocol().getLiteral() + ") is forwarded by network "
                                    + other.getName() + " already (" + PortRange.of(clash) + ")");
                    break;
                }
            }
        }
    }
}
