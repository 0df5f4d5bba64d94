package org.xenophilia.network.linux.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xenophilia.network.host.HostInterface;

/**
 * One interface as {@code ip -details -json addr show} prints it: the one read of the host's links that tells ours
 * from others' (our mark is the interface's alias, {@link #MARK}), their masters, MTU, state and addresses.
 *
 * @param name its name
 * @param kind iproute2's {@code info_kind} ({@code bridge}, {@code vlan}, ...), or {@code ""}
 * @param alias its alias ({@code ifalias}), or {@code ""}
 * @param master the bridge it is enslaved to, or {@code ""}
 * @param mtu its MTU
 * @param adminUp whether it is set up ({@code UP} among its flags), whatever its carrier
 * @param operstate the kernel's operational state
 * @param addresses its global addresses with prefix lengths ({@code 10.0.0.1/24}; link-local ones left out)
 */
record Link(String name, String kind, String alias, String master, int mtu, boolean adminUp, String operstate,
        List<String> addresses) {

    /**
     * The mark of ours: the alias {@code xenophilia:<network>} on a network's bridge and
     * {@code xenophilia:<network>:vlan} on the VLAN interface a bridged network made. An alias, rather than a name
     * prefix plus a list in a state file, because it travels with the interface itself: the one {@code ip} read that
     * lists the links says which are ours, an interface re-made by someone else under the same name is not ours, the
     * mark survives a lost state directory, and an admin sees it in {@code ip link}.
     */
    static final String MARK = "xenophilia:";

    static String bridgeMark(String network) {
        return MARK + network;
    }

    static String vlanMark(String network) {
        return MARK + network + ":vlan";
    }

    /** @return the network whose bridge this is by its mark, or {@code null} */
    String bridgeOf() {
        if (!alias.startsWith(MARK) || alias.endsWith(":vlan")) {
            return null;
        }
        return alias.substring(MARK.length());
    }

    /** @return the network this interface belongs to by its mark (bridge or VLAN interface), or {@code null} */
    String networkOf() {
        if (!alias.startsWith(MARK)) {
            return null;
        }
        String rest = alias.substring(MARK.length());
        return rest.endsWith(":vlan") ? rest.substring(0, rest.length() - ":vlan".length()) : rest;
    }

    HostInterface toHostInterface() {
        return new HostInterface(name, kind, networkOf(), master.isEmpty() ? null : master, mtu, operstate,
                addresses);
    }

    /**
     * @param json what {@code ip -details -json addr show} printed
     * @return its interfaces
     */
    static List<Link> parse(String json) {
        List<Link> links = new ArrayList<>();
        for (Object o : Json.list(Json.parse(json.isBlank() ? "[]" : json))) {
            Map<?, ?> m = Json.map(o);
            String name = Json.text(m, "ifname", null);
            if (name == null) {
                continue;
            }
            List<String> addresses = new ArrayList<>();
            for (Object a : Json.list(m.get("addr_info"))) {
                Map<?, ?> am = Json.map(a);
                String local = Json.text(am, "local", null);
                if (local != null && !"link".equals(Json.text(am, "scope", "")) && !"host".equals(Json.text(am,
                        "scope", ""))) {
                    addresses.add(local + "/" + Json.number(am, "prefixlen", 32));
                }
            }
            boolean up = Json.list(m.get("flags")).contains("UP");
            links.add(new Link(name, Json.text(Json.map(m.get("linkinfo")), "info_kind", ""),
                    Json.text(m, "ifalias", ""), Json.text(m, "master", ""), Json.number(m, "mtu", 0), up,
                    Json.text(m, "operstate", "UNKNOWN"), addresses));
        }
        return links;
    }
}
