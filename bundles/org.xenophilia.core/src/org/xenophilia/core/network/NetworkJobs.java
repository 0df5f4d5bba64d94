package org.xenophilia.core.network;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.XenApiErrorMessages;
import org.xenophilia.network.IpAddress;
import org.xenophilia.network.NetworkContext;
import org.xenophilia.network.NetworkDefinitionException;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.definition.Network;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The network operations of the Workbench, each a {@link NetworkJob} with the Agent's calls (docs/agent-api.md,
 * <i>network, PIF</i>): a network made from a definition ({@code Xenophilia.network.create_from_xml}), changed
 * ({@code set_xml}), deleted ({@code network.destroy}), checked and repaired, its definition and leases read, and what
 * the cross rules compare a definition with ({@code get_context}). Networks are found again by UUID, so a reference
 * from before an Agent restart does no harm. The jobs are made, not scheduled.
 */
public final class NetworkJobs {

    /** A network a running domain uses: {@code NETWORK_CONTAINS_VIF [vif, ..., domains]}. */
    public static final String NETWORK_CONTAINS_VIF = "NETWORK_CONTAINS_VIF";

    private NetworkJobs() {
    }

    /**
     * What the cross rules check a definition against, as the node has it: its networks (but the one edited), the
     * host's interfaces and routes ({@code Xenophilia.network.get_context}). A network whose definition does not load
     * here, and a route that is not a literal prefix, are left out: the node checks again at Finish.
     *
     * @param node the node
     * @param edited the name of the network being edited, left out of the others; empty for a new one
     * @return the job
     */
    public static NetworkJob<NetworkContext> readContext(NodeConnection node, String edited) {
        return new NetworkJob<>(NetworkOperation.READ_CONTEXT, node, "node " + node.node().name(), (c, progress) -> {
            Map<String, Object> context = WireValues.asMap(c.callWithSession("Xenophilia.network.get_context"));
            return context(context, edited);
        });
    }

    static NetworkContext context(Map<String, Object> context, String edited) {
        List<Network> networks = new ArrayList<>();
        for (Map.Entry<String, Object> e : WireValues.asMap(context.getOrDefault("networks", Map.of())).entrySet()) {
            if (!e.getKey().equals(edited)) {
                try {
                    networks.add(NetworkDefinitions.load(String.valueOf(e.getValue())));
                } catch (NetworkDefinitionException ex) {
                    // the node keeps what it loaded; a document this Workbench cannot read is not compared with
                }
            }
        }
        List<NetworkContext.HostInterface> interfaces = new ArrayList<>();
        for (Object o : WireValues.asList(context.getOrDefault("interfaces", List.of()))) {
            Map<String, Object> i = WireValues.asMap(o);
            String kind = String.valueOf(i.getOrDefault("kind", ""));
            interfaces.add(new NetworkContext.HostInterface(String.valueOf(i.get("name")), kind.isEmpty() ? null
                    : kind, !String.valueOf(i.getOrDefault("network", "")).isEmpty()));
        }
        List<NetworkContext.HostRoute> routes = new ArrayList<>();
        for (Object o : WireValues.asList(context.getOrDefault("routes", List.of()))) {
            Map<String, Object> r = WireValues.asMap(o);
            String prefix = String.valueOf(r.getOrDefault("prefix", ""));
            String device = String.valueOf(r.getOrDefault("device", ""));
            try {
                if (!prefix.equals("default")) {
                    routes.add(NetworkContext.HostRoute.parse(prefix, device.isEmpty() ? null : device));
                }
            } catch (IllegalArgumentException e) {
                // not a literal prefix: nothing a subnet can overlap
            }
        }
        return new NetworkContext(networks, routes, interfaces);
    }

    /**
     * @param node the node
     * @param uuid the network
     * @param name its name
     * @return the job that reads its definition, canonical XML ({@code Xenophilia.network.get_xml})
     */
    public static NetworkJob<String> readDefinition(NodeConnection node, String uuid, String name) {
        return new NetworkJob<>(NetworkOperation.READ_DEFINITION, node, name, (c, progress) -> WireValues.asString(c
                .callWithSession("Xenophilia.network.get_xml", network(c, uuid))));
    }

