package org.xenophilia.agent.internal.network;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xenophilia.network.NetworkContext;
import org.xenophilia.network.NetworkDefinitionException;
import org.xenophilia.network.NetworkDefinitionValidator;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.host.Applied;
import org.xenophilia.network.host.Difference;
import org.xenophilia.network.host.HostFacts;
import org.xenophilia.network.host.HostInterface;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostRoute;
import org.xenophilia.network.host.Lease;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.xenapi.XenApiException;

/**
 * The node's networks, defined ({@link NetworkStore}) and made real by the host networking: every change is checked
 * with every rule against the node first, applied on the host, then stored, so that a refused change leaves the host
 * and the definitions as they were. Changes are made one at a time.
 * <p>
 * The order makes a crash harmless: a new or changed network is applied before its definition is written (a stop in
 * between leaves ours on the host without a definition, or with the old one, which the start-up repair removes or
 * applies again); a destroyed one loses its definition before it is removed from the host (a stop in between leaves
 * ours without a definition, removed at start).
 */
public final class HostNetworks {

    private final NetworkStore store;
    /** The host networking, or {@code null} when none runs here. */
    private final HostNetworking host;
    private final String unavailable;

    /**
     * @param store the definitions
     * @param host the host networking, or {@code null} when none runs here
     * @param unavailable why none runs here (when {@code host} is {@code null})
     */
    public HostNetworks(NetworkStore store, HostNetworking host, String unavailable) {
        this.store = store;
        this.host = host;
        this.unavailable = unavailable;
    }

    /** @return the definitions */
    public NetworkStore store() {
        return store;
    }

    /** @return the host networking, if one runs here */
    public Optional<HostNetworking> host() {
        return Optional.ofNullable(host);
    }

    private HostNetworking running() throws XenApiException {
        if (host == null) {
            throw NetworkErrors.unavailable(unavailable);
        }
        return host;
    }

    /** @return the host's interfaces and routes; none when no host networking runs here */
    public HostFacts facts() throws XenApiException {
        if (host == null) {
            return new HostFacts(List.of(), List.of());
        }
        try {
            return host.facts();
        } catch (NetworkException e) {
            throw NetworkErrors.of("", e);
        }
    }

    /**
     * @param excluded a network left out of the node's other networks (the one being edited), or {@code null}
     * @return what the cross rules compare a definition with
     */
    public NetworkContext context(String excluded) throws XenApiException {
        HostFacts facts = facts();
        List<NetworkContext.HostInterface> interfaces = new ArrayList<>();
        List<String> oursOnHost = new ArrayList<>();
        for (HostInterface i : facts.interfaces()) {
            interfaces.add(new NetworkContext.HostInterface(i.name(), i.kind().isEmpty() ? null : i.kind(), i.ours()));
            if (i.ours()) {
                oursOnHost.add(i.name());
            }
        }
        List<NetworkContext.HostRoute> routes = new ArrayList<>();
        for (HostRoute r : facts.routes()) {
            // a default route goes everywhere, and a route on one of our bridges is that network's own
            if (!r.prefix().equals("default") && !oursOnHost.contains(r.device())) {
                try {
                    routes.add(NetworkContext.HostRoute.parse(r.prefix(), r.device().isEmpty() ? null : r.device()));
                } catch (IllegalArgumentException e) {
                    // a route the rules cannot read is not one a subnet can be compared with
                }
            }
        }
        List<Network> others = new ArrayList<>();
        for (String name : store.names()) {
            if (!name.equals(excluded)) {
                load(name).ifPresent(others::add);
            }
        }
        return new NetworkContext(others, routes, interfaces);
    }

    /**
     * @param xml a definition
     * @return every problem it has against the node (a network of its name taken to be the one edited)
     */
    public List<NetworkProblem> validate(String xml) throws XenApiException {
        Network n;
        try {
            n = NetworkDefinitions.load(xml);
        } catch (NetworkDefinitionException e) {
            return e.getProblems();
        }
        return NetworkDefinitionValidator.validate(n, context(n.getName()));
    }

