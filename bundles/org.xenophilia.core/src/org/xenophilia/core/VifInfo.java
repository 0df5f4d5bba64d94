package org.xenophilia.core;

import java.util.Map;

import org.xenophilia.xenapi.Ref;

/**
 * A virtual network interface.
 *
 * @param ref its reference
 * @param uuid its UUID
 * @param vm the VM it belongs to
 * @param device its index ({@code device})
 * @param network the network it is on ({@code network}), {@link Ref#NULL} when it names one the node does not have
 * @param mac its MAC address, empty when generated
 * @param mtu its MTU
 * @param attached whether it is plugged ({@code currently_attached})
 * @param otherConfig backing details ({@code bridge}, {@code ip} ... on the Agent)
 */
public record VifInfo(Ref ref, String uuid, Ref vm, String device, Ref network, String mac, long mtu,
        boolean attached, Map<String, String> otherConfig) implements XenObject {

    /** Makes the map immutable. */
    public VifInfo {
        otherConfig = Map.copyOf(otherConfig);
    }
}
