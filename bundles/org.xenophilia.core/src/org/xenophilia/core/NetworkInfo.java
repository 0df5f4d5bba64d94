package org.xenophilia.core;

import java.util.List;
import java.util.Map;

import org.xenophilia.xenapi.Ref;

/**
 * A network of a node, as last reported: one of the Agent's own networks (a definition it makes real on the host:
 * {@link #managed()}, with its kind, addresses and forwards in {@code other_config}'s {@code xenophilia-*} keys), or a
 * view of a bridge that domains' vifs name (not managed, no such keys), or one of xapi's networks. The domains on it
 * are the {@link VifInfo}s whose {@link VifInfo#network()} is this network; see
 * {@link org.xenophilia.core.network.NodeNetworks} for one node's networks read together.
 *
 * @param ref its reference
 * @param uuid its UUID
 * @param name its {@code name_label} (what a vif's {@code network} attribute names)
 * @param description its {@code name_description}
 * @param bridge its bridge in dom0
 * @param mtu its MTU
 * @param managed whether the node makes and removes its bridge (the Agent's own networks)
 * @param vifs its VIFs
 * @param pifs its PIFs (a bridged network's uplink)
 * @param otherConfig its {@code other_config}
 * @param assignedIps the IPv4 address of each of its VIFs that holds a DHCP lease ({@code assigned_ips})
 */
public record NetworkInfo(Ref ref, String uuid, String name, String description, String bridge, long mtu,
        boolean managed, List<Ref> vifs, List<Ref> pifs, Map<String, String> otherConfig,
        Map<Ref, String> assignedIps) implements XenObject {

    /** Makes the collections immutable. */
    public NetworkInfo {
        vifs = List.copyOf(vifs);
        pifs = List.copyOf(pifs);
        otherConfig = Map.copyOf(otherConfig);
        assignedIps = Map.copyOf(assignedIps);
    }
}
