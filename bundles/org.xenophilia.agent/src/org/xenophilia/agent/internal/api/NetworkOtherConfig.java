package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.network.definition.Dhcp4;
import org.xenophilia.network.definition.Forward;
import org.xenophilia.network.definition.Ipv4;
import org.xenophilia.network.definition.Ipv6;
import org.xenophilia.network.definition.Network;

/**
 * The {@code other_config} of the node's networks: what XenAPI has no field for, as {@code xenophilia-*} keys, each
 * only when the definition sets it (documented in {@code agent-api.md}, <i>network, PIF</i>). Read-only: the
 * definition is where they are changed.
 */
final class NetworkOtherConfig {

    private NetworkOtherConfig() {
    }

    static Map<String, String> of(Network n) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("xenophilia-kind", n.getKind().getLiteral());
        put(c, "xenophilia-uplink", n.getUplink());
        if (n.isSetVlan()) {
            c.put("xenophilia-vlan", Integer.toString(n.getVlan()));
        }
        Ipv4 v4 = n.getIpv4();
        if (v4 != null) {
            put(c, "xenophilia-subnet", v4.getSubnet());
            put(c, "xenophilia-gateway", v4.getGateway());
            Dhcp4 d = v4.getDhcp();
            if (d != null) {
                c.put("xenophilia-dhcp-range", d.getStart() + "-" + d.getEnd());
                if (d.isSetLeaseSeconds()) {
                    c.put("xenophilia-dhcp-lease-seconds", Integer.toString(d.getLeaseSeconds()));
                }
                c.put("xenophilia-fixed-leases", Integer.toString(d.getLeases().size()));
            }
            if (!v4.getDnsServers().isEmpty()) {
                c.put("xenophilia-dns", String.join(",", v4.getDnsServers()));
            }
        }
        Ipv6 v6 = n.getIpv6();
        if (v6 != null) {
            put(c, "xenophilia-ipv6-prefix", v6.getPrefix());
            put(c, "xenophilia-ipv6-gateway", v6.getGateway());
            c.put("xenophilia-ipv6-addressing", v6.getAddressing().getLiteral());
        }
        List<String> forwards = new ArrayList<>();
        for (Forward f : n.getForwards()) {
            String ports = f.isSetHostPortEnd() && f.getHostPortEnd() != f.getHostPort()
                    ? f.getHostPort() + "-" + f.getHostPortEnd() : Integer.toString(f.getHostPort());
            String guest = f.getGuestAddress() + (f.isSetHostPortEnd() && f.getHostPortEnd() != f.getHostPort() ? ""
                    : ":" + (f.isSetGuestPort() ? f.getGuestPort() : f.getHostPort()));
            forwards.add(f.getProtocol().getLiteral() + "/" + ports + "->" + guest);
        }
        if (!forwards.isEmpty()) {
            c.put("xenophilia-forwards", String.join(",", forwards));
        }
        return c;
    }

    private static void put(Map<String, String> c, String key, String value) {
        if (value != null && !value.isEmpty()) {
            c.put(key, value);
        }
    }
}
