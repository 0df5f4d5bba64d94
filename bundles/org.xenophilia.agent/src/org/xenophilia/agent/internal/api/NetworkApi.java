package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.network.HostNetworks;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkFactory;
import org.xenophilia.network.definition.NetworkKind;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The {@code network} and {@code PIF} classes: the reads of every network object ({@link NetworkObjects}) and PIF
 * ({@link PifObjects}), and xapi's changes of a network: {@code network.create} (a private network), {@code destroy},
 * {@code set_name_description}, {@code set_MTU}. What XenAPI has no words for is {@link NetworkXmlApi}'s.
 */
public final class NetworkApi {

    private static final List<String> NETWORK_FIELDS = List.of("name_description", "VIFs", "PIFs", "MTU",
            "other_config", "bridge", "managed", "allowed_operations", "current_operations", "tags", "blobs",
            "default_locking_mode", "assigned_ips", "purpose");
    private static final List<String> PIF_FIELDS = List.of("device", "network", "host", "MAC", "MTU", "VLAN",
            "physical", "currently_attached", "ip_configuration_mode", "IP", "netmask", "gateway", "DNS",
            "management", "IPv6", "other_config");

    private final NetworkObjects objects;
    private final NetworkChanges changes;

    private NetworkApi(NetworkObjects objects, NetworkChanges changes) {
        this.objects = objects;
        this.changes = changes;
    }

    /**
     * @param registry where to register
     * @param host the host objects
     * @param events where the classes are registered and their changes published
     * @param outlines the domains' outlines (the vifs on each bridge and network)
     * @param networks the node's networks
     * @param links the links between vifs and networks
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events, DomainOutlines outlines,
            HostNetworks networks, NetworkLinks links) {
        PifObjects pifs = new PifObjects(host, networks);
        pifs.links(links);
        NetworkObjects objects = new NetworkObjects(host, outlines, networks, links, pifs);
        NetworkChanges changes = new NetworkChanges(objects, events, pifs);
        NetworkApi api = new NetworkApi(objects, changes);
        api.registerNetworks(registry, events);
        api.registerPifs(registry, events, pifs);
        api.registerChanges(registry);
        NetworkXmlApi.register(registry, objects, changes);
    }

    private void registerNetworks(ApiRegistry registry, EventHub events) {
        events.register("network", source(objects::items, objects::find));
        registerReads(registry, "network", objects::items, objects::find, NETWORK_FIELDS);
        registry.register("network.get_by_uuid", Role.READ_ONLY, c -> {
            String uuid = c.string(1);
            Optional<ResourceApi.Item> item = objects.byUuid(uuid);
            if (item.isEmpty()) {
                throw ErrorCode.UUID_INVALID.exception("network", uuid);
            }
            return refOf(item.get());
        }, "uuid");
        registry.register("network.get_by_name_label", Role.READ_ONLY, c -> {
            String label = c.string(1);
            List<Ref> out = new ArrayList<>();
            for (Iterator<ResourceApi.Item> i = objects.items(); i.hasNext();) {
                ResourceApi.Item item = i.next();
                if (item.name().equals(label)) {
                    out.add(refOf(item));
                }
            }
            return out;
        }, "label");
    }

    private Ref refOf(ResourceApi.Item item) {
        return objects.refOf(item.uuid());
    }

    private void registerPifs(ApiRegistry registry, EventHub events, PifObjects pifs) {
        Lister all = () -> pifs.items().iterator();
        Finder find = pifs::find;
        events.register("PIF", new EventHub.ClassSource() {
            @Override
            public Iterator<EventHub.Listed> all() throws XenApiException {
                return LazyIterator.map(pifs.items().iterator(), i -> new EventHub.Listed(pifs.refs().ref(i.uuid()),
                        i.record().make(), null));
            }

            @Override
            public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                Optional<ResourceApi.Item> i = pifs.find(ref);
                return i.isEmpty() ? Optional.empty() : Optional.of(i.get().record().make());
            }

            @Override
            public long count() throws XenApiException {
                return pifs.items().size();
            }
        });
        registry.register("PIF.get_all", Role.READ_ONLY, c -> (StreamedSet) () -> LazyIterator.deferred(
                () -> LazyIterator.map(all.items(), i -> pifs.refs().ref(i.uuid()))));
        registry.register("PIF.get_all_records", Role.READ_ONLY, c -> (StreamedMap) () -> LazyIterator.deferred(
                () -> LazyIterator.map(all.items(), i -> Map.entry(pifs.refs().ref(i.uuid()).value(),
                        (Object) i.record().make()))));
        registry.register("PIF.get_record", Role.READ_ONLY, c -> resolve(c, "PIF", find).record().make(), "self");
        registry.register("PIF.get_uuid", Role.READ_ONLY, c -> resolve(c, "PIF", find).uuid(), "self");
        for (String field : PIF_FIELDS) {
            registry.register("PIF.get_" + field, Role.READ_ONLY,
                    c -> resolve(c, "PIF", find).record().make().get(field), "self");
        }
        registry.register("PIF.get_by_uuid", Role.READ_ONLY, c -> {
            String uuid = c.string(1);
            for (ResourceApi.Item i : pifs.items()) {
                if (i.uuid().equals(uuid)) {
                    return pifs.refs().ref(uuid);
                }
            }
            throw ErrorCode.UUID_INVALID.exception("PIF", uuid);
        }, "uuid");
    }

    private void registerChanges(ApiRegistry registry) {
        registry.register("network.create", Role.ADMIN, c -> changes.create(privateNetwork(c.map(1))), "args");
        registry.register("network.destroy", Role.ADMIN, c -> {
            changes.destroy(changes.own(c.string(1)));
            return "";
        }, "self");
        registry.register("network.set_name_description", Role.ADMIN, c -> {
            String name = changes.own(c.string(1));
            String value = c.string(2);
            changes.edit(name, n -> n.setDescription(value.isEmpty() ? null : value));
            return "";
        }, "self", "value");
        registry.register("network.set_MTU", Role.ADMIN, c -> {
            String name = changes.own(c.string(1));
            long mtu = c.integer(2);
            if (mtu < 68 || mtu > 65535) {
                throw ErrorCode.INVALID_VALUE.exception("MTU", Long.toString(mtu));
            }
            changes.edit(name, n -> n.setMtu((int) mtu));
            return "";
        }, "self", "value");
    }

    /** xapi's record argument of {@code network.create}, as a private network without addresses. */
    private static Network privateNetwork(Map<String, Object> args) throws XenApiException {
        Network n = NetworkFactory.eINSTANCE.createNetwork();
        n.setName(text(args, "name_label"));
        n.setKind(NetworkKind.PRIVATE);
        String description = text(args, "name_description");
        if (!description.isEmpty()) {
            n.setDescription(description);
        }
        String bridge = text(args, "bridge");
        if (!bridge.isEmpty()) {
            if (bridge.length() > 15 || !bridge.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                throw ErrorCode.INVALID_VALUE.exception("bridge", bridge);
            }
            n.setBridge(bridge);
        }
        Object mtu = args.get("MTU");
        if (mtu != null) {
            long value;
            try {
                value = Long.parseLong(String.valueOf(mtu));
            } catch (NumberFormatException e) {
                throw ErrorCode.FIELD_TYPE_ERROR.exception("MTU");
            }
            if (value > 0) {
                if (value < 68 || value > 65535) {
                    throw ErrorCode.INVALID_VALUE.exception("MTU", Long.toString(value));
                }
                n.setMtu((int) value);
            }
        }
        return n;
    }

