package org.xenophilia.network.linux.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.network.host.Applied;
import org.xenophilia.network.host.Difference;
import org.xenophilia.network.host.Difference.Part;
import org.xenophilia.network.host.HostFacts;
import org.xenophilia.network.host.HostInterface;
import org.xenophilia.network.host.HostNames;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostedNetwork;
import org.xenophilia.network.host.Lease;
import org.xenophilia.network.host.LeaseWatcher;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkException.Kind;
import org.xenophilia.network.host.NetworkPlan;

/**
 * The networks of a Linux host: {@link Bridges} (iproute2), {@link Firewall} (the nftables table of ours, made by
 * {@link Ruleset} from every network's recorded plan), one {@link Dnsmasq} per network, {@link IpForwarding}. Each
 * network's files are in {@code <state>/<name>/}: its recorded plan ({@link PlanFile}) and dnsmasq's configuration,
 * pid and lease files. Calls are serialised; each reads the host afresh.
 */
final class LinuxNetworking implements HostNetworking {

    private static final System.Logger LOG = System.getLogger(LinuxNetworking.class.getName());

    private final Path stateDir;
    private final Tools tools;
    private final Bridges bridges;
    private final Firewall firewall;
    private final IpForwarding forwarding;
    /** The watch of the lease files, once asked for. */
    private LeaseFiles leaseFiles;

    LinuxNetworking(Path stateDir, Tools tools) {
        this.stateDir = stateDir;
        this.tools = tools;
        this.bridges = new Bridges(tools);
        this.firewall = new Firewall(tools);
        this.forwarding = new IpForwarding(tools, stateDir);
    }

    @Override
    public synchronized Applied apply(NetworkPlan plan) throws NetworkException {
        List<Link> links = bridges.read();
        Map<String, NetworkPlan> recorded = recordedPlans();
        NetworkPlan was = recorded.get(plan.name());
        if (was != null && !was.bridge().equals(plan.bridge())) {
            throw new NetworkException(Kind.CONFLICT, "network " + plan.name() + " is on bridge " + was.bridge()
                    + ": remove it before making it again on " + plan.bridge() + "; nothing was changed");
        }
        for (NetworkPlan other : recorded.values()) {
            if (!other.name().equals(plan.name()) && other.bridge().equals(plan.bridge())) {
                throw new NetworkException(Kind.CONFLICT, "bridge " + plan.bridge() + " is network " + other.name()
                        + "'s; nothing was changed");
            }
        }
        Bridges.checkConflicts(plan, links);
        if (Dnsmasq.needed(plan) && !Files.isExecutable(tools.path(Tools.Tool.DNSMASQ))) {
            throw new NetworkException(Kind.UNAVAILABLE, "network " + plan.name() + " needs dnsmasq, and "
                    + tools.path(Tools.Tool.DNSMASQ) + " is not installed (package dnsmasq-base)");
        }
        Path dir = stateDir.resolve(plan.name());
        Dnsmasq dns = new Dnsmasq(tools, dir);
        List<Difference> diffs = inspect(plan, links, recorded, dns);
        if (diffs.isEmpty()) {
            return new Applied(List.of());
        }
        Rollback rb = new Rollback();
        try {
            if (!Files.isDirectory(dir)) {
                AtomicFiles.createDirectory(dir, AtomicFiles.OWNER_ONLY_DIR);
                rb.done("made " + dir, () -> deleteTree(dir));
            }
            replaceFile(dir.resolve(PlanFile.NAME), PlanFile.write(plan), rb);
            bridges.apply(plan, was, links, rb);
            recorded.put(plan.name(), plan);
            forwarding.require(recorded.values().stream().anyMatch(IpForwarding::needsV4),
                    recorded.values().stream().anyMatch(IpForwarding::needsV6), rb);
            if (diffs.stream().anyMatch(d -> d.part() == Part.FIREWALL) || !plan.equals(was)) {
                String before = firewall.snapshot();
                firewall.load(Ruleset.table(recorded.values()));
                rb.done("loaded nft table " + Ruleset.TABLE, () -> firewall.load(before));
            }
            applyDnsmasq(plan, dns, rb);
            return new Applied(rb.changes());
        } catch (NetworkException e) {
            throw rb.undo(e);
        } catch (IOException | RuntimeException e) {
            throw rb.undo(new NetworkException(Kind.FAILED, "network " + plan.name() + ": " + e, "", e));
        }
    }

