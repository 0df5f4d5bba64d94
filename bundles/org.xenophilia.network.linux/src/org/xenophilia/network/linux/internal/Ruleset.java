package org.xenophilia.network.linux.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.host.PortForward;

/**
 * The nftables table of ours, {@code table inet xenophilia}, made from the plans of all our networks: the rules of each
 * network carry a comment {@code "<network>: <what>"}, which is how {@code inspect} finds a missing one by name
 * ({@code nft rule for forward tcp/8080 to 10.0.0.5:80 of network lan missing}). The text is what {@code nft -f -} is
 * given: the table declared, deleted and declared again with its chains and rules, which the kernel applies as one
 * transaction, so the table is replaced whole or not at all and no other table is touched.
 * <ul>
 * <li>NAT: guests' traffic from the subnet and the IPv6 prefix leaves masqueraded through any other interface (only
 * the uplink, when the plan has one); replies come back; port forwards are DNAT of the host's local addresses (from
 * other hosts) to a guest, and accepted on their way in; anything else into or out of the bridge is dropped.</li>
 * <li>Routed: the subnet and the IPv6 prefix forwarded both ways (only by the uplink, when the plan has one), no
 * translation; anything else dropped.</li>
 * <li>Private: nothing forwarded into or out of the bridge (these drops come first in the chain, before any other
 * network's accepts), and from the bridge only the host's address on it is reached.</li>
 * <li>Bridged: nothing; the host does not route it.</li>
 * </ul>
 * Each family has the rules of its own (nft's {@code ip} and {@code ip6}), so a network with only one of them
 * forwards only that one.
 */
final class Ruleset {

    /** The table's family and name. */
    static final String TABLE = "inet xenophilia";

    /** One rule: its chain, its text without the comment, and what it does (its comment after the network's name). */
    record Rule(String network, String chain, int phase, String text, String what) {

        String comment() {
            return network + ": " + what;
        }
    }

    private static final int FIRST = 0;
    private static final int ACCEPTS = 1;
    private static final int LAST = 2;

    private Ruleset() {
    }

    /**
     * @param plan a network
     * @return its rules, in no particular order
     */
    static List<Rule> rules(NetworkPlan plan) {
        List<Rule> r = new ArrayList<>();
        String n = plan.name();
        String br = quoted(plan.bridge());
        switch (plan.kind()) {
            case NAT, ROUTED -> {
                if (plan.ipv4() != null) {
                    r.addAll(family(plan, "ip", plan.ipv4().subnet()));
                }
                if (plan.ipv6() != null) {
                    r.addAll(family(plan, "ip6", plan.ipv6().subnet()));
                }
                for (PortForward f : plan.forwards()) {
                    r.add(forward(plan, f));
                }
                if (!plan.forwards().isEmpty()) {
                    r.add(new Rule(n, "forward", ACCEPTS, "oifname " + br + " ct status dnat accept",
                            "forwarded ports in"));
                }
                r.add(new Rule(n, "forward", LAST, "iifname " + br + " oifname != " + br + " drop",
                        "nothing else out of " + plan.bridge()));
                r.add(new Rule(n, "forward", LAST, "oifname " + br + " iifname != " + br + " drop",
                        "nothing else into " + plan.bridge()));
            }
            case PRIVATE -> {
                r.add(new Rule(n, "forward", FIRST, "iifname " + br + " oifname != " + br + " drop",
                        "nothing out of " + plan.bridge()));
                r.add(new Rule(n, "forward", FIRST, "oifname " + br + " iifname != " + br + " drop",
                        "nothing into " + plan.bridge()));
                r.add(new Rule(n, "input", FIRST, "iifname " + br + " meta nfproto ipv4 fib daddr type local"
                        + (plan.ipv4() == null ? "" : " ip daddr != " + plan.ipv4().address()) + " drop",
                        "no other host address from " + plan.bridge()));
                r.add(new Rule(n, "input", FIRST, "iifname " + br + " meta nfproto ipv6 fib daddr type local"
                        + " ip6 daddr != { " + (plan.ipv6() == null ? "" : plan.ipv6().address() + ", ")
                        + "fe80::/10 } drop", "no other host IPv6 address from " + plan.bridge()));
            }
            case BRIDGED -> {
                // the host only bridges: no rule
            }
            default -> throw new IllegalStateException(plan.kind().toString());
        }
        return r;
    }

