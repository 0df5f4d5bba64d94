package org.xenophilia.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.xenophilia.network.NetworkProblem.Severity;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.internal.NetworkRules;

/**
 * Checks a network definition: the schema's constraints (types, ranges, patterns, required settings), the rules of
 * one definition (the settings its kind needs and allows; every address parsed literally and checked against its
 * subnet: gateway, DHCP range, leases, forwards) and, against a {@link NetworkContext}, the cross rules (names,
 * subnets, bridges, uplinks and ports against the node's other networks, routes and interfaces). Each rule is a
 * {@link NetworkRule}.
 * <p>
 * Every problem names the field (a path such as {@code ipv4.dhcp.leases[1].mac}) and its value, and carries the
 * source line when the network was loaded with {@link NetworkDefinitions}. A field the schema finds invalid is
 * reported once, by the schema. The validator never changes the network, does no I/O and never resolves a name, so
 * it can run as an administrator types. Thread-safe.
 */
public final class NetworkDefinitionValidator {

    private NetworkDefinitionValidator() {
    }

    /**
     * Checks a network on its own: the schema and the rules of one definition.
     *
     * @param network the network, loaded or built in code
     * @return all problems, schema problems first; empty when there are none
     */
    public static List<NetworkProblem> validate(Network network) {
        List<NetworkProblem> problems = new ArrayList<>(validateSchema(network));
        NetworkRules.check(network, null, problems);
        return problems;
    }

    /**
     * Checks a network on its node: the schema, the rules of one definition and the cross rules.
     *
     * @param network the network, loaded or built in code
     * @param context the node's other networks (not this one), the host's routes and interfaces
     * @return all problems, schema problems first; empty when there are none
     */
    public static List<NetworkProblem> validate(Network network, NetworkContext context) {
        Objects.requireNonNull(context, "context");
        List<NetworkProblem> problems = new ArrayList<>(validateSchema(network));
        NetworkRules.check(network, context, problems);
        return problems;
    }

    /**
     * Checks a network against the schema only: value types and facets, required settings. A network returned by
     * {@link NetworkDefinitions#load} passes this check.
     *
     * @param network the network
     * @return the problems (all errors), empty when there are none
     */
    public static List<NetworkProblem> validateSchema(Network network) {
        Objects.requireNonNull(network, "network");
        return NetworkDefinitions.schemaProblems(network);
    }

    /**
     * Tells whether a list of problems contains an error.
     *
     * @param problems problems from this validator or from a {@link NetworkDefinitionException}
     * @return true when at least one has severity {@link Severity#ERROR}
     */
    public static boolean hasErrors(Collection<NetworkProblem> problems) {
        return problems.stream().anyMatch(NetworkProblem::isError);
    }
}
