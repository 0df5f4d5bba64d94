package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xenophilia.xl.output.XlOutputFormatException;
import org.xenophilia.xl.output.XlUptimeOutput;

/** {@code xl uptime}, against the real xl 4.17 captures and the day formats of xl's source. */
public class XlUptimeOutputTest {

    @Test
    public void readsEveryDomainOfTheRealCapture() throws Exception {
        Map<Integer, Duration> up = XlUptimeOutput.parse(TestData.text("xl-4.17/xl-uptime.txt"));
        assertEquals(List.of(0, 1, 2), List.copyOf(up.keySet()));
        assertEquals(Duration.ofSeconds(100), up.get(0));
        assertEquals(Duration.ofSeconds(56), up.get(1));
        assertEquals(Duration.ofSeconds(30), up.get(2));
    }

    @Test
    public void readsDom0Alone() throws Exception {
        Map<Integer, Duration> up = XlUptimeOutput.parse(TestData.text("xl-4.17/xl-uptime-dom0-only.txt"));
        assertEquals(List.of(0), List.copyOf(up.keySet()));
    }

    @Test
    public void readsDaysAsXlPrintsThem() throws Exception {
        Map<Integer, Duration> up = XlUptimeOutput.parse("""
                Name                                ID Uptime
                Domain-0                             0 12 days,  3:04:05
                web01                                7 1 day, 23:59:59
                """);
        assertEquals(Duration.ofDays(12).plusHours(3).plusMinutes(4).plusSeconds(5), up.get(0));
        assertEquals(Duration.ofDays(2).minusSeconds(1), up.get(7));
    }

    @Test
    public void anotherCommandsOutputIsRefusedWithItsLine() {
        XlOutputFormatException e = assertThrows(XlOutputFormatException.class,
                () -> XlUptimeOutput.parse(TestData.text("xl-4.17/xl-list.txt")));
        assertTrue(e.getMessage().contains("xl uptime"), e.getMessage());
        XlOutputFormatException row = assertThrows(XlOutputFormatException.class,
                () -> XlUptimeOutput.parse("Name ID Uptime\nweb01 7 soon\n"));
        assertTrue(row.getMessage().contains("web01 7 soon"), row.getMessage());
    }

    /** Found by fuzzing (releng/org.xenophilia.fuzz, XlUptimeFuzzTest): it was an uncaught ArithmeticException. */
    @Test
    public void daysOrHoursBeyondADurationAreOutOfRange() {
        for (String row : List.of("web01 7 99999999999999999 days, 0:00:00", "web01 7 746331336732224170:00:40")) {
            XlOutputFormatException e = assertThrows(XlOutputFormatException.class,
                    () -> XlUptimeOutput.parse("Name ID Uptime\n" + row + "\n"));
            assertTrue(e.getMessage().contains("number out of range"), e.getMessage());
        }
    }
}
