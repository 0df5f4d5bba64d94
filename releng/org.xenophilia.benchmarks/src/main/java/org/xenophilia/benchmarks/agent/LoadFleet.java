package org.xenophilia.benchmarks.agent;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.xenophilia.benchmarks.agent.KeepAliveRpcClient.Wire;
import org.xenophilia.xenapi.WireValues;

/**
 * The VMs of a load run: one of its own for each client (so that its lifecycle operations are always legal and every
 * record of it must show what the client did), the demo domains every client may contend for (where a concurrent
 * admin's {@code VM_BAD_POWER_STATE} is expected), and the control domain.
 *
 * @param host the host
 * @param hostMetrics the host's metrics
 * @param own each client's VM, by client index
 * @param contested the demo domains
 * @param uuids every VM's uuid by ref
 */
record LoadFleet(String host, String hostMetrics, List<String> own, List<String> contested, Map<String, String> uuids) {

    /** An own VM's memory at first, in MiB: small, so that 200 running ones and the demo domains fit the host. */
    static final int MEMORY_MIB = 24;
    /** An own VM's maxmem at first, in MiB. */
    static final int MAX_MEMORY_MIB = 32;

    /** @return the name of client {@code i}'s VM */
    static String name(int client) {
        return String.format(Locale.ROOT, "load-%03d", client);
    }

    /** @return client {@code i}'s VM's description at first */
    static String description(int client) {
        return "load client " + client;
    }

    /** @return how many VMs there are, the control domain included */
    int vmCount() {
        return uuids.size();
    }

    /** @return every VM's ref */
    List<String> all() {
        return List.copyOf(uuids.keySet());
    }

    /**
     * Defines a halted VM for each client besides the Agent's demo domains, and reads what the clients need.
     *
     * @param uri the Agent
     * @param fingerprint its certificate's
     * @param clients how many clients
     * @return the fleet
     */
    static LoadFleet seed(URI uri, String fingerprint, int clients) throws Exception {
        try (KeepAliveRpcClient c = new KeepAliveRpcClient(uri, fingerprint, Wire.XML_RPC)) {
            String session = string(c, "session.login_with_password", BenchHome.USER, BenchHome.PASSWORD);
            for (int i = 0; i < clients; i++) {
                value(c, "Xenophilia.VM.create_from_xml", session, BenchDomains.xml(name(i),
                        UUID.randomUUID().toString(), description(i), MEMORY_MIB, MAX_MEMORY_MIB));
            }
            String host = WireValues.asString(WireValues.asList(value(c, "host.get_all", session)).get(0));
            String hostMetrics = string(c, "host.get_metrics", session, host);
            Map<String, String> uuids = new LinkedHashMap<>();
            Map<String, String> byName = new LinkedHashMap<>();
            List<String> contested = new ArrayList<>();
            Map<String, Object> records = WireValues.asMap(value(c, "VM.get_all_records", session));
            for (Map.Entry<String, Object> e : records.entrySet()) {
                Map<String, Object> r = WireValues.asMap(e.getValue());
                String name = WireValues.asString(r.get("name_label"));
                uuids.put(e.getKey(), WireValues.asString(r.get("uuid")));
                byName.put(name, e.getKey());
                if (name.startsWith("demo-")) {
                    contested.add(e.getKey());
                }
            }
            List<String> own = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                own.add(byName.get(name(i)));
            }
            value(c, "session.logout", session);
            return new LoadFleet(host, hostMetrics, List.copyOf(own), List.copyOf(contested), Map.copyOf(uuids));
        }
    }

    private static Object value(KeepAliveRpcClient c, String method, Object... params) throws Exception {
        return RpcAnswers.outcome(Wire.XML_RPC, c.call(Wire.XML_RPC.body(method, params)));
    }

    private static String string(KeepAliveRpcClient c, String method, Object... params) throws Exception {
        return WireValues.asString(value(c, method, params));
    }
}