    private void applyDnsmasq(NetworkPlan plan, Dnsmasq dns, Rollback rb) throws NetworkException, IOException {
        Path conf = stateDir.resolve(plan.name()).resolve(Dnsmasq.CONF);
        boolean running = dns.running().isPresent();
        Optional<String> old = dns.writtenConfiguration();
        if (!Dnsmasq.needed(plan)) {
            if (running) {
                dns.stop();
                rb.done("stopped dnsmasq of network " + plan.name(), dns::start);
            }
            if (old.isPresent()) {
                AtomicFiles.delete(conf);
                rb.done("removed " + conf, () -> IpForwarding.write(conf, old.get()));
            }
            return;
        }
        String wanted = dns.configuration(plan);
        if (running && old.isPresent() && old.get().equals(wanted)) {
            return;
        }
        if (running) {
            dns.stop();
            rb.done("stopped dnsmasq of network " + plan.name(), dns::start);
        }
        replaceFile(conf, wanted, rb);
        dns.start();
        rb.done("started dnsmasq of network " + plan.name(), dns::stop);
    }

    private static void replaceFile(Path file, String text, Rollback rb) throws NetworkException, IOException {
        Optional<String> old = read(file);
        if (old.isPresent() && old.get().equals(text)) {
            return;
        }
        IpForwarding.write(file, text);
        rb.done("wrote " + file, () -> {
            if (old.isPresent()) {
                IpForwarding.write(file, old.get());
            } else {
                AtomicFiles.delete(file);
            }
        });
    }

    @Override
    public synchronized List<Difference> inspect(NetworkPlan plan) throws NetworkException {
        return inspect(plan, bridges.read(), recordedPlans(), new Dnsmasq(tools, stateDir.resolve(plan.name())));
    }

    private List<Difference> inspect(NetworkPlan plan, List<Link> links, Map<String, NetworkPlan> recorded,
            Dnsmasq dns) throws NetworkException {
        String n = plan.name();
        List<Difference> diffs = new ArrayList<>();
        NetworkPlan was = recorded.get(n);
        if (!plan.equals(was)) {
            diffs.add(new Difference(n, Part.FILES, was == null ? "network " + n + " has no recorded plan"
                    : "network " + n + " was applied with another plan"));
        }
        diffs.addAll(Bridges.inspect(plan, links));
        if (IpForwarding.needsV4(plan) && !forwarding.value(IpForwarding.V4).equals("1")) {
            diffs.add(new Difference(n, Part.FORWARDING, "IP forwarding is off"));
        }
        if (IpForwarding.needsV6(plan) && !forwarding.value(IpForwarding.V6).equals("1")) {
            diffs.add(new Difference(n, Part.FORWARDING, "IPv6 forwarding is off"));
        }
        inspectFirewall(plan, diffs);
        boolean running = dns.running().isPresent();
        if (Dnsmasq.needed(plan)) {
            try {
                if (!running) {
                    diffs.add(new Difference(n, Part.DHCP, "dnsmasq of network " + n + " is not running"));
                } else if (!dns.writtenConfiguration().orElse("").equals(dns.configuration(plan))) {
                    diffs.add(new Difference(n, Part.DHCP, "dnsmasq of network " + n
                            + " runs with another configuration"));
                }
            } catch (IOException e) {
                throw new NetworkException(Kind.FAILED, "cannot read the dnsmasq configuration of " + n + ": "
                        + e.getMessage(), "", e);
            }
        } else if (running) {
            diffs.add(new Difference(n, Part.DHCP, "dnsmasq of network " + n + " runs, and the plan has no DHCP"
                    + " or DNS"));
        }
        return diffs;
    }

    private void inspectFirewall(NetworkPlan plan, List<Difference> diffs) throws NetworkException {
        String n = plan.name();
        List<Ruleset.Rule> rules = Ruleset.rules(plan);
        Optional<Set<String>> comments = firewall.comments();
        if (comments.isEmpty()) {
            if (!rules.isEmpty()) {
                diffs.add(new Difference(n, Part.FIREWALL, "nft table " + Ruleset.TABLE + " is missing"));
            }
            return;
        }
        List<String> expected = rules.stream().map(Ruleset.Rule::comment).toList();
        for (Ruleset.Rule r : rules) {
            if (!comments.get().contains(r.comment())) {
                diffs.add(new Difference(n, Part.FIREWALL, "nft rule for " + r.what() + " of network " + n
                        + " missing"));
            }
        }
        for (String c : comments.get()) {
            if (c.startsWith(n + ": ") && !expected.contains(c)) {
                diffs.add(new Difference(n, Part.FIREWALL, "nft rule '" + c + "' is not in the plan"));
            }
        }
    }

