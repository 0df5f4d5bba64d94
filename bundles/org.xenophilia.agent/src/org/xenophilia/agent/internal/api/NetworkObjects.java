package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.internal.network.HostNetworks;
import org.xenophilia.domain.Vif;
import org.xenophilia.network.BridgeNames;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.host.Lease;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.XenApiException;

/**
 * The {@code network} objects: the node's own networks (their definitions, read when a record is made) and the views
 * of the bridges the domains' vifs name that are not the bridge of one of them. A view's uuid is derived from its
 * bridge, a network's from its name, so both survive restarts.
 */
final class NetworkObjects {

    /** One vif on a network, with what its domain's definition says of it. */
    record AttachedVif(Ref ref, String vm, String vmName, int index, String mac, VmPowerState state) {
        boolean running() {
            return state == VmPowerState.RUNNING || state == VmPowerState.PAUSED;
        }
    }

    private final HostObjects host;
    private final DomainOutlines outlines;
    private final HostNetworks networks;
    private final NetworkLinks links;
    private final PifObjects pifs;

    NetworkObjects(HostObjects host, DomainOutlines outlines, HostNetworks networks, NetworkLinks links,
            PifObjects pifs) {
        this.host = host;
        this.outlines = outlines;
        this.networks = networks;
        this.links = links;
        this.pifs = pifs;
    }

    HostNetworks networks() {
        return networks;
    }

    /** @return the node's networks, then the views, read as iterated */
    Iterator<ResourceApi.Item> items() throws XenApiException {
        outlines.refreshAll();
        Iterator<ResourceApi.Item> own = LazyIterator.map(networks.store().names().iterator(), this::own);
        Iterator<ResourceApi.Item> views = LazyIterator.map(outlines.bridges(), b -> b.startsWith(
                NetworkLinks.BY_NAME) || links.networkOfBridge(b).isPresent() ? null : view(b));
        return LazyIterator.flatMap(List.of(own, views).iterator(), i -> i);
    }

    /** @return the object a reference names */
    Optional<ResourceApi.Item> find(Ref ref) throws XenApiException {
        Optional<String> uuid = host.networkRefs().uuid(ref);
        return uuid.isEmpty() ? Optional.empty() : byUuid(uuid.get());
    }

    Optional<ResourceApi.Item> byUuid(String uuid) throws XenApiException {
        for (String name : networks.store().names()) {
            if (NetworkLinks.ownUuid(host, name).equals(uuid)) {
                return Optional.of(own(name));
            }
        }
        for (Iterator<ResourceApi.Item> i = items(); i.hasNext();) {
            ResourceApi.Item item = i.next();
            if (item.uuid().equals(uuid)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** @return the name of the node's network a reference names, if it names one */
    Optional<String> ownName(Ref ref) {
        Optional<String> uuid = host.networkRefs().uuid(ref);
        return uuid.isEmpty() ? Optional.empty() : networks.store().names().stream().filter(
                n -> NetworkLinks.ownUuid(host, n).equals(uuid.get())).findFirst();
    }

    Ref ref(String name) {
        return refOf(NetworkLinks.ownUuid(host, name));
    }

    Ref vmRef(String vm) {
        return host.vmRefs().ref(vm);
    }

    Ref refOf(String uuid) {
        return host.networkRefs().ref(uuid);
    }

    /** @return the vifs on the node's network, by name or by its bridge, read as iterated */
    private Iterator<DomainOutlines.DeviceUse> uses(String name, String bridge) {
        return LazyIterator.flatMap(List.of(outlines.vifsOn(bridge), outlines.vifsOn(NetworkLinks.BY_NAME + name))
                .iterator(), i -> i);
    }

    /** @return every vif on the node's network with its domain, each domain's definition read */
    List<AttachedVif> attached(String name) throws XenApiException {
        outlines.refreshAll();
        String bridge = links.bridgeOf(name).orElse("");
        List<AttachedVif> out = new ArrayList<>();
        for (Iterator<DomainOutlines.DeviceUse> i = uses(name, bridge); i.hasNext();) {
            DomainOutlines.DeviceUse u = i.next();
            Optional<DomainState> d;
            try {
                d = host.backend().domain(u.vm());
            } catch (BackendException e) {
                throw BackendErrors.toXenApi(e, null);
            }
            if (d.isPresent() && u.index() < d.get().definition().getVifs().size()) {
                Vif v = d.get().definition().getVifs().get(u.index());
                out.add(new AttachedVif(DeviceApi.deviceRef(host, true, u.vm(), u.uuid()), u.vm(), d.get().name(),
                        u.index(), v.getMac() == null ? "" : v.getMac().toLowerCase(java.util.Locale.ROOT),
                        d.get().powerState()));
            }
        }
        return out;
    }

    private ResourceApi.Item own(String name) {
        return new ResourceApi.Item(NetworkLinks.ownUuid(host, name), name, () -> {
            Optional<Network> found = networks.load(name);
            if (found.isEmpty()) {
                throw org.xenophilia.xenapi.ErrorCode.HANDLE_INVALID.exception("network", ref(name).value());
            }
            Network n = found.get();
            String bridge = BridgeNames.of(n);
            Map<String, Object> r = base(NetworkLinks.ownUuid(host, name), name, n.getDescription() == null ? ""
                    : n.getDescription(), bridge, n.isSetMtu() ? n.getMtu() : 1500, true);
            r.put("VIFs", (StreamedSet) () -> LazyIterator.map(uses(name, bridge),
                    u -> DeviceApi.deviceRef(host, true, u.vm(), u.uuid())));
            r.put("PIFs", pifs.ofNetwork(n));
            r.put("other_config", NetworkOtherConfig.of(n));
            r.put("assigned_ips", assignedIps(name));
            return r;
        });
    }

    private Map<String, String> assignedIps(String name) throws XenApiException {
        List<Lease> leases = networks.leases(name);
        Map<String, String> out = new LinkedHashMap<>();
        if (leases.isEmpty()) {
            return out;
        }
        for (AttachedVif v : attached(name)) {
            for (Lease l : leases) {
                if (l.mac().equals(v.mac())) {
                    out.put(v.ref().value(), l.address().toString());
                }
            }
        }
        return out;
    }

    private ResourceApi.Item view(String bridge) {
        String uuid = NetworkLinks.viewUuid(host, bridge);
        return new ResourceApi.Item(uuid, bridge, () -> {
            Map<String, Object> r = base(uuid, bridge, "the bridge " + bridge, bridge, 1500, false);
            r.put("VIFs", (StreamedSet) () -> LazyIterator.map(outlines.vifsOn(bridge),
                    u -> DeviceApi.deviceRef(host, true, u.vm(), u.uuid())));
            r.put("PIFs", List.of());
            r.put("other_config", Map.of());
            r.put("assigned_ips", Map.of());
            return r;
        });
    }

    private static Map<String, Object> base(String uuid, String name, String description, String bridge, long mtu,
            boolean managed) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", uuid);
        r.put("name_label", name);
        r.put("name_description", description);
        r.put("allowed_operations", List.of());
        r.put("current_operations", Map.of());
        r.put("MTU", mtu);
        r.put("bridge", bridge);
        r.put("managed", managed);
        r.put("blobs", Map.of());
        r.put("tags", List.of());
        r.put("default_locking_mode", "unlocked");
        r.put("purpose", List.of());
        return r;
    }
}
