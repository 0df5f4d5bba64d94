package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.xl.output.XlDomainState;
import org.xenophilia.xl.output.XlListEntry;
import org.xenophilia.xl.output.XlListOutput;
import org.xenophilia.xl.output.XlOutputFormatException;

/** {@code xl list} in its variants, against the real xl 4.17 captures. */
public class XlListOutputTest {

    private static List<XlListEntry> parse(String fixture) throws XlOutputFormatException {
        return XlListOutput.parse(TestData.text("xl-4.17/" + fixture));
    }

    @Test
    public void readsDom0Only() throws XlOutputFormatException {
        List<XlListEntry> list = parse("xl-list.txt");
        assertEquals(1, list.size());
        XlListEntry dom0 = list.get(0);
        assertEquals("Domain-0", dom0.name());
        assertEquals(0, dom0.domid());
        assertEquals(1024, dom0.memoryMiB());
        assertEquals(2, dom0.vcpus());
        assertEquals("r-----", dom0.state().flags());
        assertTrue(dom0.state().running());
        assertEquals(39.3, dom0.cpuTimeSeconds(), 1e-9);
        assertTrue(dom0.uuid().isEmpty());
        assertTrue(dom0.nodeAffinity().isEmpty());
    }

    @Test
    public void readsGuestsBlockedAndPaused() throws XlOutputFormatException {
        List<XlListEntry> list = parse("xl-list-running.txt");
        assertEquals(List.of("Domain-0", "guest-pv-net", "guest-pvh"), list.stream().map(XlListEntry::name).toList());
        assertEquals(List.of(0, 1, 2), list.stream().map(XlListEntry::domid).toList());
        XlDomainState pvNet = list.get(1).state();
        assertTrue(pvNet.blocked());
        assertFalse(pvNet.running());
        assertFalse(pvNet.paused());
        XlDomainState pvh = list.get(2).state();
        assertTrue(pvh.paused());
        assertFalse(pvh.blocked());
        assertEquals(128, list.get(2).memoryMiB());
        assertEquals(2, list.get(2).vcpus());
        assertEquals(13.8, list.get(2).cpuTimeSeconds(), 1e-9);
    }

    @Test
    public void readsAShutDownDomainThatIsStillListed() throws XlOutputFormatException {
        XlListEntry pvNet = parse("xl-list-after-shutdown.txt").get(1);
        assertEquals("--ps--", pvNet.state().flags());
        assertTrue(pvNet.state().paused());
        assertTrue(pvNet.state().shutdown());
        assertEquals(XlDomainState.ShutdownReason.POWEROFF_OR_NONE, pvNet.state().shutdownReason());
        assertFalse(pvNet.state().crashed());
        assertFalse(pvNet.state().dying());
        assertEquals(100, pvNet.memoryMiB(), "after xl mem-set guest-pv-net 100m");
    }

    @Test
    public void readsTheVerboseColumns() throws XlOutputFormatException {
        List<XlListEntry> list = parse("xl-list-v.txt");
        assertEquals(3, list.size());
        assertEquals("00000000-0000-0000-0000-000000000000", list.get(0).uuid().orElseThrow());
        assertEquals("1b29d25b-1694-4dc5-8268-4deb8a6164ef", list.get(1).uuid().orElseThrow());
        assertEquals("8f0c862e-6017-49e0-aca3-9c5cce591f2a", list.get(2).uuid().orElseThrow());
        assertEquals(OptionalInt.empty(), list.get(1).reasonCode());
        assertEquals("-", list.get(1).securityLabel().orElseThrow());
        assertTrue(list.get(2).state().paused());
    }

    @Test
    public void readsTheNumaColumn() throws XlOutputFormatException {
        List<XlListEntry> list = parse("xl-list-n.txt");
        assertEquals(3, list.size());
        for (XlListEntry e : list) {
            assertEquals("all", e.nodeAffinity().orElseThrow());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xl-list.txt", "xl-list-two-guests.txt", "xl-list-running.txt", "xl-list-v.txt",
        "xl-list-n.txt", "xl-list-after-errors.txt", "xl-list-after-mem-set.txt", "xl-list-after-shutdown.txt",
        "xl-list-final.txt"})
    public void readsEveryCapture(String fixture) throws XlOutputFormatException {
        List<XlListEntry> list = parse(fixture);
        assertFalse(list.isEmpty());
        assertEquals("Domain-0", list.get(0).name());
        assertEquals(1024, list.get(0).memoryMiB());
        for (XlListEntry e : list) {
            assertTrue(e.cpuTimeSeconds() > 0, fixture);
        }
    }

    @Test
    public void readsMemSetResult() throws XlOutputFormatException {
        assertEquals(100, parse("xl-list-after-mem-set.txt").get(1).memoryMiB());
        assertEquals(1, parse("xl-list-final.txt").size());
    }

    @Test
    public void readsNamesWithSpacesAndLongerThanTheColumn() throws XlOutputFormatException {
        String out = "Name                                        ID   Mem VCPUs\tState\tTime(s)\n"
                + "a name with spaces                           7   256     1     -b----       1.0\n"
                + "a-very-long-domain-name-that-is-longer-than-forty     8   512     2     r-----     123.4\n"
                + "crashed                                      9   512     2     ---sc-       0.5\n"
                + "dying                                       10   512     2     -----d       0.5\n";
        List<XlListEntry> list = XlListOutput.parse(out);
        assertEquals("a name with spaces", list.get(0).name());
        assertEquals(7, list.get(0).domid());
        assertEquals("a-very-long-domain-name-that-is-longer-than-forty", list.get(1).name());
        assertEquals(123.4, list.get(1).cpuTimeSeconds(), 1e-9);
        assertTrue(list.get(2).state().crashed());
        assertEquals(XlDomainState.ShutdownReason.CRASH, list.get(2).state().shutdownReason());
        assertTrue(list.get(3).state().dying());
    }

    @Test
    public void readsTheShutdownReasonCodeInHex() throws XlOutputFormatException {
        String out = "Name                                        ID   Mem VCPUs\tState\tTime(s)   UUID"
                + "                            Reason-Code\tSecurity Label\n"
                + "g                                            3   128     1     ---sr-       0.1 "
                + "1b29d25b-1694-4dc5-8268-4deb8a6164ef        1                -\n";
        XlListEntry e = XlListOutput.parse(out).get(0);
        assertEquals(OptionalInt.of(1), e.reasonCode());
        assertEquals(XlDomainState.ShutdownReason.REBOOT, e.state().shutdownReason());
    }

    @Test
    public void rejectsOtherOutput() {
        assertThrows(XlOutputFormatException.class, () -> XlListOutput.parse(""));
        assertThrows(XlOutputFormatException.class, () -> XlListOutput.parse(TestData.text("xl-4.17/xl-info.txt")));
        XlOutputFormatException e = assertThrows(XlOutputFormatException.class, () -> XlListOutput.parse(
                "Name                                        ID   Mem VCPUs\tState\tTime(s)\nDomain-0  0  x\n"));
        assertEquals(2, e.line());
        assertThrows(IllegalArgumentException.class, () -> new XlDomainState("rb"));
        assertThrows(IllegalArgumentException.class, () -> new XlDomainState("x-----"));
    }
}
