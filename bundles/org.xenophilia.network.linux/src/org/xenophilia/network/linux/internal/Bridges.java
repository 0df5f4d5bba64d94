package org.xenophilia.network.linux.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xenophilia.network.host.Difference;
import org.xenophilia.network.host.Difference.Part;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkException.Kind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.linux.internal.Tools.Tool;

/**
 * A network's interfaces with iproute2: its bridge (marked ours, {@link Link#MARK}), MTU and state, the host's
 * addresses on it, and for a bridged network the uplink (or the VLAN interface made on it) enslaved to it. The host
 * is read with one {@code ip -details -json addr show} ({@link #read}); each change is recorded in the
 * {@link Rollback} with what undoes it.
 */
final class Bridges {

    private final Tools tools;

    Bridges(Tools tools) {
        this.tools = tools;
    }

    /** @return every interface of the host */
    List<Link> read() throws NetworkException {
        String json = tools.ok(Tool.IP, "-details", "-json", "addr", "show");
        try {
            return Link.parse(json);
        } catch (IllegalArgumentException e) {
            throw new NetworkException(Kind.FAILED, "cannot read what ip -json printed: " + e.getMessage(), "", e);
        }
    }

    static Optional<Link> find(List<Link> links, String name) {
        return links.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /**
     * Refuses, before anything is changed, what the host has in the way of the plan: a bridge name taken by an
     * interface that is not this network's, an uplink that does not exist or is enslaved to a bridge that is not
     * this network's, a VLAN interface name taken by one that is not ours.
     */
    static void checkConflicts(NetworkPlan p, List<Link> links) throws NetworkException {
        Optional<Link> bridge = find(links, p.bridge());
        if (bridge.isPresent() && !p.name().equals(bridge.get().bridgeOf())) {
            String owner = bridge.get().networkOf();
            throw new NetworkException(Kind.CONFLICT, "the host already has an interface " + p.bridge()
                    + (owner == null ? " that is not ours" : " of network " + owner) + "; nothing was changed");
        }
        if (p.uplink() == null) {
            return;
        }
        Optional<Link> uplink = find(links, p.uplink());
        if (uplink.isEmpty()) {
            throw new NetworkException(Kind.CONFLICT, "network " + p.name() + ": the uplink " + p.uplink()
                    + " does not exist; nothing was changed");
        }
        if (p.uplinkDevice().isEmpty()) {
            return; // the interface a NAT or routed network leaves by: it only has to exist
        }
        String device = p.uplinkDevice().get();
        Optional<Link> d = find(links, device);
        if (d.isPresent() && p.vlan() != null && !Link.vlanMark(p.name()).equals(d.get().alias())) {
            throw new NetworkException(Kind.CONFLICT, "the host already has an interface " + device
                    + " that is not ours; nothing was changed");
        }
        if (d.isPresent() && !d.get().master().isEmpty() && !d.get().master().equals(p.bridge())) {
            throw new NetworkException(Kind.CONFLICT, "network " + p.name() + ": " + device
                    + " is enslaved to " + d.get().master() + "; nothing was changed");
        }
    }

    /** @return how the host's interfaces differ from the plan */
    static List<Difference> inspect(NetworkPlan p, List<Link> links) {
        List<Difference> diffs = new ArrayList<>();
        String n = p.name();
        Optional<Link> found = find(links, p.bridge());
        if (found.isEmpty()) {
            diffs.add(new Difference(n, Part.BRIDGE, "bridge " + p.bridge() + " of network " + n + " is missing"));
            return diffs;
        }
        Link b = found.get();
        if (!n.equals(b.bridgeOf())) {
            diffs.add(new Difference(n, Part.BRIDGE, "interface " + p.bridge() + " is not the bridge of network "
                    + n));
            return diffs;
        }
        if (!b.adminUp()) {
            diffs.add(new Difference(n, Part.BRIDGE, "bridge " + p.bridge() + " is down"));
        }
        if (b.mtu() != p.mtu()) {
            diffs.add(new Difference(n, Part.BRIDGE, "bridge " + p.bridge() + " has MTU " + b.mtu() + ", not "
                    + p.mtu()));
        }
        for (String a : wanted(p)) {
            if (!b.addresses().contains(a)) {
                diffs.add(new Difference(n, Part.ADDRESS, "bridge " + p.bridge() + " lacks address " + a));
            }
        }
        for (String a : b.addresses()) {
            if (!wanted(p).contains(a)) {
                diffs.add(new Difference(n, Part.ADDRESS, "bridge " + p.bridge() + " has address " + a
                        + " that is not in the plan"));
            }
        }
        p.uplinkDevice().ifPresent(device -> {
            Optional<Link> d = find(links, device);
            if (d.isEmpty()) {
                diffs.add(new Difference(n, Part.UPLINK, (p.vlan() == null ? "uplink " : "VLAN interface ")
                        + device + " is missing"));
            } else if (!d.get().master().equals(p.bridge())) {
                diffs.add(new Difference(n, Part.UPLINK, device + " is not enslaved to bridge " + p.bridge()));
            } else if (!d.get().adminUp()) {
                diffs.add(new Difference(n, Part.UPLINK, device + " is down"));
            }
        });
        return diffs;
    }

    private static List<String> wanted(NetworkPlan p) {
        List<String> a = new ArrayList<>();
        if (p.ipv4() != null) {
            a.add(p.ipv4().toString());
        }
        if (p.ipv6() != null) {
            a.add(p.ipv6().toString());
        }
        return a;
    }

    /**
     * Makes the host's interfaces as planned, changing only what differs.
     *
     * @param was the plan the network was last applied with, or {@code null}
     */
    void apply(NetworkPlan p, NetworkPlan was, List<Link> links, Rollback rb) throws NetworkException {
        String br = p.bridge();
        Optional<Link> found = find(links, br);
        if (found.isEmpty()) {
            addMarked(br, Link.bridgeMark(p.name()), "link add name " + br + " mtu " + p.mtu() + " type bridge");
            rb.done("created bridge " + br, () -> ip("link", "del", "dev", br));
        } else if (found.get().mtu() != p.mtu()) {
            String old = Integer.toString(found.get().mtu());
            ip("link", "set", "dev", br, "mtu", Integer.toString(p.mtu()));
            rb.done("set the MTU of " + br + " to " + p.mtu(), () -> ip("link", "set", "dev", br, "mtu", old));
        }
        List<String> has = found.map(Link::addresses).orElse(List.of());
        for (String a : has) {
            if (!wanted(p).contains(a)) {
                ip("addr", "del", a, "dev", br);
                rb.done("removed address " + a + " from " + br, () -> addAddress(a, br));
            }
        }
        for (String a : wanted(p)) {
            if (!has.contains(a)) {
                addAddress(a, br);
                rb.done("added address " + a + " to " + br, () -> ip("addr", "del", a, "dev", br));
            }
        }
        if (was != null && was.uplinkDevice().isPresent() && !was.uplinkDevice().equals(p.uplinkDevice())) {
            release(was, links, rb);
        }
        if (p.uplinkDevice().isPresent()) {
            enslave(p, links, rb);
        }
        if (found.isEmpty() || !found.get().adminUp()) {
            ip("link", "set", "dev", br, "up");
            rb.done("set bridge " + br + " up", () -> ip("link", "set", "dev", br, "down"));
        }
    }

    private void enslave(NetworkPlan p, List<Link> links, Rollback rb) throws NetworkException {
        String device = p.uplinkDevice().orElseThrow();
        Optional<Link> d = find(links, device);
        if (d.isEmpty()) {
            addMarked(device, Link.vlanMark(p.name()), "link add link " + p.uplink() + " name " + device
                    + " type vlan id " + p.vlan());
            rb.done("created VLAN interface " + device, () -> ip("link", "del", "dev", device));
        }
        if (d.isEmpty() || !d.get().master().equals(p.bridge())) {
            ip("link", "set", "dev", device, "master", p.bridge());
            rb.done("enslaved " + device + " to " + p.bridge(), () -> ip("link", "set", "dev", device, "nomaster"));
        }
        if (d.isEmpty() || !d.get().adminUp()) {
            ip("link", "set", "dev", device, "up");
            rb.done("set " + device + " up", () -> ip("link", "set", "dev", device, "down"));
        }
    }

    /** Releases the uplink a plan had (deleting its VLAN interface, which is ours). */
    void release(NetworkPlan was, List<Link> links, Rollback rb) throws NetworkException {
        String device = was.uplinkDevice().orElseThrow();
        Optional<Link> d = find(links, device);
        if (d.isEmpty()) {
            return;
        }
        if (was.vlan() != null && Link.vlanMark(was.name()).equals(d.get().alias())) {
            ip("link", "del", "dev", device);
            rb.done("deleted VLAN interface " + device, () -> {
                addMarked(device, Link.vlanMark(was.name()), "link add link " + was.uplink() + " name " + device
                        + " type vlan id " + was.vlan());
                ip("link", "set", "dev", device, "master", d.get().master(), "up");
            });
        } else if (d.get().master().equals(was.bridge())) {
            ip("link", "set", "dev", device, "nomaster");
            rb.done("released " + device + " from " + was.bridge(),
                    () -> ip("link", "set", "dev", device, "master", was.bridge()));
        }
    }

    /** Removes what the host has of a network: its VLAN interfaces and bridge (its uplink released with it). */
    void remove(String network, List<Link> links) throws NetworkException {
        for (Link l : links) {
            if (Link.vlanMark(network).equals(l.alias())) {
                ip("link", "del", "dev", l.name());
            }
        }
        for (Link l : links) {
            if (network.equals(l.bridgeOf())) {
                ip("link", "del", "dev", l.name());
            }
        }
    }

    /**
     * Makes an interface and marks it ours with one {@code ip} process ({@code ip -batch -}, both commands on its
     * standard input): ip carries on without the Agent, so an Agent killed in between cannot leave an interface made
     * and unmarked, which nothing would then take for ours (a start-up repair found such a bridge in the way and
     * could not remove it). If the mark fails, the interface just made is deleted again.
     *
     * @param device the interface
     * @param mark its alias
     * @param add the {@code ip} command that makes it, without {@code ip}: names checked by {@code HostNames}, one
     *            word each
     */
    private void addMarked(String device, String mark, String add) throws NetworkException {
        String alias = "link set dev " + device + " alias " + mark;
        Tools.Result r = tools.run(Tool.IP, add + "\n" + alias + "\n", List.of("-batch", "-"));
        if (!r.ok()) {
            boolean made = r.stderr().contains("Command failed -:2");
            if (made) {
                ip("link", "del", "dev", device);
            }
            // named as the command that failed, as the other tools' failures are
            throw Tools.failed(new Tools.Result("ip " + (made ? alias : add), r.exitCode(), r.stdout(),
                    r.stderr().replaceAll("(?m)^Command failed -:[0-9]+\\s*", "")));
        }
    }

    private void addAddress(String address, String device) throws NetworkException {
        if (address.contains(":")) {
            // usable at once: no duplicate address detection holding it tentative while dnsmasq binds
            ip("addr", "add", address, "dev", device, "nodad");
        } else {
            ip("addr", "add", address, "dev", device);
        }
    }

    private void ip(String... args) throws NetworkException {
        tools.ok(Tool.IP, args);
    }
}
