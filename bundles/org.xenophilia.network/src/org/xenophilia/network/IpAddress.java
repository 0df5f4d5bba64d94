package org.xenophilia.network;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address, parsed from its literal text form only. Nothing here ever resolves a name: text that is not
 * a literal address ("localhost", "gw.example.org") is refused, and so are the forms some tools read differently from
 * others (IPv4 parts with leading zeros, which {@code inet_aton} reads as octal; shortened IPv4 such as
 * {@code 127.1}; hexadecimal parts; IPv6 zones and brackets). {@link #toInetAddress()} builds the JDK's address from
 * the bytes, without a lookup.
 *
 * @param family IPv4 or IPv6
 * @param value the address as an unsigned number of {@link Family#bits()} bits
 */
public record IpAddress(Family family, BigInteger value) implements Comparable<IpAddress> {

    /** An address family. */
    public enum Family {
        /** IPv4: 32 bits. */
        IPV4(32, "IPv4"),
        /** IPv6: 128 bits. */
        IPV6(128, "IPv6");

        private final int bits;
        private final String label;

        Family(int bits, String label) {
            this.bits = bits;
            this.label = label;
        }

        /** {@return the number of bits of an address} */
        public int bits() {
            return bits;
        }

        /** {@return "IPv4" or "IPv6"} */
        @Override
        public String toString() {
            return label;
        }
    }

    private static final int IPV6_GROUPS = 8;

    /**
     * Creates an address.
     *
     * @throws IllegalArgumentException when the value is negative or does not fit the family's bits
     */
    public IpAddress {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.bitLength() > family.bits()) {
            throw new IllegalArgumentException(value + " is not a " + family + " address");
        }
    }

    /**
     * Parses a literal address of either family: IPv6 when the text holds a colon, IPv4 otherwise.
     *
     * @param text the address, e.g. {@code 192.0.2.1} or {@code fd00::1}
     * @return the address
     * @throws IllegalArgumentException when the text is not a literal address; the message says why, for a human
     */
    public static IpAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        return text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
    }

    /**
     * Parses a literal address of a given family.
     *
     * @param text the address
     * @param family the family it must have
     * @return the address
     * @throws IllegalArgumentException when the text is not a literal address of that family
     */
    public static IpAddress parse(String text, Family family) {
        Objects.requireNonNull(text, "text");
        return family == Family.IPV4 ? parseIpv4(text) : parseIpv6(text);
    }

    private static IpAddress parseIpv4(String text) {
        if (text.indexOf(':') >= 0) {
            throw new IllegalArgumentException("it is an IPv6 address, not an IPv4 one");
        }
        return new IpAddress(Family.IPV4, BigInteger.valueOf(ipv4Bits(text, text)));
    }

    /** The 32 bits of a dotted-decimal address; {@code whole} is the text to name in messages. */
    private static long ipv4Bits(String text, String whole) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(looksLikeName(whole)
                    ? "it is a name, not an address (names are never looked up here): write the address, e.g. "
                            + "192.0.2.1"
                    : "an IPv4 address has four numbers separated by dots, e.g. 192.0.2.1");
        }
        long bits = 0;
        for (String part : parts) {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                throw new IllegalArgumentException("'" + part + "' is hexadecimal: write the numbers in decimal");
            }
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException(looksLikeName(whole)
                        ? "it is a name, not an address (names are never looked up here): write the address, "
                                + "e.g. 192.0.2.1"
                        : "'" + part + "' is not a number from 0 to 255");
            }
            if (part.length() > 1 && part.charAt(0) == '0') {
                throw new IllegalArgumentException("'" + part + "' has a leading zero, which some tools read as an "
                        + "octal number: write " + Integer.parseInt(part));
            }
            int number = Integer.parseInt(part);
            if (number > 255) {
                throw new IllegalArgumentException(number + " is more than 255");
            }
            bits = bits << 8 | number;
        }
        return bits;
    }

    private static IpAddress parseIpv6(String text) {
        if (text.indexOf('%') >= 0) {
            throw new IllegalArgumentException("a zone (%...) is not allowed here");
        }
        if (text.startsWith("[") || text.endsWith("]")) {
            throw new IllegalArgumentException("write the address without brackets");
        }
        if (text.indexOf(':') < 0) {
            throw new IllegalArgumentException(looksLikeName(text)
                    ? "it is a name, not an address (names are never looked up here): write the address, e.g. "
                            + "fd00::1"
                    : "an IPv6 address has groups separated by colons, e.g. fd00::1");
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new IllegalArgumentException(":: may appear only once");
        }
        int[] head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
        int[] tail = gap < 0 ? new int[0] : groups(text.substring(gap + 2), true);
        int count = head.length + tail.length;
        if (gap < 0 && count != IPV6_GROUPS) {
            throw new IllegalArgumentException("it has " + count + " groups: an IPv6 address has 8, or :: for the "
                    + "zero groups left out");
        }
        if (gap >= 0 && count > IPV6_GROUPS - 1) {
            throw new IllegalArgumentException("it has " + count + " groups besides ::, at most 7 leave room for it");
        }
        BigInteger value = BigInteger.ZERO;
        for (int group : head) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group));
        }
        value = value.shiftLeft(16 * (IPV6_GROUPS - count));
        for (int group : tail) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group));
        }
        return new IpAddress(Family.IPV6, value);
    }

    /**
     * The 16-bit groups of one side of an IPv6 address; a dotted IPv4 address may end the last side, as two groups.
     *
     * @param side the text between the start or "::" and "::" or the end
     * @param last whether the side ends the address
     */
    private static int[] groups(String side, boolean last) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        boolean embeddedIpv4 = last && parts[parts.length - 1].indexOf('.') >= 0;
        int[] groups = new int[parts.length + (embeddedIpv4 ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (embeddedIpv4 && i == parts.length - 1) {
                long bits = ipv4Bits(part, part);
                groups[i] = (int) (bits >>> 16);
                groups[i + 1] = (int) (bits & 0xffff);
                continue;
            }
            if (part.isEmpty() || part.length() > 4
                    || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
                throw new IllegalArgumentException(part.isEmpty() ? "it has an empty group (a single colon where :: "
                        + "or a group belongs)" : "'" + part + "' is not a group of 1 to 4 hexadecimal digits");
            }
            groups[i] = Integer.parseInt(part, 16);
        }
        return groups;
    }

    /** A host name rather than a mistyped address: a letter beyond the hexadecimal ones. */
    private static boolean looksLikeName(String text) {
        return text.chars().anyMatch(c -> Character.isLetter(c) && Character.digit(c, 16) < 0);
    }

    /** {@return the address's bytes, most significant first (4 or 16)} */
    public byte[] toBytes() {
        byte[] bytes = new byte[family.bits() / 8];
        byte[] raw = value.toByteArray();
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        return bytes;
    }

    /**
     * Returns the JDK's address for these bytes, made without any lookup ({@link InetAddress#getByAddress(byte[])},
     * which turns an IPv4-mapped IPv6 address, ::ffff:a.b.c.d, into the IPv4 address a.b.c.d).
     *
     * @return the address
     */
    public InetAddress toInetAddress() {
        try {
            return InetAddress.getByAddress(toBytes());
        } catch (UnknownHostException e) {
            // getByAddress fails only for a wrong length, which toBytes() never has
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the address a number of addresses after this one.
     *
     * @param offset how many addresses further (may be negative)
     * @return the address
     * @throws IllegalArgumentException when the result is outside the family's range
     */
    public IpAddress plus(long offset) {
        return new IpAddress(family, value.add(BigInteger.valueOf(offset)));
    }

    @Override
    public int compareTo(IpAddress other) {
        int byFamily = family.compareTo(other.family);
        return byFamily != 0 ? byFamily : value.compareTo(other.value);
    }

    /** {@return the canonical text: dotted decimal, or RFC 5952 (lower case, the longest run of zeros as ::)} */
    @Override
    public String toString() {
        if (family == Family.IPV4) {
            long bits = value.longValue();
            return (bits >>> 24) + "." + (bits >>> 16 & 0xff) + "." + (bits >>> 8 & 0xff) + "." + (bits & 0xff);
        }
        int[] groups = new int[IPV6_GROUPS];
        for (int i = 0; i < IPV6_GROUPS; i++) {
            groups[i] = value.shiftRight(16 * (IPV6_GROUPS - 1 - i)).intValue() & 0xffff;
        }
        int bestStart = -1;
        int bestLength = 1; // RFC 5952: :: never stands for a single group
        for (int i = 0; i < IPV6_GROUPS;) {
            int j = i;
            while (j < IPV6_GROUPS && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < IPV6_GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
