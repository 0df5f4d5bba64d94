package org.xenophilia.network.host;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IPv6 address of the host on a network, with the network's prefix length: {@code fd00:10::1/64}. The address is
 * kept in its canonical text (RFC 5952: lower case, the longest run of zero groups as {@code ::}), the form
 * {@code ip -json addr} shows, so two spellings of one address are equal.
 *
 * @param address the canonical text of a global or unique-local unicast address
 * @param prefix 8-128
 */
public record Ipv6Interface(String address, int prefix) {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    /** Checks the invariants and makes the address canonical. */
    public Ipv6Interface {
        Objects.requireNonNull(address, "address");
        if (prefix < 8 || prefix > 128) {
            throw new IllegalArgumentException("an IPv6 prefix length is 8-128: /" + prefix);
        }
        byte[] bytes = bytes(address);
        if ((bytes[0] & 0xff) == 0xff || ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0x80)
                || allZeroBut(bytes)) {
            throw new IllegalArgumentException("not a unicast address for a network: " + address
                    + " (multicast, link-local, loopback and unspecified addresses are refused)");
        }
        address = canonical(bytes);
    }

    /**
     * @param text {@code fd00:10::1/64}
     * @return the interface address
     * @throws IllegalArgumentException if it is not an IPv6 address and a prefix length
     */
    public static Ipv6Interface parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0 || !text.substring(slash + 1).matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException("not an IPv6 address with its prefix length (fd00::1/64): '"
                    + (text == null ? "" : HostNames.printable(text)) + "'");
        }
        return new Ipv6Interface(text.substring(0, slash), Integer.parseInt(text.substring(slash + 1)));
    }

    /** @return the subnet, {@code fd00:10::/64} */
    public String subnet() {
        byte[] b = bytes(address);
        for (int bit = prefix; bit < 128; bit++) {
            b[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return canonical(b) + "/" + prefix;
    }

    /**
     * @param other an IPv6 address
     * @return whether it lies in this interface's prefix
     * @since 1.2
     */
    public boolean holds(String other) {
        byte[] a = bytes(address);
        byte[] b = bytes(other);
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((a[bit / 8] & mask) != (b[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** @return {@code fd00:10::1/64} */
    @Override
    public String toString() {
        return address + "/" + prefix;
    }

    /** @return the canonical (RFC 5952) text of an IPv6 address literal, never looked up as a name */
    static String canonicalAddress(String text) {
        return canonical(bytes(Objects.requireNonNull(text, "address")));
    }

    /** @return the order of two IPv6 addresses as unsigned 128-bit numbers */
    static int compare(String a, String b) {
        return Arrays.compareUnsigned(bytes(a), bytes(b));
    }

    private static boolean allZeroBut(byte[] b) {
        for (int i = 0; i < 15; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[15] == 0 || b[15] == 1;
    }

    private static byte[] bytes(String text) {
        // only the characters of a literal, so that InetAddress parses and never looks a name up
        if (!LITERAL.matcher(text).matches() || text.indexOf(':') < 0) {
            throw new IllegalArgumentException("not an IPv6 address: '" + HostNames.printable(text) + "'");
        }
        try {
            InetAddress a = InetAddress.getByName(text);
            if (!(a instanceof Inet6Address)) {
                throw new IllegalArgumentException("not an IPv6 address: " + text);
            }
            return a.getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address: '" + HostNames.printable(text) + "'");
        }
    }

    private static String canonical(byte[] b) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1; // RFC 5952: a single zero group is not shortened
        for (int i = 0; i < 8;) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLength - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(groups[i]));
        }
        return s.toString();
    }
}