    private static String text(Map<String, Object> args, String key) throws XenApiException {
        Object v = args.get(key);
        if (v == null) {
            return "";
        }
        if (!(v instanceof String s)) {
            throw ErrorCode.FIELD_TYPE_ERROR.exception(key);
        }
        return s;
    }

    // --- the reads, shared by both classes ---

    /** Lists the objects of a class. */
    @FunctionalInterface
    interface Lister {
        Iterator<ResourceApi.Item> items() throws XenApiException;
    }

    /** Finds the object a reference names. */
    @FunctionalInterface
    interface Finder {
        Optional<ResourceApi.Item> find(Ref ref) throws XenApiException;
    }

    private EventHub.ClassSource source(Lister all, Finder find) {
        return new EventHub.ClassSource() {
            @Override
            public Iterator<EventHub.Listed> all() throws XenApiException {
                return LazyIterator.map(all.items(), i -> new EventHub.Listed(refOf(i), i.record().make(), null));
            }

            @Override
            public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                Optional<ResourceApi.Item> i = find.find(ref);
                return i.isEmpty() ? Optional.empty() : Optional.of(i.get().record().make());
            }

            @Override
            public long count() throws XenApiException {
                long n = 0;
                for (Iterator<ResourceApi.Item> i = all.items(); i.hasNext(); i.next()) {
                    n++;
                }
                return n;
            }
        };
    }

    private void registerReads(ApiRegistry registry, String cls, Lister all, Finder find, List<String> fields) {
        registry.register(cls + ".get_all", Role.READ_ONLY, c -> (StreamedSet) () -> LazyIterator.deferred(
                () -> LazyIterator.map(all.items(), this::refOf)));
        registry.register(cls + ".get_all_records", Role.READ_ONLY, c -> (StreamedMap) () -> LazyIterator
                .deferred(() -> LazyIterator.map(all.items(), i -> Map.entry(refOf(i).value(),
                        (Object) i.record().make()))));
        registry.register(cls + ".get_record", Role.READ_ONLY, c -> resolve(c, cls, find).record().make(), "self");
        registry.register(cls + ".get_uuid", Role.READ_ONLY, c -> resolve(c, cls, find).uuid(), "self");
        registry.register(cls + ".get_name_label", Role.READ_ONLY, c -> resolve(c, cls, find).name(), "self");
        for (String field : fields) {
            registry.register(cls + ".get_" + field, Role.READ_ONLY,
                    c -> resolve(c, cls, find).record().make().get(field), "self");
        }
    }

    private static ResourceApi.Item resolve(Call c, String cls, Finder find) throws XenApiException {
        String ref = c.string(1);
        Optional<ResourceApi.Item> i = ref.isEmpty() ? Optional.empty() : find.find(Ref.of(ref));
        return i.orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception(cls, ref));
    }
}
