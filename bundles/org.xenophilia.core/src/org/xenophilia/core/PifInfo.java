package org.xenophilia.core;

import org.xenophilia.xenapi.Ref;

/**
 * A physical interface of a node's host that guests' traffic can leave by (a NIC, a VLAN interface, a bond), as last
 * reported: what a bridged network can take as its uplink.
 *
 * @param ref its reference
 * @param uuid its UUID
 * @param device its interface name ({@code eth0}, {@code eth1.42})
 * @param network the network whose bridge it is enslaved to, {@link Ref#NULL} when none
 * @param mtu its MTU
 * @param vlan its VLAN tag, -1 when it is not a VLAN interface
 * @param physical whether it is a physical device
 * @param attached whether it is up ({@code currently_attached})
 * @param ip its first IPv4 address, empty when none
 * @param netmask that address's netmask
 * @param management whether the host's default route leaves by it
 */
public record PifInfo(Ref ref, String uuid, String device, Ref network, long mtu, long vlan, boolean physical,
        boolean attached, String ip, String netmask, boolean management) implements XenObject {
}
