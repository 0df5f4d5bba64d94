package org.xenophilia.xl.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the output of {@code xl list}, also with {@code -v} (UUID, reason code, security label), {@code -Z}
 * (security label), {@code --claim}, {@code --cpupool} and {@code -n} (NUMA node affinity).
 *
 * <p>The header separates {@code VCPUs}, {@code State} and {@code Time(s)} with tabs while the rows use spaces only;
 * the parser does not rely on either. It reads which optional columns are present from the header and each row
 * from its fixed fields (id, memory, vCPUs, state, time), so a domain name that contains spaces or is longer than
 * its 40-character column is read correctly.
 */
public final class XlListOutput {

    private XlListOutput() {
    }

    /**
     * Parses the standard output of {@code xl list [options]}.
     *
     * @param output the output, header line first
     * @return the rows in output order
     * @throws XlOutputFormatException if the header or a row does not have the expected shape
     */
    public static List<XlListEntry> parse(String output) throws XlOutputFormatException {
        String[] lines = output.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            throw new XlOutputFormatException(0, "empty output: xl list prints a header line first");
        }
        String header = lines[first];
        if (!header.startsWith("Name") || !header.contains("State") || !header.contains("Time(s)")) {
            throw new XlOutputFormatException(first + 1, "not the header of xl list: " + header.strip());
        }
        boolean verbose = header.contains("UUID") && header.contains("Reason-Code");
        boolean securityLabel = header.contains("Security Label");
        boolean claim = header.contains("Claimed");
        boolean cpupool = header.contains("Cpupool");
        boolean numa = header.contains("NODE Affinity");
        List<XlListEntry> entries = new ArrayList<>();
        for (int i = first + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            entries.add(row(line, i + 1, verbose, securityLabel, claim, cpupool, numa));
        }
        return entries;
    }

    private static XlListEntry row(String line, int lineNo, boolean verbose, boolean securityLabel, boolean claim,
            boolean cpupool, boolean numa) throws XlOutputFormatException {
        List<int[]> tokens = tokens(line);
        int state = -1;
        for (int t = 3; t + 1 < tokens.size(); t++) {
            if (XlDomainState.isValid(text(line, tokens.get(t))) && isInt(line, tokens.get(t - 1))
                    && isInt(line, tokens.get(t - 2)) && isInt(line, tokens.get(t - 3))
                    && isDecimal(text(line, tokens.get(t + 1)))) {
                state = t;
                break;
            }
        }
        if (state < 0) {
            throw new XlOutputFormatException(lineNo,
                    "expected 'name id mem vcpus state time' in this xl list row: " + line.strip());
        }
        String name = line.substring(0, tokens.get(state - 3)[0]).strip();
        if (name.isEmpty()) {
            throw new XlOutputFormatException(lineNo, "row without a domain name: " + line.strip());
        }
        int domid;
        long mem;
        int vcpus;
        double time;
        try {
            domid = Integer.parseInt(text(line, tokens.get(state - 3)));
            mem = Long.parseLong(text(line, tokens.get(state - 2)));
            vcpus = Integer.parseInt(text(line, tokens.get(state - 1)));
            time = Double.parseDouble(text(line, tokens.get(state + 1)));
        } catch (NumberFormatException e) {
            throw new XlOutputFormatException(lineNo, "number out of range in xl list row: " + line.strip());
        }
        int next = state + 2;
        int expected = (verbose ? 2 : 0) + (claim ? 1 : 0) + (verbose || securityLabel ? 1 : 0) + (cpupool ? 1 : 0)
                + (numa ? 1 : 0);
        if (tokens.size() - next != expected) {
            throw new XlOutputFormatException(lineNo, "expected " + expected + " column(s) after the time but found "
                    + (tokens.size() - next) + ": " + line.strip());
        }
        Optional<String> uuid = Optional.empty();
        OptionalInt reason = OptionalInt.empty();
        OptionalLong claimed = OptionalLong.empty();
        Optional<String> label = Optional.empty();
        Optional<String> pool = Optional.empty();
        Optional<String> affinity = Optional.empty();
        try {
            if (verbose) {
                uuid = Optional.of(text(line, tokens.get(next++)));
                String r = text(line, tokens.get(next++));
                if (!r.equals("-")) {
                    reason = OptionalInt.of(Integer.parseInt(r, 16)); // printed with %x
                }
            }
            if (claim) {
                claimed = OptionalLong.of(Long.parseLong(text(line, tokens.get(next++))));
            }
        } catch (NumberFormatException e) {
            throw new XlOutputFormatException(lineNo, "bad reason code or claim in xl list row: " + line.strip());
        }
        if (verbose || securityLabel) {
            label = Optional.of(text(line, tokens.get(next++)));
        }
        if (cpupool) {
            pool = Optional.of(text(line, tokens.get(next++)));
        }
        if (numa) {
            affinity = Optional.of(text(line, tokens.get(next)));
        }
        return new XlListEntry(name, domid, mem, vcpus, new XlDomainState(text(line, tokens.get(state))), time, uuid,
                reason, claimed, label, pool, affinity);
    }

    /** Splits at blanks and tabs; each token is {start, end}. */
    private static List<int[]> tokens(String line) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new int[] {start, i});
            }
        }
        return tokens;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private static String text(String line, int[] token) {
        return line.substring(token[0], token[1]);
    }

    private static boolean isInt(String line, int[] token) {
        for (int i = token[0]; i < token[1]; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return token[1] > token[0];
    }

    private static boolean isDecimal(String s) {
        int dot = s.indexOf('.');
        if (dot <= 0 || dot != s.lastIndexOf('.') || dot == s.length() - 1) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i != dot && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
