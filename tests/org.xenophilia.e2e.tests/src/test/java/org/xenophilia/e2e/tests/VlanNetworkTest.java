package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonObject;

/**
 * A bridged network on VLAN 42 of an uplink, made by the Agent's {@code linux} host networking in a real dom0, whose
 * kernel has 802.1Q (the build machine's has not, so the namespace test of it skips there): the VLAN interface made on
 * the uplink and put into the network's bridge, a guest whose vif names the network reaches an address that is only
 * on VLAN 42 of the uplink's LAN, and after the guest halted the destroy takes the bridge and the VLAN interface away
 * and leaves the uplink.
 * <p>
 * The uplink's LAN is a veth pair in dom0: the uplink {@code e2eup0}, and at its other end {@code e2elan0} with the
 * VLAN interface {@code e2elan0.42} holding {@code 192.0.2.1/24}. dom0's only route to {@code 192.0.2.0/24} is that
 * VLAN interface, and {@code e2elan0} itself has no address, so the guest's ping of it is answered only when its
 * frames leave the bridge tagged with 42 and the replies come back the same way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VlanNetworkTest extends RealXenTest {

    private static final String NAME = "e2e-vlan";
    private static final String NETWORK = "e2e-office";
    /** Derived from the name (docs/networks.md: "xn" + a name of at most 13 characters). */
    private static final String BRIDGE = "xne2e-office";
    private static final String UPLINK = "e2eup0";
    private static final String LAN = "e2elan0";
    private static final int VLAN = 42;
    private static final String VLAN_INTERFACE = UPLINK + "." + VLAN;
    private static final String LAN_ADDRESS = "192.0.2.1";
    private static final String GUEST_ADDRESS = "192.0.2.10";
    private static final String MAC = "00:16:3e:00:e2:41";
    private static final String DEFINITION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <network xmlns="http://xenophilia.org/schema/network/1.0">
              <name>%s</name>
              <kind>bridged</kind>
              <description>the e2e tier's guests on VLAN %d of %s</description>
              <uplink>%s</uplink>
              <vlan>%d</vlan>
            </network>
            """.formatted(NETWORK, VLAN, UPLINK, UPLINK, VLAN);

    private Dom0Networks networks;

    VlanNetworkTest() {
        super(NAME);
    }

    /** What an earlier run left goes, then the uplink's LAN is made afresh. */
    @BeforeEach
    void makeTheLan() throws Exception {
        networks = new Dom0Networks(xen);
        networks.destroy(NETWORK);
        removeTheLan();
        xen.dom0Ok("ip link add " + UPLINK + " type veth peer name " + LAN + " && ip link set " + UPLINK + " up"
                + " && ip link set " + LAN + " up && ip link add link " + LAN + " name " + LAN + "." + VLAN
                + " type vlan id " + VLAN + " && ip addr add " + LAN_ADDRESS + "/24 dev " + LAN + "." + VLAN
                + " && ip link set " + LAN + "." + VLAN + " up");
    }

    /** Whatever happened, the next tests on this boot find neither the guest, nor the network, nor the LAN. */
    @AfterAll
    void removeGuestNetworkAndLan() throws Exception {
        if (xen == null) {
            return; // no real Xen given: nothing was made
        }
        xen.remove(NAME);
        networks.destroy(NETWORK);
        removeTheLan();
    }

    /** Deleting one end of the veth pair deletes the other and the VLAN interfaces on either. */
    private void removeTheLan() throws Exception {
        xen.dom0Ok("ip link del " + UPLINK + " 2>/dev/null || true");
    }

    @Test
    void aGuestOnABridgedNetworkReachesItsUplinksVlanAndTheNetworkLeavesTheUplinkAsItWas() throws Exception {
        xen.dom0Ok("rm -f " + RealXen.console(NAME));
        try (XenApiClient c = xen.admin()) {
            String network = WireValues.asString(c.callWithSession("Xenophilia.network.create_from_xml", DEFINITION));

            // in dom0: the VLAN interface on the uplink, in the network's bridge, both marked as ours
            Map<String, JsonObject> links = networks.links();
            JsonObject bridge = links.get(BRIDGE);
            assertNotNull(bridge, "no bridge " + BRIDGE + " in dom0: " + links.keySet());
            assertEquals("xenophilia:" + NETWORK, Dom0Networks.field(bridge, "ifalias"), "the bridge: " + bridge);
            JsonObject vlan = links.get(VLAN_INTERFACE);
            assertNotNull(vlan, "no VLAN interface " + VLAN_INTERFACE + " in dom0: " + links.keySet());
            JsonObject info = vlan.getAsJsonObject("linkinfo");
            assertEquals("vlan", Dom0Networks.field(info, "info_kind"), "the VLAN interface: " + vlan);
            JsonObject data = info.getAsJsonObject("info_data");
            assertEquals(List.of("802.1Q", Integer.toString(VLAN)), List.of(Dom0Networks.field(data, "protocol"),
                    Dom0Networks.field(data, "id")), "the VLAN interface: " + vlan);
            assertEquals(UPLINK, Dom0Networks.field(vlan, "link"), "the VLAN interface's uplink: " + vlan);
            assertEquals(BRIDGE, Dom0Networks.field(vlan, "master"), "the VLAN interface's bridge: " + vlan);
            assertEquals("xenophilia:" + NETWORK + ":vlan", Dom0Networks.field(vlan, "ifalias"), "marked: " + vlan);
            assertEquals(List.of(), WireValues.asList(c.callWithSession("Xenophilia.network.check", network)),
                    "the host is as defined");

            // a guest on it reaches the address on VLAN 42 of the uplink's LAN
            String vm = WireValues.asString(c.callWithSession("Xenophilia.VM.import_xl_cfg",
                    Dom0Networks.guestCfg(NAME, NETWORK, MAC, GUEST_ADDRESS, LAN_ADDRESS)));
            c.callWithSession("VM.start", vm, false, false);
            RealXen.awaitPowerState(c, vm, "Running");
            List<String> ports = networks.links().values().stream()
                    .filter(l -> BRIDGE.equals(Dom0Networks.field(l, "master")))
                    .map(l -> Dom0Networks.field(l, "ifname")).sorted().toList();
            assertEquals(2, ports.size(), "the bridge's ports, the VLAN interface and the guest's vif: " + ports);
            assertTrue(ports.contains(VLAN_INTERFACE) && ports.stream().anyMatch(p -> p.startsWith("vif")),
                    "the bridge's ports, the VLAN interface and the guest's vif: " + ports);
            xen.awaitInDom0("the guest's ping marker", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-PING " + LAN_ADDRESS + " ' " + RealXen.console(NAME));
            String ping = xen.dom0Ok("grep 'E2E-GUEST-PING' " + RealXen.console(NAME)).stdout();
            assertTrue(ping.contains("E2E-GUEST-PING " + LAN_ADDRESS + " ok"), "the guest did not reach "
                    + LAN_ADDRESS + " on VLAN " + VLAN + ": " + ping);

            // destroyed once it halted: the bridge and the VLAN interface go, the uplink stays as it was
            c.callWithSession("VM.hard_shutdown", vm);
            RealXen.awaitPowerState(c, vm, "Halted");
            c.callWithSession("network.destroy", network);
            links = networks.links();
            assertFalse(links.containsKey(BRIDGE), "the bridge: " + links.keySet());
            assertFalse(links.containsKey(VLAN_INTERFACE), "the VLAN interface: " + links.keySet());
            assertTrue(links.containsKey(UPLINK), "the uplink is the admin's and stays: " + links.keySet());
            assertEquals("", Dom0Networks.field(links.get(UPLINK), "master"), "the uplink in no bridge");
            assertEquals(List.of(), networks.files(NETWORK), "the network's files in the Agent's state directory");
            c.callWithSession("VM.destroy", vm);
        }
    }
}
