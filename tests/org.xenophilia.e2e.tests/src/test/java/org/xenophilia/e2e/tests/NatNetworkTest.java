package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonObject;

/**
 * A NAT network made real by the Agent's {@code linux} host networking in a real dom0: {@code
 * Xenophilia.network.create_from_xml} makes its bridge, our nftables table and its dnsmasq (seen in dom0); a guest
 * whose vif names the network is leased an address of the DHCP range (its console marker; the Agent's {@code
 * get_leases} agrees, with the guest's MAC, host name and VM) and reaches dom0's upstream side through the NAT; the
 * network's destroy is refused while the guest runs, naming it, and once the guest halted it leaves nothing in dom0.
 * <p>
 * Upstream is QEMU's user network behind dom0's {@code eth0}: its gateway {@code 10.0.2.2} answers pings itself
 * (even with {@code restrict=on}), and its replies only find a sender of {@code eth0}'s own subnet, whose address it
 * learnt by ARP there, so a guest's ping of it comes back only if dom0 masqueraded it as {@code 10.0.2.15}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NatNetworkTest extends RealXenTest {

    private static final String NAME = "e2e-nat";
    private static final String NETWORK = "e2e-nat";
    /** Derived from the name (docs/networks.md: "xn" + a name of at most 13 characters). */
    private static final String BRIDGE = "xne2e-nat";
    private static final String MAC = "00:16:3e:00:e2:40";
    private static final String PREFIX = "192.168.123.";
    private static final int RANGE_START = 100;
    private static final int RANGE_END = 150;
    private static final String UPSTREAM = "10.0.2.2";
    private static final String DEFINITION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <network xmlns="http://xenophilia.org/schema/network/1.0">
              <name>%s</name>
              <kind>nat</kind>
              <description>the e2e tier's NAT network</description>
              <ipv4 gateway="%s1" subnet="%s0/24">
                <dhcp end="%s%d" start="%s%d"/>
              </ipv4>
            </network>
            """.formatted(NETWORK, PREFIX, PREFIX, PREFIX, RANGE_END, PREFIX, RANGE_START);
    private static final Pattern LEASED = Pattern.compile("E2E-GUEST-DHCP ip=(\\S+) prefix=(\\S+) router=(\\S+)");

    private Dom0Networks networks;

    NatNetworkTest() {
        super(NAME);
    }

    /** A network an earlier run left goes (its domain went before, in RealXenTest). */
    @BeforeEach
    void removeLeftoverNetwork() throws Exception {
        networks = new Dom0Networks(xen);
        networks.destroy(NETWORK);
    }

    /** Whatever happened, the next tests on this boot find neither the guest nor the network. */
    @AfterAll
    void removeGuestAndNetwork() throws Exception {
        if (xen == null) {
            return; // no real Xen given: nothing was made
        }
        xen.remove(NAME);
        networks.destroy(NETWORK);
    }

    @Test
    void aGuestOnANatNetworkIsLeasedAnAddressReachesUpstreamAndTheNetworkLeavesNothing() throws Exception {
        String forwardingBefore = xen.dom0Ok("sysctl -n net.ipv4.ip_forward").stdout().strip();
        boolean othersBefore = networks.anyDefined();
        xen.dom0Ok("rm -f " + RealXen.console(NAME));
        try (XenApiClient c = xen.admin()) {
            long t = System.nanoTime();
            String network = WireValues.asString(c.callWithSession("Xenophilia.network.create_from_xml", DEFINITION));
            System.out.printf("NAT network: create_from_xml took %.2f s%n", seconds(t));

            // made in dom0: the bridge marked as ours with the gateway's address, the table, our dnsmasq, forwarding
            JsonObject bridge = networks.links().get(BRIDGE);
            assertEquals("xenophilia:" + NETWORK, bridge == null ? null : Dom0Networks.field(bridge, "ifalias"),
                    "the bridge, marked as ours: " + bridge);
            String addr = xen.dom0Ok("ip -json addr show dev " + BRIDGE).stdout();
            assertTrue(addr.contains("\"local\":\"" + PREFIX + "1\""), "the gateway on the bridge: " + addr);
            assertTrue(xen.dom0Ok("nft list tables").stdout().contains("table inet xenophilia"), "our nft table");
            String table = xen.dom0Ok("nft list table inet xenophilia").stdout();
            assertTrue(table.contains("ip saddr " + PREFIX + "0/24") && table.contains("masquerade"), table);
            assertEquals(1, networks.dnsmasq(NETWORK).size(), "one dnsmasq of the network");
            assertEquals("1", xen.dom0Ok("sysctl -n net.ipv4.ip_forward").stdout().strip(), "IPv4 forwarding");
            assertEquals(List.of(), WireValues.asList(c.callWithSession("Xenophilia.network.check", network)),
                    "the host is as defined");

            // a guest whose vif names the network: a lease from the range, the same in the Agent's leases
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg",
                    Dom0Networks.guestCfg(NAME, NETWORK, MAC, "dhcp", UPSTREAM)));
            t = System.nanoTime();
            c.callWithSession("VM.start", vm, false, false);
            System.out.printf("NAT network: VM.start took %.2f s%n", seconds(t));
            RealXen.awaitPowerState(c, vm, "Running");
            String vif = WireValues.asString(WireValues.asList(RealXen.record(c, "VM", vm).get("VIFs")).get(0));
            assertEquals(network, RealXen.record(c, "VIF", vif).get("network"), "the vif is on the network");
            assertTrue(xen.dom0Ok("xl network-list " + NAME).stdout().contains(MAC), "xl has the vif");

            xen.awaitInDom0("the guest's DHCP marker", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-DHCP' " + RealXen.console(NAME));
            String marker = xen.dom0Ok("grep E2E-GUEST-DHCP " + RealXen.console(NAME)).stdout();
            System.out.printf("NAT network: lease seen %.2f s after the start%n", seconds(t));
            Matcher m = LEASED.matcher(marker);
            assertTrue(m.find(), "the guest got no lease: " + marker);
            String leased = m.group(1);
            assertTrue(inRange(leased), leased + " is not in the DHCP range: " + marker);
            assertEquals(List.of("24", PREFIX + "1"), List.of(m.group(2), m.group(3)), "the subnet and the router");
            Map<String, Object> lease = leaseOf(c, network);
            assertEquals(List.of(leased, NAME, vm, vif), List.of(lease.get("IP"), lease.get("hostname"),
                    WireValues.asString(lease.get("VM")), WireValues.asString(lease.get("VIF"))), "lease " + lease);

            // upstream through the NAT
            xen.awaitInDom0("the guest's ping marker", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-PING " + UPSTREAM + " ' " + RealXen.console(NAME));
            String ping = xen.dom0Ok("grep 'E2E-GUEST-PING' " + RealXen.console(NAME)).stdout();
            assertTrue(ping.contains("E2E-GUEST-PING " + UPSTREAM + " ok"), "the guest did not reach " + UPSTREAM
                    + " through the NAT: " + ping);

            // not destroyed while the guest runs on it: the refusal names the vif and the domain
            XenApiException inUse = assertThrows(XenApiException.class,
                    () -> c.callWithSession("network.destroy", network));
            assertEquals("NETWORK_CONTAINS_VIF", inUse.code(), inUse.toString());
            assertEquals(vif, inUse.params().get(0), inUse.params().toString());
            String uuid = (String) RealXen.record(c, "VM", vm).get("uuid");
            assertEquals(NAME + " (" + uuid + ")", inUse.params().get(inUse.params().size() - 1),
                    "the refusal names the domain, by its name and uuid: " + inUse.params());
            assertTrue(networks.links().containsKey(BRIDGE), "the bridge stays");
            assertEquals(1, networks.dnsmasq(NETWORK).size(), "its dnsmasq stays");

            // once the guest halted: destroyed, and nothing of it is left in dom0
            c.callWithSession("VM.hard_shutdown", vm);
            RealXen.awaitPowerState(c, vm, "Halted");
            t = System.nanoTime();
            c.callWithSession("network.destroy", network);
            System.out.printf("NAT network: network.destroy took %.2f s%n", seconds(t));
            assertEquals(List.of(), WireValues.asList(c.callWithSession("network.get_by_name_label", NETWORK)));
            assertFalse(networks.links().containsKey(BRIDGE), "the bridge");
            if (!othersBefore) {
                assertFalse(xen.dom0Ok("nft list tables").stdout().contains("xenophilia"),
                        "our nft table, with no network left");
                assertEquals(forwardingBefore, xen.dom0Ok("sysctl -n net.ipv4.ip_forward").stdout().strip(),
                        "IPv4 forwarding as it was before the first network");
            }
            assertEquals(List.of(), networks.dnsmasq(NETWORK), "the network's dnsmasq");
            assertEquals(List.of(), networks.files(NETWORK), "the network's files in the Agent's state directory");
            c.callWithSession("VM.destroy", vm);
        }
    }

    private static boolean inRange(String address) {
        if (!address.startsWith(PREFIX)) {
            return false;
        }
        int host = Integer.parseInt(address.substring(PREFIX.length()));
        return host >= RANGE_START && host <= RANGE_END;
    }

    private static Map<String, Object> leaseOf(XenApiClient c, String network) throws Exception {
        List<Object> leases = WireValues.asList(c.callWithSession("Xenophilia.network.get_leases", network));
        for (Object l : leases) {
            Map<String, Object> lease = WireValues.asMap(l);
            if (MAC.equals(lease.get("MAC"))) {
                return lease;
            }
        }
        return fail("no lease of " + MAC + " in the Agent's get_leases: " + leases);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
