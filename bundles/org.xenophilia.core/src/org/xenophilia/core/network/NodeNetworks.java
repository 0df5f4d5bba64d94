package org.xenophilia.core.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.core.NetworkInfo;
import org.xenophilia.core.NodeModel;
import org.xenophilia.core.PifInfo;
import org.xenophilia.core.VifInfo;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.XenObject;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;

/**
 * The networks of one node as its model held them at one instant: each network with its kind, bridge, addresses,
 * DHCP range and forwards (from its record's {@code xenophilia-*} keys) and the domains whose vifs are on it; and the
 * host's physical interfaces. Made in one pass over the model's networks, PIFs, VIFs and VMs (read together, so a vif
 * is never seen without its network), for a view's refresh, a chooser, or the check before a network is deleted;
 * immutable.
 */
public final class NodeNetworks {

    /** The {@code other_config} keys of the Agent's own networks ({@code docs/agent-api.md}). */
    static final String KIND = "xenophilia-kind";
    static final String UPLINK = "xenophilia-uplink";
    static final String VLAN = "xenophilia-vlan";
    static final String SUBNET = "xenophilia-subnet";
    static final String GATEWAY = "xenophilia-gateway";
    static final String DHCP_RANGE = "xenophilia-dhcp-range";
    static final String DNS = "xenophilia-dns";
    static final String FORWARDS = "xenophilia-forwards";
    static final String IPV6_PREFIX = "xenophilia-ipv6-prefix";

    /**
     * A network.
     *
     * @param info its record
     * @param kind its kind; empty for a network the node does not define (a view of a bridge, xapi's networks)
     * @param attachments the domains' vifs on it, by domain name and device
     */
    public record Network(NetworkInfo info, Optional<NetworkKind> kind, List<Attachment> attachments) {

        /** Makes the list immutable. */
        public Network {
            attachments = List.copyOf(attachments);
        }

        /** @return its name */
        public String name() {
            return info.name();
        }

        /** @return whether it is one of the node's own networks (a definition the Agent makes real) */
        public boolean defined() {
            return kind.isPresent();
        }

        /** @return its uplink interface ({@code eth0}), empty when it has none */
        public String uplink() {
            return config(UPLINK);
        }

        /** @return its VLAN tag, empty when none */
        public String vlan() {
            return config(VLAN);
        }

        /** @return its IPv4 subnet ({@code 192.168.100.0/24}), empty when none */
        public String subnet() {
            return config(SUBNET);
        }

        /** @return dom0's address on it, empty when none */
        public String gateway() {
            return config(GATEWAY);
        }

        /** @return its DHCP range ({@code 192.168.100.100-192.168.100.199}), empty without DHCP */
        public String dhcpRange() {
            return config(DHCP_RANGE);
        }

        /** @return its IPv6 prefix, empty when none */
        public String ipv6Prefix() {
            return config(IPV6_PREFIX);
        }

        /** @return the DNS servers it gives out */
        public List<String> dns() {
            return list(DNS);
        }

        /** @return its port forwards, as {@code tcp/8080->192.168.100.10:80} */
        public List<String> forwards() {
            return list(FORWARDS);
        }

        /** @return whether dom0 serves DHCP on it, so it has leases */
        public boolean hasDhcp() {
            return !dhcpRange().isEmpty();
        }

        /** @return the attachments of domains that run (or are paused) now: those that lose connectivity with it */
        public List<Attachment> running() {
            return attachments.stream().filter(Attachment::running).toList();
        }

        private String config(String key) {
            return info.otherConfig().getOrDefault(key, "");
        }

