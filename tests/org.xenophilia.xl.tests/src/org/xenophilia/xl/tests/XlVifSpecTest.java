package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xenophilia.xl.codec.XlSpecParam;
import org.xenophilia.xl.codec.XlVifSpec;

/** vif specs as xl reads them (xl-network-configuration(5)). */
public class XlVifSpecTest {

    private static List<String> params(String spec) {
        return XlVifSpec.parse(spec).params().stream().map(XlSpecParam::toString).toList();
    }

    @Test
    public void splitsAtCommasSkippingEmptyPiecesAndLeadingBlanks() {
        assertEquals(List.of("mac=00:16:3E:74:3d:76", "model=rtl8139", "bridge=xenbr0"),
                params("mac=00:16:3E:74:3d:76,model=rtl8139,bridge=xenbr0"));
        assertEquals(List.of("backend=DomD", "bridge=xenbr0", "mac=08:00:27:ff:cb:cf"),
                params("backend=DomD, bridge=xenbr0, mac=08:00:27:ff:cb:cf"));
        assertEquals(List.of(), params(""));
        assertEquals(List.of("bridge=b"), params(",, ,bridge=b,"));
        assertEquals(List.of("ip=193.33.132.140 ", "mac=00:16:3E:76:47:D3"),
                params("ip=193.33.132.140 ,mac=00:16:3E:76:47:D3"), "xl keeps blanks before a comma");
        assertEquals(List.of("ip=10.0.0.2 255.255.255.0 10.0.0.1"), params("ip=10.0.0.2 255.255.255.0 10.0.0.1"));
    }

    @Test
    public void theLastValueWins() {
        XlVifSpec spec = XlVifSpec.parse("bridge=a,mac=00:16:3e:00:00:01,bridge=b");
        assertEquals("b", spec.get("bridge").orElseThrow());
        assertTrue(spec.get("ip").isEmpty());
    }

    @Test
    public void knowsWhatXlKnows() {
        XlVifSpec spec = XlVifSpec.parse("rate=1MB/s@20ms,vlan=10p/20,trusted,untrusted,gatewaydev=eth0,netdev=e,"
                + "devid=1,mtu=1500,colo_sock_mirror_id=1,forwarddev=x,accel=y,foo=bar,bogus");
        assertEquals(List.of("foo=bar", "bogus"), spec.unknownToXl().stream().map(XlSpecParam::toString).toList());
        assertFalse(XlVifSpec.isKnownToXl(new XlSpecParam("mac", null)), "mac needs a value");
        assertTrue(XlVifSpec.isKnownToXl(new XlSpecParam("trusted", null)));
    }
}
