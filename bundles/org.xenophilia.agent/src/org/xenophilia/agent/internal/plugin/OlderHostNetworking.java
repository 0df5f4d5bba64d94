package org.xenophilia.agent.internal.plugin;

import java.util.List;

import org.xenophilia.network.host.Applied;
import org.xenophilia.network.host.Difference;
import org.xenophilia.network.host.HostFacts;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostedNetwork;
import org.xenophilia.network.host.Lease;
import org.xenophilia.network.host.LeaseWatcher;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;

/**
 * A host networking built for API 1.0 or 1.1, given only plans of the kind it knew: the additions of 1.2 (IPv6
 * addressing, the uplink of a NAT or routed network) left out, as that API had no word for them, and a routed network
 * without IPv4, which an older implementation may not handle, refused. Everything else is passed on as it is.
 */
final class OlderHostNetworking implements HostNetworking {

    private final HostNetworking older;
    private final String built;

    private OlderHostNetworking(HostNetworking older, String built) {
        this.older = older;
        this.built = built;
    }

    /**
     * @param opened what a type opened
     * @param built the API version it was built for ({@code 1.MINOR}, checked to run)
     * @return it, guarded when it was built for a version before 1.2
     */
    static HostNetworking of(HostNetworking opened, String built) {
        int minor = Integer.parseInt(built.substring(built.indexOf('.') + 1));
        return minor >= 2 ? opened : new OlderHostNetworking(opened, built);
    }

    NetworkPlan known(NetworkPlan plan) throws NetworkException {
        if (plan.kind() == NetworkKind.ROUTED && plan.ipv4() == null) {
            throw new NetworkException(NetworkException.Kind.UNAVAILABLE, "network " + plan.name() + " is routed with"
                    + " IPv6 only, which this host networking (built for API " + built + ") cannot apply: it needs"
                    + " API 1.2; nothing was changed");
        }
        NetworkPlan.Builder b = plan.toBuilder().ipv6Addressing(null);
        if (plan.kind() != NetworkKind.BRIDGED) {
            b.uplink(null, null);
        }
        return b.build();
    }

    @Override
    public Applied apply(NetworkPlan plan) throws NetworkException {
        return older.apply(known(plan));
    }

    @Override
    public List<Difference> inspect(NetworkPlan plan) throws NetworkException {
        return older.inspect(known(plan));
    }

    @Override
    public void remove(String name) throws NetworkException {
        older.remove(name);
    }

    @Override
    public List<HostedNetwork> ours() throws NetworkException {
        return older.ours();
    }

    @Override
    public List<Lease> leases(String name) throws NetworkException {
        return older.leases(name);
    }

    @Override
    public HostFacts facts() throws NetworkException {
        return older.facts();
    }

    @Override
    public void watchLeases(LeaseWatcher watcher) throws NetworkException {
        older.watchLeases(watcher);
    }

    @Override
    public void close() {
        older.close();
    }
}
