package org.xenophilia.e2e.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The node's networks as the tests see them in the tier's dom0: the interfaces ({@code ip -details -json}), the
 * dnsmasq processes and the files of a network in the Agent's state directory, which the Agent's {@code linux} host
 * networking makes and must take away again; and the test guest with a vif naming a network.
 */
final class Dom0Networks {

    /** The Agent's state directory in dom0 (agent.conf): definitions in networks/, the host side's files in network/. */
    static final String STATE = "/var/lib/xenophilia";

    private final RealXen xen;

    Dom0Networks(RealXen xen) {
        this.xen = xen;
    }

    /** Destroys the network through the Agent if it has it (a domain running on it must be gone first). */
    void destroy(String network) throws Exception {
        try (XenApiClient c = xen.admin()) {
            for (Object ref : WireValues.asList(c.callWithSession("network.get_by_name_label", network))) {
                c.callWithSession("network.destroy", ref);
            }
        }
    }

    /** @return dom0's interfaces as {@code ip -details -json link show} gives them, by name */
    Map<String, JsonObject> links() throws Exception {
        Map<String, JsonObject> links = new LinkedHashMap<>();
        for (JsonElement e : JsonParser.parseString(xen.dom0Ok("ip -details -json link show").stdout())
                .getAsJsonArray()) {
            JsonObject link = e.getAsJsonObject();
            links.put(link.get("ifname").getAsString(), link);
        }
        return links;
    }

    /** @return a field of an interface's {@code ip -json} object, "" when it has none */
    static String field(JsonObject link, String name) {
        JsonElement v = link.get(name);
        return v == null || v.isJsonNull() ? "" : v.getAsString();
    }

    /** @return the command lines of the network's dnsmasq processes (a stopped one may be a zombie: none) */
    List<String> dnsmasq(String network) throws Exception {
        String ours = "--conf-file=" + STATE + "/network/" + network + "/dnsmasq.conf";
        return xen.dom0Ok("pgrep -a -x dnsmasq || true").stdout().lines().filter(l -> l.contains(ours)).toList();
    }

    /** @return the network's definition and host-side directory in the Agent's state directory, those that exist */
    List<String> files(String network) throws Exception {
        return xen.dom0Ok("ls -d " + STATE + "/networks/" + network + ".xml " + STATE + "/network/" + network
                + " 2>/dev/null || true").stdout().lines().filter(l -> !l.isBlank()).toList();
    }

    /** @return whether the Agent has network definitions in dom0 */
    boolean anyDefined() throws Exception {
        return !xen.dom0Ok("ls -A " + STATE + "/networks 2>/dev/null || true").stdout().isBlank();
    }

    /**
     * The harness's test guest with one vif that names a network (an annotation: xl.cfg has no key for it).
     *
     * @param ip its eth0 address (a /24), or {@code dhcp} for a lease
     * @param ping an address it pings after its ready marker ({@code E2E-GUEST-PING})
     */
    static String guestCfg(String name, String network, String mac, String ip, String ping) {
        return "#xenophilia: vif.0.network = \"" + network + "\"\n"
                + "name = \"" + name + "\"\n"
                + "type = \"pv\"\n"
                + "kernel = \"" + RealXen.GUEST_KERNEL + "\"\n"
                + "ramdisk = \"" + RealXen.GUEST_RAMDISK + "\"\n"
                + "extra = \"" + RealXen.GUEST_EXTRA + " e2e_name=" + name + " e2e_ip=" + ip + " e2e_wait=eth0 e2e_ping="
                + ping + "\"\n"
                + "memory = 128\n"
                + "maxmem = 128\n"
                + "vcpus = 1\n"
                + "vif = [ \"mac=" + mac + "\" ]\n";
    }
}
