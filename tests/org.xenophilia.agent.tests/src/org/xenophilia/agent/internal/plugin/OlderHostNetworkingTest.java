package org.xenophilia.agent.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xenophilia.network.host.Applied;
import org.xenophilia.network.host.Difference;
import org.xenophilia.network.host.HostFacts;
import org.xenophilia.network.host.HostNetworking;
import org.xenophilia.network.host.HostedNetwork;
import org.xenophilia.network.host.Ipv4Interface;
import org.xenophilia.network.host.Ipv6Addressing;
import org.xenophilia.network.host.Ipv6Interface;
import org.xenophilia.network.host.Lease;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;

/**
 * A host networking built for API 1.1 is given only the plans it knew: no IPv6 addressing, no uplink on a NAT
 * network, and a routed network without IPv4 refused before it sees it; one built for 1.2 gets the plan as it is.
 */
class OlderHostNetworkingTest {

    /** What an implementation written for 1.1 is given: the plans, recorded. */
    static final class Recording implements HostNetworking {
        final List<NetworkPlan> given = new ArrayList<>();

        @Override
        public Applied apply(NetworkPlan plan) {
            given.add(plan);
            return new Applied(List.of());
        }

        @Override
        public List<Difference> inspect(NetworkPlan plan) {
            given.add(plan);
            return List.of();
        }

        @Override
        public void remove(String name) {
        }

        @Override
        public List<HostedNetwork> ours() {
            return List.of();
        }

        @Override
        public List<Lease> leases(String name) {
            return List.of();
        }

        @Override
        public HostFacts facts() {
            return new HostFacts(List.of(), List.of());
        }
    }

    @Test
    void anImplementationFor11IsGivenOnlyWhat11Knew() throws Exception {
        Recording older = new Recording();
        HostNetworking guarded = OlderHostNetworking.of(older, "1.1");
        NetworkPlan nat = NetworkPlan.builder("lan", "xnat0", NetworkKind.NAT).uplink("eth0", null)
                .ipv4(Ipv4Interface.parse("10.0.0.1/24")).ipv6(Ipv6Interface.parse("fd00:1::1/64"))
                .ipv6Addressing(Ipv6Addressing.slaac()).build();

        guarded.apply(nat);
        guarded.inspect(nat);

        for (NetworkPlan p : older.given) {
            assertNull(p.uplink(), "the 1.1 plan had no uplink on a NAT network");
            assertNull(p.ipv6Addressing());
            assertEquals(nat.ipv6(), p.ipv6(), "dom0's IPv6 address stays, as 1.1 applied it");
        }
        NetworkPlan v6only = NetworkPlan.builder("core", "xrt0", NetworkKind.ROUTED)
                .ipv6(Ipv6Interface.parse("2001:db8::1/64")).build();
        NetworkException e = assertThrows(NetworkException.class, () -> guarded.apply(v6only));
        assertEquals(NetworkException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("built for API 1.1") && e.getMessage().contains("nothing was changed"),
                e.getMessage());
        assertEquals(2, older.given.size(), "never given to the implementation");
    }

    @Test
    void anImplementationFor12GetsThePlanAsItIs() {
        Recording current = new Recording();
        assertSame(current, OlderHostNetworking.of(current, "1.2"));
    }
}
