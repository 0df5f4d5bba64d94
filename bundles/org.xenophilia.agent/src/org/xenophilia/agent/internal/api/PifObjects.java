package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.xenophilia.agent.internal.network.HostNetworks;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkKind;
import org.xenophilia.network.host.HostFacts;
import org.xenophilia.network.host.HostInterface;
import org.xenophilia.network.host.Ipv4Interface;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The {@code PIF} objects: the host's interfaces a guest's traffic can leave by, as the host networking's
 * {@code facts()} read them (physical devices, VLAN interfaces, bonds; not the loopback, bridges, veths or Xen's
 * back-ends). The Agent never configures them: the records are read-only, their uuids derived from the device's name.
 */
final class PifObjects {

    /** Xen's back-end devices of guests' vifs and emulated NICs. */
    private static final Pattern BACKEND = Pattern.compile("(vif|tap)\\d+\\.\\d+(-emu)?");

    /** The PIF references; made with the network objects, which link to them. */
    private final ObjectRefs refs = new ObjectRefs();
    private final HostObjects host;
    private final HostNetworks networks;
    private NetworkLinks links;

    PifObjects(HostObjects host, HostNetworks networks) {
        this.host = host;
        this.networks = networks;
    }

    void links(NetworkLinks l) {
        this.links = l;
    }

    ObjectRefs refs() {
        return refs;
    }

    Ref ref(String device) {
        return refs.ref(host.identity().derivedUuid("pif/" + device));
    }

    /** @return whether an interface of the host is a PIF */
    static boolean isPif(HostInterface i) {
        return !i.name().equals("lo") && !BACKEND.matcher(i.name()).matches()
                && (i.kind().isEmpty() || i.kind().equals("vlan") || i.kind().equals("bond"));
    }

    /** @return the PIFs, with the facts they were read from */
    List<ResourceApi.Item> items() throws XenApiException {
        HostFacts facts = networks.facts();
        List<ResourceApi.Item> out = new ArrayList<>();
        for (HostInterface i : facts.interfaces()) {
            if (isPif(i)) {
                out.add(item(i, facts));
            }
        }
        return out;
    }

    Optional<ResourceApi.Item> find(Ref ref) throws XenApiException {
        Optional<String> uuid = refs.uuid(ref);
        if (uuid.isEmpty()) {
            return Optional.empty();
        }
        return items().stream().filter(i -> i.uuid().equals(uuid.get())).findFirst();
    }

    /** @return the PIF of a bridged network's uplink (or its VLAN interface), when the host has it */
    List<Ref> ofNetwork(Network n) throws XenApiException {
        if (n.getKind() != NetworkKind.BRIDGED || n.getUplink() == null) {
            return List.of();
        }
        String device = n.isSetVlan() ? n.getUplink() + "." + n.getVlan() : n.getUplink();
        return networks.facts().find(device).isPresent() ? List.of(ref(device)) : List.of();
    }

    private ResourceApi.Item item(HostInterface i, HostFacts facts) {
        String uuid = host.identity().derivedUuid("pif/" + i.name());
        return new ResourceApi.Item(uuid, i.name(), () -> record(uuid, i, facts));
    }

    private Map<String, Object> record(String uuid, HostInterface i, HostFacts facts) {
        List<String> v4 = i.addresses().stream().filter(a -> !a.contains(":")).toList();
        List<String> v6 = i.addresses().stream().filter(a -> a.contains(":")).toList();
        boolean management = facts.routes().stream().anyMatch(r -> r.prefix().equals("default")
                && r.device().equals(i.name()));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", uuid);
        r.put("device", i.name());
        r.put("network", network(i));
        r.put("host", host.hostRef());
        r.put("MAC", "");
        r.put("MTU", (long) i.mtu());
        r.put("VLAN", vlan(i));
        r.put("metrics", Ref.NULL);
        r.put("physical", i.kind().isEmpty());
        r.put("currently_attached", !i.state().equals("DOWN"));
        r.put("ip_configuration_mode", v4.isEmpty() ? "None" : "Static");
        r.put("IP", v4.isEmpty() ? "" : v4.get(0).substring(0, v4.get(0).indexOf('/')));
        r.put("netmask", v4.isEmpty() ? "" : Ipv4Interface.parse(v4.get(0)).netmask().toString());
        r.put("gateway", "");
        r.put("DNS", "");
        r.put("bond_slave_of", Ref.NULL);
        r.put("bond_master_of", List.of());
        r.put("VLAN_master_of", Ref.NULL);
        r.put("VLAN_slave_of", List.of());
        r.put("management", management);
        r.put("other_config", Map.of());
        r.put("disallow_unplug", false);
        r.put("tunnel_access_PIF_of", List.of());
        r.put("tunnel_transport_PIF_of", List.of());
        r.put("ipv6_configuration_mode", v6.isEmpty() ? "None" : "Static");
        r.put("IPv6", v6);
        r.put("ipv6_gateway", "");
        r.put("primary_address_type", "IPv4");
        r.put("managed", false);
        r.put("properties", Map.of());
        r.put("capabilities", List.of());
        r.put("igmp_snooping_status", "unknown");
        r.put("sriov_physical_PIF_of", List.of());
        r.put("sriov_logical_PIF_of", List.of());
        r.put("PCI", Ref.NULL);
        return r;
    }

    private Object network(HostInterface i) {
        if (i.master() == null || links == null) {
            return Ref.NULL;
        }
        Optional<String> own = links.networkOfBridge(i.master());
        return own.isPresent() ? host.networkRefs().ref(NetworkLinks.ownUuid(host, own.get()))
                : host.networkRefs().ref(NetworkLinks.viewUuid(host, i.master()));
    }

    private static long vlan(HostInterface i) {
        int dot = i.name().lastIndexOf('.');
        if (!i.kind().equals("vlan") || dot < 0) {
            return -1L;
        }
        try {
            return Long.parseLong(i.name().substring(dot + 1));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
