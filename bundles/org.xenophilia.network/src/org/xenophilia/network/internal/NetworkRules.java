package org.xenophilia.network.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xenophilia.network.NetworkContext;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.definition.Network;

/** Runs the rules of one definition and, given a context, the cross rules, after the schema's problems. */
public final class NetworkRules {

    private NetworkRules() {
    }

    /**
     * Applies the rules.
     *
     * @param network the network
     * @param context the node's other networks and the host, or null for the rules of the definition alone
     * @param out receives the problems; holds the schema's problems already, whose fields the rules leave alone
     */
    public static void check(Network network, NetworkContext context, List<NetworkProblem> out) {
        Set<String> invalid = new HashSet<>();
        out.forEach(problem -> invalid.add(problem.path()));
        Problems problems = new Problems(out, invalid);
        KindRules.check(network, problems);
        AddressRules.check(network, problems);
        if (context != null) {
            CrossRules.check(network, context, problems);
        }
    }
}
