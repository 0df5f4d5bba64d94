package org.xenophilia.agent.internal.sim;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.network.host.Applied;
import org.xenophilia.network.host.Difference;
import org.xenophilia.network.host.HostFacts;
import org.xenophilia.network.host.HostInterface;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostRoute;
import org.xenophilia.network.host.HostedNetwork;
import org.xenophilia.network.host.Ipv4Address;
import org.xenophilia.network.host.Lease;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.host.StaticLease;

/**
 * The simulated backend's host networking: a host that has what it was told, and changes nothing real, so that the
 * demo Agent of {@code ./workbench.sh} never touches the admin's own host. It keeps each network's plan (as text, for
 * comparison), bridge and addresses in {@code simulated-networks.properties} of its directory, reports a host with
 * one interface {@code eth0} ({@code 192.0.2.10/24}, the default route) and the bridges of its networks, never a
 * difference for a network it holds, and hands out DHCP leases from a network's range to the MAC addresses of the
 * simulated domains running on its bridge (a fixed lease first), which keep them across restarts.
 */
public final class SimulatedNetworking implements HostNetworking {

    /** The file of its state, in its directory. */
    public static final String STATE_FILE = "simulated-networks.properties";
    /** The simulated host's one interface. */
    static final String UPLINK = "eth0";

    private final Path file;
    /** The MAC addresses of the running simulated domains' vifs on a bridge. */
    private final Function<String, List<String>> guests;
    private final Properties state = new Properties();

    private SimulatedNetworking(Path file, Function<String, List<String>> guests) {
        this.file = file;
        this.guests = guests;
    }

    /**
     * @param dir its directory
     * @param guests the MAC addresses of the running simulated domains' vifs on a bridge
     * @return the simulated host networking, as it was left
     * @throws IOException if its state cannot be read
     */
    public static SimulatedNetworking open(Path dir, Function<String, List<String>> guests) throws IOException {
        SimulatedNetworking n = new SimulatedNetworking(dir.resolve(STATE_FILE), guests);
        if (Files.isRegularFile(n.file)) {
            try (Reader r = Files.newBufferedReader(n.file, StandardCharsets.UTF_8)) {
                n.state.load(r);
            }
        }
        return n;
    }

    @Override
    public synchronized Applied apply(NetworkPlan plan) throws NetworkException {
        String key = "network." + plan.name() + ".";
        if (plan.toString().equals(state.getProperty(key + "plan"))) {
            return new Applied(List.of());
        }
        for (String other : names()) {
            if (!other.equals(plan.name()) && plan.bridge().equals(state.getProperty("network." + other + ".bridge"))) {
                throw new NetworkException(NetworkException.Kind.CONFLICT, "bridge " + plan.bridge()
                        + " is network " + other + "'s");
            }
        }
        boolean existed = state.containsKey(key + "bridge");
        Properties before = copy();
        state.setProperty(key + "plan", plan.toString());
        state.setProperty(key + "bridge", plan.bridge());
        state.setProperty(key + "address", plan.ipv4() == null ? "" : plan.ipv4().toString());
        state.setProperty(key + "uplink", plan.uplinkDevice().orElse(""));
        state.stringPropertyNames().stream().filter(k -> k.startsWith(key + "fixed.")).forEach(state::remove);
        state.remove(key + "dhcp");
        if (plan.dhcp() != null) {
            state.setProperty(key + "dhcp", plan.dhcp().rangeStart() + "-" + plan.dhcp().rangeEnd());
            for (StaticLease l : plan.dhcp().staticLeases()) {
                state.setProperty(key + "fixed." + l.mac(), l.address().toString());
            }
        }
        save(before);
        return new Applied(List.of((existed ? "changed" : "created") + " simulated bridge " + plan.bridge()
                + " of network " + plan.name()));
    }

    @Override
    public synchronized List<Difference> inspect(NetworkPlan plan) {
        String held = state.getProperty("network." + plan.name() + ".plan");
        if (held == null) {
            return List.of(new Difference(plan.name(), Difference.Part.BRIDGE, "bridge " + plan.bridge()
                    + " of network " + plan.name() + " is missing"));
        }
        return held.equals(plan.toString()) ? List.of()
                : List.of(new Difference(plan.name(), Difference.Part.FILES, "network " + plan.name()
                        + " was applied with another plan"));
    }

    @Override
    public synchronized void remove(String name) throws NetworkException {
        if (!names().contains(name)) {
            throw new NetworkException(NetworkException.Kind.NOT_FOUND, "no network " + name + " on the host");
        }
        Properties before = copy();
        String prefix = "network." + name + ".";
        String leases = "lease." + name + ".";
        state.stringPropertyNames().stream().filter(k -> k.startsWith(prefix) || k.startsWith(leases))
                .forEach(state::remove);
        save(before);
    }

    @Override
    public synchronized List<HostedNetwork> ours() {
        List<HostedNetwork> out = new ArrayList<>();
        for (String n : names()) {
            out.add(new HostedNetwork(n, state.getProperty("network." + n + ".bridge"), null));
        }
        return out;
    }

