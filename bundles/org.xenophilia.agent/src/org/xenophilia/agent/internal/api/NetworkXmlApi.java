package org.xenophilia.agent.internal.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.host.Applied;
import org.xenophilia.network.host.Difference;
import org.xenophilia.network.host.HostFacts;
import org.xenophilia.network.host.HostInterface;
import org.xenophilia.network.host.HostRoute;
import org.xenophilia.network.host.Lease;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code Xenophilia.network.*}: what XenAPI has no words for (a network's kind, addresses, DHCP, forwards, leases),
 * through the network definition format of {@code org.xenophilia.network}.
 */
final class NetworkXmlApi {

    private NetworkXmlApi() {
    }

    static void register(ApiRegistry registry, NetworkObjects objects, NetworkChanges changes) {
        String ns = "Xenophilia.network.";
        registry.register(ns + "create_from_xml", Role.ADMIN, c -> changes.createFromXml(c.string(1)), "xml");
        registry.register(ns + "get_xml", Role.READ_ONLY, c -> NetworkDefinitions.toXml(changes.current(
                changes.own(c.string(1)))), "self");
        registry.register(ns + "set_xml", Role.ADMIN, c -> {
            changes.replace(changes.own(c.string(1)), c.string(2));
            return "";
        }, "self", "xml");
        registry.register(ns + "validate_xml", Role.READ_ONLY, c -> problems(objects.networks().validate(
                c.string(1))), "xml");
        registry.register(ns + "get_context", Role.READ_ONLY, c -> context(objects));
        registry.register(ns + "get_leases", Role.READ_ONLY, c -> leases(objects, changes.own(c.string(1))), "self");
        registry.register(ns + "check", Role.READ_ONLY, c -> {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Difference d : objects.networks().inspect(changes.current(changes.own(c.string(1))))) {
                out.add(Map.of("part", d.part().name(), "words", d.words()));
            }
            return out;
        }, "self");
        registry.register(ns + "repair", Role.ADMIN, c -> {
            String name = changes.own(c.string(1));
            Applied done = objects.networks().repair(changes.current(name));
            if (!done.unchanged()) {
                changes.repaired(name);
            }
            return done.changes();
        }, "self");
    }

    private static List<Map<String, Object>> problems(List<NetworkProblem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NetworkProblem p : problems) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("severity", p.isError() ? "error" : "warning");
            r.put("rule", p.rule().id());
            r.put("path", p.path() == null ? "" : p.path());
            r.put("value", p.value() == null ? "" : p.value());
            r.put("message", p.message());
            r.put("line", (long) Math.max(0, p.line()));
            r.put("column", (long) Math.max(0, p.column()));
            out.add(r);
        }
        return out;
    }

    private static Map<String, Object> context(NetworkObjects objects) throws XenApiException {
        Map<String, Object> networks = new LinkedHashMap<>();
        for (String name : objects.networks().store().names()) {
            objects.networks().load(name).ifPresent(n -> networks.put(name, NetworkDefinitions.toXml(n)));
        }
        HostFacts facts = objects.networks().facts();
        List<Map<String, Object>> interfaces = new ArrayList<>();
        for (HostInterface i : facts.interfaces()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", i.name());
            r.put("kind", i.kind());
            r.put("network", i.network() == null ? "" : i.network());
            r.put("master", i.master() == null ? "" : i.master());
            r.put("MTU", (long) i.mtu());
            r.put("state", i.state());
            r.put("addresses", i.addresses());
            interfaces.add(r);
        }
        List<Map<String, Object>> routes = new ArrayList<>();
        for (HostRoute r : facts.routes()) {
            routes.add(Map.of("prefix", r.prefix(), "device", r.device()));
        }
        return Map.of("networks", networks, "interfaces", interfaces, "routes", routes);
    }

    private static List<Map<String, Object>> leases(NetworkObjects objects, String name) throws XenApiException {
        List<Lease> leases = objects.networks().leases(name);
        List<NetworkObjects.AttachedVif> vifs = leases.isEmpty() ? List.of() : objects.attached(name);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Lease l : leases) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("MAC", l.mac());
            r.put("IP", l.address().toString());
            r.put("hostname", l.hostnameIfAny().orElse(""));
            r.put("expiry", l.expiryIfAny().orElse(Instant.EPOCH));
            Ref vm = Ref.NULL;
            Ref vif = Ref.NULL;
            for (NetworkObjects.AttachedVif v : vifs) {
                if (v.mac().equals(l.mac())) {
                    vm = objects.vmRef(v.vm());
                    vif = v.ref();
                }
            }
            r.put("VM", vm);
            r.put("VIF", vif);
            out.add(r);
        }
        return out;
    }
}
