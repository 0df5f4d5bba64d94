package org.xenophilia.network.linux.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xenophilia.network.host.Dhcp;
import org.xenophilia.network.host.Ipv4Address;
import org.xenophilia.network.host.Ipv4Interface;
import org.xenophilia.network.host.Ipv6Addressing;
import org.xenophilia.network.host.Ipv6Interface;
import org.xenophilia.network.host.NetworkKind;
import org.xenophilia.network.host.NetworkPlan;
import org.xenophilia.network.host.PortForward;
import org.xenophilia.network.host.StaticLease;

/** A recorded plan reads back as the plan it was, so the table made from recorded plans is the one applied. */
class PlanFileTest {

    @Test
    void everyPartOfAPlanSurvivesItsFile() {
        NetworkPlan p = NetworkPlan.builder("lan", "xnat0", NetworkKind.NAT).mtu(9000)
                .ipv4(Ipv4Interface.parse("10.0.0.1/24")).ipv6(Ipv6Interface.parse("fd00:1::1/64"))
                .forward(PortForward.of(PortForward.Protocol.TCP, 8080, Ipv4Address.parse("10.0.0.5"), 80))
                .forward(new PortForward(PortForward.Protocol.UDP, 5000, 5010, Ipv4Address.parse("10.0.0.6"), 5000))
                .dhcp(new Dhcp(Ipv4Address.parse("10.0.0.100"), Ipv4Address.parse("10.0.0.200"),
                        Duration.ofMinutes(30), List.of(new StaticLease("52:54:00:00:00:01",
                                Ipv4Address.parse("10.0.0.5"), "web"), new StaticLease("52:54:00:00:00:02",
                                        Ipv4Address.parse("10.0.0.6"), null)),
                        List.of(Ipv4Address.parse("192.0.2.53"), Ipv4Address.parse("192.0.2.54"))))
                .build();
        assertEquals(p, PlanFile.read(PlanFile.write(p)));
        NetworkPlan b = NetworkPlan.builder("wan", "xbr0", NetworkKind.BRIDGED).uplink("eth0", 42).build();
        assertEquals(b, PlanFile.read(PlanFile.write(b)));
        NetworkPlan slaac = p.toBuilder().uplink("eth1", null).ipv6Addressing(Ipv6Addressing.slaac()).build();
        assertEquals(slaac, PlanFile.read(PlanFile.write(slaac)));
        NetworkPlan v6only = NetworkPlan.builder("core", "xrt0", NetworkKind.ROUTED)
                .ipv6(Ipv6Interface.parse("2001:db8::1/64"))
                .ipv6Addressing(Ipv6Addressing.dhcpv6("2001:db8::1000", "2001:db8::1fff")).build();
        assertEquals(v6only, PlanFile.read(PlanFile.write(v6only)));
    }

    @Test
    void aFileThatIsNotAPlanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanFile.read("name=lan\nkind=nat\n"));
        assertThrows(IllegalArgumentException.class, () -> PlanFile.read("name=lan;x\nbridge=b\nkind=private\n"
                + "mtu=1500\n"));
    }
}