        private List<String> list(String key) {
            String v = config(key).strip();
            return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).toList();
        }
    }

    /**
     * A domain's vif on a network.
     *
     * @param vmUuid the domain's UUID
     * @param vmName the domain's name
     * @param device the vif's index
     * @param mac its MAC address, empty when generated
     * @param running whether the domain runs or is paused: its vif is on the bridge now
     * @param address the IPv4 address its DHCP lease gave it, empty when none
     */
    public record Attachment(String vmUuid, String vmName, String device, String mac, boolean running,
            String address) {
    }

    private static final NodeNetworks EMPTY = new NodeNetworks(List.of(), List.of());

    private final List<Network> networks;
    private final List<PifInfo> pifs;
    private final Map<String, Network> byUuid = new HashMap<>();

    private NodeNetworks(List<Network> networks, List<PifInfo> pifs) {
        this.networks = List.copyOf(networks);
        this.pifs = List.copyOf(pifs);
        for (Network n : networks) {
            byUuid.put(n.info().uuid(), n);
        }
    }

    /** @return a node without networks */
    public static NodeNetworks empty() {
        return EMPTY;
    }

    /**
     * @param model a node's model
     * @return its networks now
     */
    public static NodeNetworks of(NodeModel model) {
        List<NetworkInfo> infos = new ArrayList<>();
        List<PifInfo> pifs = new ArrayList<>();
        Map<Ref, VmInfo> vms = new HashMap<>();
        Map<Ref, Map<Ref, VifInfo>> vifsOn = new HashMap<>();
        Map<Ref, VifInfo> vifs = new HashMap<>();
        for (XenObject o : model.objects(NetworkInfo.class, PifInfo.class, VifInfo.class, VmInfo.class)) {
            if (o instanceof NetworkInfo n) {
                infos.add(n);
            } else if (o instanceof PifInfo p) {
                pifs.add(p);
            } else if (o instanceof VifInfo v) {
                vifs.put(v.ref(), v);
                if (!v.network().equals(Ref.NULL)) {
                    vifsOn.computeIfAbsent(v.network(), r -> new LinkedHashMap<>()).put(v.ref(), v);
                }
            } else if (o instanceof VmInfo vm) {
                vms.put(vm.ref(), vm);
            }
        }
        infos.sort(Comparator.comparing(NetworkInfo::name).thenComparing(NetworkInfo::uuid));
        List<Network> out = new ArrayList<>(infos.size());
        for (NetworkInfo n : infos) {
            Map<Ref, VifInfo> on = new LinkedHashMap<>(vifsOn.getOrDefault(n.ref(), Map.of()));
            for (Ref r : n.vifs()) { // a node that names a network's VIFs but not each VIF's network
                VifInfo v = vifs.get(r);
                if (v != null) {
                    on.putIfAbsent(r, v);
                }
            }
            out.add(new Network(n, NetworkKind.of(n.otherConfig().getOrDefault(KIND, "")), attachments(n, on
                    .values(), vms)));
        }
        pifs.sort(Comparator.comparing(PifInfo::device));
        return new NodeNetworks(out, pifs);
    }

    private static List<Attachment> attachments(NetworkInfo n, Iterable<VifInfo> vifs, Map<Ref, VmInfo> vms) {
        List<Attachment> out = new ArrayList<>();
        for (VifInfo v : vifs) {
            VmInfo vm = vms.get(v.vm());
            if (vm != null && !vm.template() && !vm.controlDomain()) {
                boolean running = vm.powerState() == VmPowerState.RUNNING || vm.powerState() == VmPowerState.PAUSED;
                out.add(new Attachment(vm.uuid(), vm.name(), v.device(), v.mac(), running, n.assignedIps()
                        .getOrDefault(v.ref(), "")));
            }
        }
        out.sort(Comparator.comparing(Attachment::vmName).thenComparing(Attachment::device));
        return out;
    }

    /** @return every network, by name */
    public List<Network> networks() {
        return networks;
    }

    /** @return the node's own networks (those it defines and makes real), by name */
    public List<Network> defined() {
        return networks.stream().filter(Network::defined).toList();
    }

    /**
     * @param uuid a network's UUID
     * @return that network
     */
    public Optional<Network> network(String uuid) {
        return Optional.ofNullable(byUuid.get(uuid));
    }

    /**
     * @param name a network's name
     * @return the network a vif naming it is on
     */
    public Optional<Network> named(String name) {
        return networks.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** @return the host's physical interfaces, by device: a bridged network's possible uplinks */
    public List<PifInfo> pifs() {
        return pifs;
    }
}