    /**
     * @param xml a definition
     * @param editing the network it is to replace, or {@code null} for a new one
     * @return it, loaded and checked with every rule against the node
     * @throws XenApiException {@code XENOPHILIA_INVALID_NETWORK} for the first error
     */
    public Network check(String xml, String editing) throws XenApiException {
        Network n;
        try {
            n = NetworkDefinitions.load(xml);
        } catch (NetworkDefinitionException e) {
            throw NetworkErrors.invalid(e.getProblems());
        }
        List<NetworkProblem> problems = NetworkDefinitionValidator.validate(n, context(editing));
        if (NetworkDefinitionValidator.hasErrors(problems)) {
            throw NetworkErrors.invalid(problems);
        }
        return n;
    }

    /**
     * @param name a network's name
     * @return its definition, if there is one
     */
    public Optional<Network> load(String name) throws XenApiException {
        try {
            return store.load(name);
        } catch (IOException e) {
            throw NetworkErrors.storing("cannot read network " + name, e);
        }
    }

    /**
     * Applies a new network and keeps its definition.
     *
     * @param n a checked definition of a network the node does not have
     * @throws XenApiException if the host refused it (put back as it was) or the definition cannot be written (the
     *             network removed again)
     */
    public synchronized void create(Network n) throws XenApiException {
        HostNetworking h = running();
        apply(h, n);
        try {
            store.save(n);
        } catch (IOException e) {
            removeQuietly(h, n.getName());
            throw NetworkErrors.storing("cannot save the definition of network " + n.getName(), e);
        }
    }

    /**
     * Applies a changed network and keeps its definition.
     *
     * @param old the definition it replaces
     * @param n a checked definition of the same name
     * @throws XenApiException if the host refused it (put back as it was) or the definition cannot be written (the
     *             old one applied again)
     */
    public synchronized void replace(Network old, Network n) throws XenApiException {
        HostNetworking h = running();
        apply(h, n);
        try {
            store.save(n);
        } catch (IOException e) {
            try {
                h.apply(plan(old));
            } catch (NetworkException | XenApiException again) {
                e.addSuppressed(again);
            }
            throw NetworkErrors.storing("cannot save the definition of network " + n.getName(), e);
        }
    }

    /**
     * Forgets a network's definition and removes it from the host.
     *
     * @param name the network
     * @throws XenApiException if the definition cannot be removed, or the host networking failed (what was removed
     *             stays removed; the start-up repair finishes it)
     */
    public synchronized void destroy(String name) throws XenApiException {
        HostNetworking h = running();
        try {
            store.delete(name);
        } catch (IOException e) {
            throw NetworkErrors.storing("cannot remove the definition of network " + name, e);
        }
        try {
            h.remove(name);
        } catch (NetworkException e) {
            if (e.kind() != NetworkException.Kind.NOT_FOUND) {
                throw NetworkErrors.of(name, e);
            }
        }
    }

    /**
     * @param n a definition
     * @return how the host differs from it
     */
    public synchronized List<Difference> inspect(Network n) throws XenApiException {
        try {
            return running().inspect(plan(n));
        } catch (NetworkException e) {
            throw NetworkErrors.of(n.getName(), e);
        }
    }

    /**
     * @param n a definition
     * @return what had to change on the host to make it so
     */
    public synchronized Applied repair(Network n) throws XenApiException {
        return apply(running(), n);
    }

    /**
     * @param name a network
     * @return its DHCP server's leases; none without host networking or when the host has no such network
     */
    public List<Lease> leases(String name) throws XenApiException {
        if (host == null) {
            return List.of();
        }
        try {
            return host.leases(name);
        } catch (NetworkException e) {
            if (e.kind() == NetworkException.Kind.NOT_FOUND) {
                return List.of();
            }
            throw NetworkErrors.of(name, e);
        }
    }

    private static Applied apply(HostNetworking h, Network n) throws XenApiException {
        try {
            return h.apply(plan(n));
        } catch (NetworkException e) {
            throw NetworkErrors.of(n.getName(), e);
        }
    }

    static NetworkPlan plan(Network n) throws XenApiException {
        try {
            return NetworkPlans.of(n);
        } catch (IllegalArgumentException e) {
            throw new XenApiException(NetworkErrors.INVALID_NETWORK, List.of("host-networking", "", "0",
                    String.valueOf(e.getMessage())));
        }
    }

    private static void removeQuietly(HostNetworking h, String name) {
        try {
            h.remove(name);
        } catch (NetworkException e) {
            System.getLogger(HostNetworks.class.getName()).log(System.Logger.Level.WARNING, "network " + name
                    + " stays on the host until the next start: " + e.getMessage());
        }
    }
}
