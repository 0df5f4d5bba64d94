package org.xenophilia.network.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.xenophilia.network.definition.NetworkPackage;

/** The features the rules talk about, by their model names. */
final class Fields {

    private static final NetworkPackage P = NetworkPackage.eINSTANCE;

    static final EAttribute NAME = P.getNetwork_Name();
    static final EAttribute BRIDGE = P.getNetwork_Bridge();
    static final EAttribute MTU = P.getNetwork_Mtu();
    static final EAttribute UPLINK = P.getNetwork_Uplink();
    static final EAttribute VLAN = P.getNetwork_Vlan();
    static final EReference IPV4 = P.getNetwork_Ipv4();

    static final EAttribute IPV4_SUBNET = P.getIpv4_Subnet();
    static final EAttribute IPV4_GATEWAY = P.getIpv4_Gateway();
    static final EAttribute IPV4_DNS = P.getIpv4_DnsServers();
    static final EAttribute DHCP4_START = P.getDhcp4_Start();
    static final EAttribute DHCP4_END = P.getDhcp4_End();
    static final EAttribute LEASE_MAC = P.getLease_Mac();
    static final EAttribute LEASE_ADDRESS = P.getLease_Address();

    static final EAttribute IPV6_PREFIX = P.getIpv6_Prefix();
    static final EAttribute IPV6_GATEWAY = P.getIpv6_Gateway();
    static final EReference IPV6_DHCP = P.getIpv6_Dhcp();
    static final EAttribute DHCP6_START = P.getDhcp6_Start();
    static final EAttribute DHCP6_END = P.getDhcp6_End();

    static final EAttribute FORWARD_HOST_PORT = P.getForward_HostPort();
    static final EAttribute FORWARD_HOST_PORT_END = P.getForward_HostPortEnd();
    static final EAttribute FORWARD_GUEST_ADDRESS = P.getForward_GuestAddress();
    static final EAttribute FORWARD_GUEST_PORT = P.getForward_GuestPort();

    private Fields() {
    }
}
