package org.xenophilia.xl.output;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code xl uptime}: a header {@code Name ID Uptime}, then one row per domain, the uptime as xl prints it
 * ({@code uptime_to_string} in xl's source): {@code H:MM:SS}, prefixed by {@code N day, } or {@code N days, } after a
 * day. Domain names cannot contain spaces, but the parser does not rely on it: the id is the last number before the
 * uptime.
 */
public final class XlUptimeOutput {

    private static final Pattern ROW = Pattern.compile(
            "^(.+?)\\s+(\\d+)\\s+(?:(\\d+) days?, )?\\s*(\\d+):(\\d{2}):(\\d{2})\\s*$");

    private XlUptimeOutput() {
    }

    /**
     * @param output the standard output of {@code xl uptime}
     * @return each domain's uptime by domid, in output order
     * @throws XlOutputFormatException if the header or a row does not have the expected shape
     */
    public static Map<Integer, Duration> parse(String output) throws XlOutputFormatException {
        String[] lines = output.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length || !lines[first].startsWith("Name") || !lines[first].contains("Uptime")) {
            throw new XlOutputFormatException(first + 1, "not the header of xl uptime: "
                    + (first == lines.length ? "(empty output)" : lines[first].strip()));
        }
        Map<Integer, Duration> uptimes = new LinkedHashMap<>();
        for (int i = first + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher m = ROW.matcher(lines[i]);
            if (!m.matches()) {
                throw new XlOutputFormatException(i + 1, "expected 'name id [N days, ]H:MM:SS' in this xl uptime row: "
                        + lines[i].strip());
            }
            try {
                long days = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
                Duration d = Duration.ofDays(days).plusHours(Long.parseLong(m.group(4)))
                        .plusMinutes(Long.parseLong(m.group(5))).plusSeconds(Long.parseLong(m.group(6)));
                uptimes.put(Integer.parseInt(m.group(2)), d);
            } catch (NumberFormatException | ArithmeticException e) {
                // a number beyond a long, or days and hours beyond what a Duration holds
                throw new XlOutputFormatException(i + 1, "number out of range in xl uptime row: " + lines[i].strip());
            }
        }
        return uptimes;
    }
}
