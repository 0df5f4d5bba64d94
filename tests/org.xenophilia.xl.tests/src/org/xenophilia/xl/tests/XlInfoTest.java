package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xenophilia.xl.output.XlInfo;
import org.xenophilia.xl.output.XlOutputFormatException;

/** {@code xl info} and {@code xl info -n}, against the real xl 4.17 captures. */
public class XlInfoTest {

    private static XlInfo parse(String fixture) throws XlOutputFormatException {
        return XlInfo.parse(TestData.text("xl-4.17/" + fixture));
    }

    @Test
    public void readsMemoryAndCpuFigures() throws XlOutputFormatException {
        XlInfo info = parse("xl-info.txt");
        assertEquals(2047, info.totalMemoryMiB());
        assertEquals(1000, info.freeMemoryMiB());
        assertEquals(0, info.sharingFreedMemoryMiB().getAsLong());
        assertEquals(0, info.sharingUsedMemoryMiB().getAsLong());
        assertEquals(0, info.outstandingClaimsMiB().getAsLong());
        assertEquals(2, info.nrCpus());
        assertEquals(1, info.maxCpuId().getAsInt());
        assertEquals(1, info.nrNodes().getAsInt());
        assertEquals(2, info.coresPerSocket().getAsInt());
        assertEquals(1, info.threadsPerCore().getAsInt());
        assertEquals(0, info.freeCpus().getAsInt());
        assertEquals(2096.027, info.cpuMhz().getAsDouble(), 1e-9);
        assertEquals(4096, info.xenPageSize().getAsInt());
    }

    @Test
    public void readsVersionSchedulerAndCapabilities() throws XlOutputFormatException {
        XlInfo info = parse("xl-info.txt");
        assertEquals("dom0", info.host().orElseThrow());
        assertEquals("4.17.5", info.xenVersion().orElseThrow());
        assertEquals(4, info.xenMajor().getAsInt());
        assertEquals(17, info.xenMinor().getAsInt());
        assertEquals("credit2", info.xenScheduler().orElseThrow());
        assertEquals(Set.of("pv", "hvm", "hap", "shadow", "gnttab-v1", "gnttab-v2"), info.virtCaps());
        assertEquals(List.of("xen-3.0-x86_64", "hvm-3.0-x86_32", "hvm-3.0-x86_32p", "hvm-3.0-x86_64"),
                info.xenCaps());
        assertTrue(info.xenCommandline().orElseThrow().contains("dom0_mem=1024M,max:1024M"));
        assertEquals("#1 SMP PREEMPT_DYNAMIC Debian 6.1.176-1 (2026-07-02)", info.get("version").orElseThrow());
        assertEquals("1fcbf3fd:f6d8320b:ec500800:00000077:00000005:01884329:0000020c:00000000",
                info.get("hw_caps").orElseThrow(), "values may contain colons");
        assertEquals("", info.get("xen_changeset").orElseThrow(), "an empty value");
        assertEquals(34, info.asMap().size(), "every line of xl info is a key");
        assertTrue(info.cpuTopology().isEmpty());
    }

    @Test
    public void readsTheFreeMemoryDropAfterCreatingGuests() throws XlOutputFormatException {
        assertEquals(741, parse("xl-info-after-create.txt").freeMemoryMiB());
    }

    @Test
    public void readsTheTopologyTablesOfDashN() throws XlOutputFormatException {
        XlInfo info = parse("xl-info-n.txt");
        assertEquals(List.of(new XlInfo.CpuTopology(0, 0, 0, 0), new XlInfo.CpuTopology(1, 1, 0, 0)),
                info.cpuTopology());
        assertEquals(List.of(new XlInfo.NumaNode(0, 2047, 1000, List.of(10))), info.numaNodes());
        assertEquals(List.of("device           node", "No device topology data available"),
                info.section("device topology"));
        assertEquals(2047, info.totalMemoryMiB());
        assertEquals("credit2", info.xenScheduler().orElseThrow(), "keys after the tables are read too");
    }

    @Test
    public void readsMoreThanOneNumaDistance() throws XlOutputFormatException {
        XlInfo info = XlInfo.parse("total_memory           : 4096\nfree_memory            : 100\n"
                + "nr_cpus                : 4\nnuma_info              :\nnode:    memsize    memfree    distances\n"
                + "   0:      2048        50      10,20\n   1:      2048        50      20,10\n");
        assertEquals(List.of(20, 10), info.numaNodes().get(1).distances());
    }

    @Test
    public void rejectsOutputWithoutTheMemoryFigures() {
        assertThrows(XlOutputFormatException.class, () -> XlInfo.parse(""));
        assertThrows(XlOutputFormatException.class, () -> XlInfo.parse(TestData.text("xl-4.17/xl-list.txt")));
        assertThrows(XlOutputFormatException.class,
                () -> XlInfo.parse("total_memory           : lots\nfree_memory            : 1\nnr_cpus       : 1\n"));
    }

    /**
     * Found while fuzzing (releng/org.xenophilia.fuzz, XlInfoFuzzTest): nr_cpus beyond an int passed parse and then
     * made nrCpus(), which the Agent's xl backend calls for the host record, throw NumberFormatException; a negative
     * figure passed as well.
     */
    @Test
    public void figuresOutOfRangeAreRefusedByParse() {
        for (String bad : List.of("total_memory : 2048\nfree_memory : 100\nnr_cpus : 9999999999\n",
                "total_memory : -2048\nfree_memory : 100\nnr_cpus : 2\n",
                "total_memory : 2048\nfree_memory : -1\nnr_cpus : 2\n")) {
            XlOutputFormatException e = assertThrows(XlOutputFormatException.class, () -> XlInfo.parse(bad));
            assertTrue(e.getMessage().contains("out of range") || e.getMessage().contains("not negative"),
                    e.getMessage());
        }
    }
}