    /**
     * @param node the node
     * @param uuid the network
     * @param name its name
     * @return the job that reads its current DHCP leases, by address ({@code Xenophilia.network.get_leases})
     */
    public static NetworkJob<List<Lease>> readLeases(NodeConnection node, String uuid, String name) {
        return new NetworkJob<>(NetworkOperation.READ_LEASES, node, name, (c, progress) -> {
            List<Lease> leases = new ArrayList<>();
            for (Object o : WireValues.asList(c.callWithSession("Xenophilia.network.get_leases", network(c, uuid)))) {
                leases.add(Lease.fromRecord(WireValues.asMap(o)));
            }
            leases.sort((a, b) -> compareAddresses(a.address(), b.address()));
            return leases;
        });
    }

    private static int compareAddresses(String a, String b) {
        try {
            return IpAddress.parse(a).value().compareTo(IpAddress.parse(b).value());
        } catch (IllegalArgumentException e) {
            return a.compareTo(b);
        }
    }

    /**
     * Makes a network from its definition and applies it on the host.
     *
     * @param node the node
     * @param name its name, as in the definition
     * @param xml the definition
     * @return the job; its answer is the new network's UUID
     */
    public static NetworkJob<String> create(NodeConnection node, String name, String xml) {
        return new NetworkJob<>(NetworkOperation.CREATE, node, name, (c, progress) -> {
            progress.worked(1);
            Ref network = WireValues.asRef(c.callWithSession("Xenophilia.network.create_from_xml", xml));
            return WireValues.asString(c.callWithSession("network.get_uuid", network));
        });
    }

    /**
     * Replaces a network's definition and applies it again on the host; a definition the host refuses leaves the old
     * one in place.
     *
     * @param node the node
     * @param uuid the network
     * @param name its name, as in the definition (a network is not renamed)
     * @param xml the new definition
     * @return the job
     */
    public static NetworkJob<Void> edit(NodeConnection node, String uuid, String name, String xml) {
        return new NetworkJob<>(NetworkOperation.EDIT, node, name, (c, progress) -> {
            c.callWithSession("Xenophilia.network.set_xml", network(c, uuid), xml);
            return null;
        });
    }

    /**
     * Deletes a network: its bridge, rules and DHCP server on the host, then its definition. The node refuses while a
     * running domain's vif is on it ({@code NETWORK_CONTAINS_VIF}); the job then names those domains as the node does.
     *
     * @param node the node
     * @param uuid the network
     * @param name its name
     * @return the job
     */
    public static NetworkJob<Void> delete(NodeConnection node, String uuid, String name) {
        return new NetworkJob<Void>(NetworkOperation.DELETE, node, name, (c, progress) -> {
            c.callWithSession("network.destroy", network(c, uuid));
            return null;
        }).explainedBy(NETWORK_CONTAINS_VIF,
                (c, e) -> XenApiErrorMessages.networkInUse(name, e.params().get(e.params().size() - 1)));
    }

    /**
     * @param node the node
     * @param uuid the network
     * @param name its name
     * @return the job that says how the host differs from the definition, in words; empty when it is as defined
     */
    public static NetworkJob<List<String>> check(NodeConnection node, String uuid, String name) {
        return new NetworkJob<>(NetworkOperation.CHECK, node, name, (c, progress) -> {
            List<String> words = new ArrayList<>();
            for (Object o : WireValues.asList(c.callWithSession("Xenophilia.network.check", network(c, uuid)))) {
                Map<String, Object> d = WireValues.asMap(o);
                words.add(String.valueOf(d.getOrDefault("words", d.getOrDefault("part", ""))));
            }
            return words;
        });
    }

    /**
     * @param node the node
     * @param uuid the network
     * @param name its name
     * @return the job that applies the definition again; its answer is what was changed, in words
     */
    public static NetworkJob<List<String>> repair(NodeConnection node, String uuid, String name) {
        return new NetworkJob<>(NetworkOperation.REPAIR, node, name, (c, progress) -> {
            List<String> words = new ArrayList<>();
            for (Object o : WireValues.asList(c.callWithSession("Xenophilia.network.repair", network(c, uuid)))) {
                words.add(String.valueOf(o));
            }
            return words;
        });
    }

    private static Ref network(XenApiClient c, String uuid) throws XenApiException, IOException {
        return WireValues.asRef(c.callWithSession("network.get_by_uuid", uuid));
    }
}