    /**
     * The rules of one address family of a NAT or routed network: its guests out (by the uplink only, when the plan
     * has one), and in either the replies (NAT, which masquerades them there) or anything to the subnet (routed).
     *
     * @param ip {@code ip} or {@code ip6}, nft's word for the family
     * @param subnet the network's subnet or prefix in that family
     */
    private static List<Rule> family(NetworkPlan plan, String ip, String subnet) {
        String n = plan.name();
        String br = quoted(plan.bridge());
        String out = plan.exitInterface().map(u -> " oifname " + quoted(u)).orElse("");
        String via = plan.exitInterface().map(u -> " via " + u).orElse("");
        List<Rule> r = new ArrayList<>();
        r.add(new Rule(n, "forward", ACCEPTS, "iifname " + br + out + " " + ip + " saddr " + subnet + " accept",
                "guests out from " + subnet + via));
        if (plan.kind() == NetworkKind.NAT) {
            r.add(new Rule(n, "forward", ACCEPTS, "oifname " + br + " " + ip + " daddr " + subnet
                    + " ct state established,related accept", "replies in to " + subnet));
            r.add(new Rule(n, "postrouting", ACCEPTS, ip + " saddr " + subnet + (out.isEmpty() ? " oifname != " + br
                    : out) + " masquerade", "masquerade " + subnet + via));
        } else {
            String in = plan.exitInterface().map(u -> " iifname " + quoted(u)).orElse("");
            r.add(new Rule(n, "forward", ACCEPTS, "oifname " + br + in + " " + ip + " daddr " + subnet + " accept",
                    "routed in to " + subnet + via));
        }
        return r;
    }

    private static Rule forward(NetworkPlan plan, PortForward f) {
        String target = f.guest() + (f.lastPort() == f.firstPort() ? ":" + f.guestPort() : "");
        return new Rule(plan.name(), "prerouting", ACCEPTS, "iifname != " + quoted(plan.bridge())
                + " fib daddr type local " + f.protocol().word() + " dport " + f.hostPorts() + " dnat ip to "
                + target, "forward " + f);
    }

    /**
     * @param plans the plans of all our networks
     * @return the text for {@code nft -f -} that replaces the table with their rules
     */
    static String table(Collection<NetworkPlan> plans) {
        List<Rule> all = new ArrayList<>();
        plans.stream().sorted(Comparator.comparing(NetworkPlan::name)).forEach(p -> all.addAll(rules(p)));
        all.sort(Comparator.comparingInt(Rule::phase)); // stable: by network within a phase
        StringBuilder b = new StringBuilder();
        b.append("table ").append(TABLE).append('\n');
        b.append("delete table ").append(TABLE).append('\n');
        b.append("table ").append(TABLE).append(" {\n");
        chain(b, all, "forward", "type filter hook forward priority filter; policy accept;");
        chain(b, all, "input", "type filter hook input priority filter; policy accept;");
        chain(b, all, "prerouting", "type nat hook prerouting priority dstnat; policy accept;");
        chain(b, all, "postrouting", "type nat hook postrouting priority srcnat; policy accept;");
        return b.append("}\n").toString();
    }

    /** @return the text for {@code nft -f -} that deletes the table, whether or not it exists */
    static String deletion() {
        return "table " + TABLE + "\ndelete table " + TABLE + "\n";
    }

    private static void chain(StringBuilder b, List<Rule> rules, String chain, String head) {
        b.append("  chain ").append(chain).append(" {\n    ").append(head).append('\n');
        for (Rule r : rules) {
            if (r.chain().equals(chain)) {
                b.append("    ").append(r.text()).append(" comment ").append(quoted(r.comment())).append('\n');
            }
        }
        b.append("  }\n");
    }

    private static String quoted(String word) {
        // names and comments are made of checked names and addresses only: no quote or backslash can be inside
        return '"' + word + '"';
    }
}
