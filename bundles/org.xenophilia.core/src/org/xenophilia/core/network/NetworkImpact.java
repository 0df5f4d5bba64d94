package org.xenophilia.core.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which domains lose connectivity when a network is changed or deleted: those that run (or are paused) with a vif on
 * it. A halted domain's vif is not cut off from anything (it keeps naming the network, and its next start needs one
 * of that name). The Agent refuses to delete a network while such a domain runs ({@code NETWORK_CONTAINS_VIF}), so the
 * Workbench says so before asking; an edit applies the network again under the running domains.
 *
 * @param network the network
 * @param domains the running domains with a vif on it, each with its vifs, by name
 */
public record NetworkImpact(NodeNetworks.Network network, List<Domain> domains) {

    /**
     * A domain that loses connectivity.
     *
     * @param uuid its UUID
     * @param name its name
     * @param devices its vifs on the network, by index
     */
    public record Domain(String uuid, String name, List<String> devices) {

        /** Makes the list immutable. */
        public Domain {
            devices = List.copyOf(devices);
        }
    }

    /** Makes the list immutable. */
    public NetworkImpact {
        domains = List.copyOf(domains);
    }

    /**
     * @param network a network as its node's model has it now
     * @return who loses connectivity if it is changed or deleted
     */
    public static NetworkImpact of(NodeNetworks.Network network) {
        Map<String, List<String>> devices = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (NodeNetworks.Attachment a : network.running()) {
            devices.computeIfAbsent(a.vmUuid(), u -> new ArrayList<>()).add(a.device());
            names.put(a.vmUuid(), a.vmName());
        }
        List<Domain> out = new ArrayList<>();
        devices.forEach((uuid, d) -> out.add(new Domain(uuid, names.get(uuid), d)));
        return new NetworkImpact(network, out);
    }

    /** @return whether no running domain uses the network */
    public boolean none() {
        return domains.isEmpty();
    }

    /** @return the domains' names, by name */
    public List<String> names() {
        return domains.stream().map(Domain::name).toList();
    }
}
