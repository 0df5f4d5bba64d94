package org.xenophilia.network.host;

/**
 * An IPv4 address, read strictly from dotted decimal (four numbers 0-255 without leading zeros: {@code 010.0.0.1}
 * is refused, since some tools read it as octal). Never looked up: a name is not an address.
 *
 * @param bits the address as a 32-bit number, most significant octet first
 */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

    /**
     * @param text {@code 10.0.0.1}
     * @return the address
     * @throws IllegalArgumentException if it is not four decimal numbers 0-255 separated by dots
     */
    public static Ipv4Address parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no IPv4 address");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw bad(text);
        }
        int bits = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                throw bad(text);
            }
            int n = Integer.parseInt(p);
            if (n > 255) {
                throw bad(text);
            }
            bits = bits << 8 | n;
        }
        return new Ipv4Address(bits);
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("not an IPv4 address: '" + HostNames.printable(text) + "'");
    }

    /**
     * @param prefix a prefix length, 0-32
     * @return the netmask of that length as an address
     */
    public static Ipv4Address netmask(int prefix) {
        return new Ipv4Address(prefix == 0 ? 0 : -1 << (32 - prefix));
    }

    /**
     * @param prefix a prefix length, 0-32
     * @return the first address of the subnet of that length holding this one
     */
    public Ipv4Address network(int prefix) {
        return new Ipv4Address(bits & netmask(prefix).bits);
    }

    @Override
    public int compareTo(Ipv4Address o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    /** @return dotted decimal */
    @Override
    public String toString() {
        return (bits >>> 24) + "." + (bits >>> 16 & 255) + "." + (bits >>> 8 & 255) + "." + (bits & 255);
    }
}
