package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xenophilia.xl.output.XlDomainConfig;
import org.xenophilia.xl.output.XlListLongOutput;
import org.xenophilia.xl.output.XlOutputFormatException;

/** {@code xl list -l} JSON, against the real xl 4.17 captures. */
public class XlListLongOutputTest {

    private static List<XlDomainConfig> parse(String fixture) throws XlOutputFormatException {
        return XlListLongOutput.parse(TestData.text("xl-4.17/" + fixture));
    }

    @Test
    public void readsDom0sMinimalEntry() throws XlOutputFormatException {
        List<XlDomainConfig> list = parse("xl-list-l-dom0-only.json");
        assertEquals(1, list.size());
        XlDomainConfig dom0 = list.get(0);
        assertEquals(0, dom0.domid());
        assertEquals("Domain-0", dom0.name());
        assertEquals("pv", dom0.type().orElseThrow());
        assertTrue(dom0.uuid().isEmpty());
        assertEquals(1048576, dom0.maxMemKb().getAsLong());
        assertEquals(1048575, dom0.targetMemKb().getAsLong());
        assertEquals("credit2", dom0.scheduler().orElseThrow());
        assertEquals(256, dom0.schedWeight().getAsLong());
        assertEquals(0, dom0.schedCap().getAsLong());
        assertTrue(dom0.maxVcpus().isEmpty());
        assertTrue(dom0.disks().isEmpty());
        assertTrue(dom0.nics().isEmpty());
        assertTrue(dom0.kernel().isEmpty());
        assertTrue(dom0.has("b_info", "type.pv"), "keys with dots are addressed one name at a time");
    }

    @Test
    public void readsAGuestWithDiskAndNic() throws XlOutputFormatException {
        List<XlDomainConfig> list = parse("xl-list-l-one.json");
        assertEquals(1, list.size(), "always an array, even for one domain");
        XlDomainConfig g = list.get(0);
        assertEquals(1, g.domid(), "the entry's domid, not c_info.domid (4294967295)");
        assertEquals(4294967295L, g.number("c_info", "domid").getAsLong());
        assertEquals("guest-pv-net", g.name());
        assertEquals("1b29d25b-1694-4dc5-8268-4deb8a6164ef", g.uuid().orElseThrow());
        assertEquals(Optional.of(Boolean.TRUE), g.runHotplugScripts(), "\"True\" is a boolean");
        assertEquals(Optional.of(Boolean.TRUE), g.claimMode());
        assertEquals(Optional.of(Boolean.FALSE), g.bool("b_info", "arch_x86", "msr_relaxed"), "\"False\" too");
        assertEquals(1, g.maxVcpus().getAsInt());
        assertEquals(List.of(0), g.availVcpus());
        assertEquals(196608, g.maxMemKb().getAsLong());
        assertEquals(131072, g.targetMemKb().getAsLong());
        assertEquals(0, g.videoMemKb().getAsLong());
        assertEquals("/boot/vmlinuz-6.1.0-50-amd64", g.kernel().orElseThrow());
        assertEquals("/root/guest-initrd.gz", g.ramdisk().orElseThrow());
        assertEquals("console=hvc0 rdinit=/init quiet loglevel=4", g.cmdline().orElseThrow());
        assertEquals("preserve", g.action("crash").orElseThrow());
        assertEquals("restart", g.action("reboot").orElseThrow());
        assertEquals("soft_reset", g.action("soft_reset").orElseThrow());
        assertTrue(g.action("poweroff").isEmpty());

        XlDomainConfig.Disk disk = g.disks().get(0);
        assertEquals("/root/guestdisk.img", disk.pdevPath().orElseThrow());
        assertEquals("xvda", disk.vdev().orElseThrow());
        assertEquals("raw", disk.format().orElseThrow());
        assertEquals(Optional.of(Boolean.TRUE), disk.readWrite(), "readwrite is the number 1");
        assertFalse(disk.cdrom());
        assertEquals(Optional.of(Boolean.FALSE), disk.bool("colo_restore_enable"));

        XlDomainConfig.Nic nic = g.nics().get(0);
        assertEquals(0, nic.devid().getAsLong());
        assertEquals("00:16:3e:00:00:02", nic.mac().orElseThrow());
        assertEquals("xenbr0", nic.bridge().orElseThrow());
        assertEquals("vif", nic.nicType().orElseThrow());
        assertTrue(nic.ip().isEmpty());
    }

    @Test
    public void readsAllThreeDomains() throws XlOutputFormatException {
        List<XlDomainConfig> list = parse("xl-list-l.json");
        assertEquals(List.of(0, 1, 2), list.stream().map(XlDomainConfig::domid).toList());
        assertEquals(List.of("Domain-0", "guest-pv-net", "guest-pvh"),
                list.stream().map(XlDomainConfig::name).toList());
        assertEquals(List.of(0, 1), list.get(2).availVcpus());
    }

    @Test
    public void readsAPvhGuestWithCpuidPolicy() throws XlOutputFormatException {
        XlDomainConfig g = parse("xl-list-long-pvh.json").get(0);
        assertEquals("pvh", g.type().orElseThrow());
        assertEquals(2, g.maxVcpus().getAsInt());
        assertTrue(g.has("b_info", "cpuid", "cpuid"));
        assertTrue(g.disks().isEmpty());
        assertTrue(g.toJson().contains("\"leaf\":2147483649"));
    }

    @Test
    public void rejectsOtherOutput() {
        assertThrows(XlOutputFormatException.class, () -> XlListLongOutput.parse("{}"));
        assertThrows(XlOutputFormatException.class, () -> XlListLongOutput.parse("[ { \"domid\": 1 } ]"));
        assertThrows(XlOutputFormatException.class, () -> XlListLongOutput.parse("[ {"));
        assertThrows(XlOutputFormatException.class,
                () -> XlListLongOutput.parse(TestData.text("xl-4.17/xl-list.txt")));
    }

    /** Found by fuzzing (releng/org.xenophilia.fuzz, XlListLongFuzzTest): a null element threw from the accessor. */
    @Test
    public void availVcpusLeavesOutWhatIsNotAVcpuNumber() throws XlOutputFormatException {
        XlDomainConfig c = XlListLongOutput.parse("[{\"domid\": 3, \"config\": {\"b_info\": {\"avail_vcpus\": "
                + "[0, null, \"1\", [2], 3.5, -1, 4294967296, 1e999999999, 2]}}}]").get(0);
        assertEquals(List.of(0, 2), c.availVcpus());
    }
}