    @Override
    public synchronized void remove(String name) throws NetworkException {
        checkName(name);
        List<Link> links = bridges.read();
        Map<String, NetworkPlan> recorded = recordedPlans();
        Path dir = stateDir.resolve(name);
        Optional<Set<String>> comments = firewall.comments();
        boolean rules = comments.isPresent() && comments.get().stream().anyMatch(c -> c.startsWith(name + ": "));
        if (!Files.isDirectory(dir) && !rules && links.stream().noneMatch(l -> name.equals(l.networkOf()))) {
            throw new NetworkException(Kind.NOT_FOUND, "no network " + name + " of ours on this host");
        }
        new Dnsmasq(tools, dir).stop();
        recorded.remove(name);
        if (comments.isPresent()) {
            firewall.load(recorded.isEmpty() ? Ruleset.deletion() : Ruleset.table(recorded.values()));
        }
        bridges.remove(name, links);
        forwarding.release(recorded.values().stream().anyMatch(IpForwarding::needsV4),
                recorded.values().stream().anyMatch(IpForwarding::needsV6));
        try {
            deleteTree(dir);
        } catch (IOException e) {
            throw new NetworkException(Kind.FAILED, "cannot remove " + dir + ": " + e.getMessage(), "", e);
        }
    }

    @Override
    public synchronized List<HostedNetwork> ours() throws NetworkException {
        Map<String, String> bridgeOf = new TreeMap<>();
        for (Link l : bridges.read()) {
            if (l.bridgeOf() != null) {
                bridgeOf.put(l.bridgeOf(), l.name());
            }
        }
        Map<String, NetworkPlan> recorded = recordedPlans();
        Map<String, HostedNetwork> found = new TreeMap<>();
        for (String name : networkDirectories()) {
            found.put(name, new HostedNetwork(name, bridgeOf.get(name), recorded.get(name)));
        }
        bridgeOf.forEach((name, bridge) -> found.putIfAbsent(name, new HostedNetwork(name, bridge, null)));
        return List.copyOf(found.values());
    }

    @Override
    public synchronized List<Lease> leases(String name) throws NetworkException {
        checkName(name);
        Path dir = stateDir.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new NetworkException(Kind.NOT_FOUND, "no network " + name + " of ours on this host");
        }
        return new Dnsmasq(tools, dir).leases();
    }

    @Override
    public synchronized HostFacts facts() throws NetworkException {
        List<HostInterface> interfaces = bridges.read().stream().map(Link::toHostInterface).toList();
        List<org.xenophilia.network.host.HostRoute> routes = new ArrayList<>();
        for (String family : new String[] { "-4", "-6" }) {
            String json = tools.ok(Tools.Tool.IP, family, "-json", "route", "show");
            try {
                for (Object o : Json.list(Json.parse(json.isBlank() ? "[]" : json))) {
                    Map<?, ?> m = Json.map(o);
                    String dst = Json.text(m, "dst", null);
                    if (dst != null) {
                        routes.add(new org.xenophilia.network.host.HostRoute(dst, Json.text(m, "dev", "")));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new NetworkException(Kind.FAILED, "cannot read what ip -json route printed: "
                        + e.getMessage(), "", e);
            }
        }
        return new HostFacts(interfaces, routes);
    }

    @Override
    public synchronized void watchLeases(LeaseWatcher watcher) throws NetworkException {
        if (leaseFiles != null) {
            throw new IllegalStateException("the leases are watched already");
        }
        try {
            leaseFiles = LeaseFiles.watch(stateDir, watcher);
        } catch (IOException e) {
            throw new NetworkException(Kind.FAILED, "cannot watch the lease files in " + stateDir + ": "
                    + e.getMessage(), "", e);
        }
    }

    @Override
    public synchronized void close() {
        if (leaseFiles != null) {
            leaseFiles.close();
            leaseFiles = null;
        }
    }

    /** @return the plans recorded in the state directory, by network name; an unreadable one is logged and left */
    private Map<String, NetworkPlan> recordedPlans() throws NetworkException {
        Map<String, NetworkPlan> plans = new TreeMap<>();
        for (String name : networkDirectories()) {
            Path file = stateDir.resolve(name).resolve(PlanFile.NAME);
            try {
                Optional<String> text = read(file);
                if (text.isPresent()) {
                    plans.put(name, PlanFile.read(text.get()));
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring " + file + ": " + e.getMessage());
            }
        }
        return plans;
    }

    private List<String> networkDirectories() throws NetworkException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(stateDir, Files::isDirectory)) {
            for (Path d : s) {
                String name = d.getFileName().toString();
                if (HostNames.NETWORK.matcher(name).matches()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new NetworkException(Kind.FAILED, "cannot list " + stateDir + ": " + e.getMessage(), "", e);
        }
        names.sort(null);
        return names;
    }

    private static void checkName(String name) throws NetworkException {
        try {
            HostNames.network(name);
        } catch (IllegalArgumentException e) {
            throw new NetworkException(Kind.INVALID, e.getMessage());
        }
    }

    private static Optional<String> read(Path file) throws IOException {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                AtomicFiles.delete(p);
            }
        }
    }
}