    /**
     * Leases the range's addresses to the running domains' vifs on the network's bridge: a MAC keeps what it had, a
     * fixed lease is its own, others get the first address of the range nobody holds.
     */
    @Override
    public synchronized List<Lease> leases(String name) throws NetworkException {
        String bridge = state.getProperty("network." + name + ".bridge");
        if (bridge == null) {
            throw new NetworkException(NetworkException.Kind.NOT_FOUND, "no network " + name + " on the host");
        }
        SimulatedDhcp dhcp = dhcp(name);
        if (dhcp == null) {
            return List.of();
        }
        Properties before = copy();
        String prefix = "lease." + name + ".";
        List<Lease> out = new ArrayList<>();
        for (String mac : new TreeSet<>(guests.apply(bridge))) {
            String held = state.getProperty(prefix + mac);
            Ipv4Address a = held != null ? Ipv4Address.parse(held) : dhcp.next(mac, taken(prefix));
            if (a == null) {
                continue;
            }
            state.setProperty(prefix + mac, a.toString());
            out.add(new Lease(mac, a, null, null));
        }
        if (!before.equals(state)) {
            save(before);
        }
        return out;
    }

    private SimulatedDhcp dhcp(String name) {
        String key = "network." + name + ".";
        String range = state.getProperty(key + "dhcp");
        if (range == null) {
            return null;
        }
        Map<String, Ipv4Address> fixed = new TreeMap<>();
        for (String k : state.stringPropertyNames()) {
            if (k.startsWith(key + "fixed.")) {
                fixed.put(k.substring((key + "fixed.").length()), Ipv4Address.parse(state.getProperty(k)));
            }
        }
        int dash = range.indexOf('-');
        return new SimulatedDhcp(Ipv4Address.parse(range.substring(0, dash)),
                Ipv4Address.parse(range.substring(dash + 1)), fixed);
    }

    private List<Ipv4Address> taken(String prefix) {
        List<Ipv4Address> out = new ArrayList<>();
        for (String k : state.stringPropertyNames()) {
            if (k.startsWith(prefix)) {
                out.add(Ipv4Address.parse(state.getProperty(k)));
            }
        }
        return out;
    }

    @Override
    public synchronized HostFacts facts() {
        List<HostInterface> interfaces = new ArrayList<>();
        List<HostRoute> routes = new ArrayList<>(List.of(new HostRoute("default", UPLINK),
                new HostRoute("192.0.2.0/24", UPLINK)));
        Map<String, String> masters = new TreeMap<>();
        for (String n : names()) {
            String bridge = state.getProperty("network." + n + ".bridge");
            String address = state.getProperty("network." + n + ".address", "");
            String uplink = state.getProperty("network." + n + ".uplink", "");
            if (!uplink.isEmpty()) {
                masters.put(uplink, bridge);
            }
            interfaces.add(new HostInterface(bridge, "bridge", n, null, 1500, "UP",
                    address.isEmpty() ? List.of() : List.of(address)));
            if (!address.isEmpty()) {
                routes.add(new HostRoute(org.xenophilia.network.host.Ipv4Interface.parse(address).subnet(), bridge));
            }
        }
        interfaces.add(0, new HostInterface(UPLINK, "", null, masters.get(UPLINK), 1500, "UP",
                List.of("192.0.2.10/24")));
        masters.forEach((device, bridge) -> {
            if (!device.equals(UPLINK)) {
                interfaces.add(new HostInterface(device, "vlan", null, bridge, 1500, "UP", List.of()));
            }
        });
        return new HostFacts(interfaces, routes);
    }

    private List<String> names() {
        List<String> out = new ArrayList<>();
        for (String k : new TreeSet<>(state.stringPropertyNames())) {
            if (k.startsWith("network.") && k.endsWith(".bridge")) {
                out.add(k.substring("network.".length(), k.length() - ".bridge".length()));
            }
        }
        return out;
    }

    private Properties copy() {
        Properties p = new Properties();
        p.putAll(state);
        return p;
    }

    /** Writes the state, or puts it back as it was and fails. */
    private void save(Properties before) throws NetworkException {
        try {
            StringWriter w = new StringWriter();
            state.store(w, "the simulated host's networks (xenophiliad)");
            AtomicFiles.write(file, w.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.OWNER_ONLY);
        } catch (IOException e) {
            state.clear();
            state.putAll(before);
            throw new NetworkException(NetworkException.Kind.FAILED, "cannot write " + file + ": " + e.getMessage(),
                    "", e);
        }
    }

    /** A network's DHCP range and fixed leases. */
    private record SimulatedDhcp(Ipv4Address start, Ipv4Address end, Map<String, Ipv4Address> fixed) {
        Ipv4Address next(String mac, List<Ipv4Address> taken) {
            if (fixed.containsKey(mac)) {
                return fixed.get(mac);
            }
            for (int a = start.bits(); Integer.compareUnsigned(a, end.bits()) <= 0; a++) {
                Ipv4Address candidate = new Ipv4Address(a);
                if (!taken.contains(candidate) && !fixed.containsValue(candidate)) {
                    return candidate;
                }
                if (a == end.bits()) {
                    break;
                }
            }
            return null;
        }
    }
}
