package org.xenophilia.network;

import java.math.BigInteger;
import java.util.Objects;

import org.xenophilia.network.IpAddress.Family;

/**
 * An IPv4 subnet or IPv6 prefix, ADDRESS/LENGTH, parsed from its literal text form only (see {@link IpAddress}). The
 * address may have host bits set ({@code 192.168.1.5/24}, as a host's address is written); {@link #isNetworkAddress()}
 * tells, and {@link #network()} clears them.
 *
 * @param address the address as written
 * @param length the prefix length, 0 to the family's bits
 */
public record IpPrefix(IpAddress address, int length) {

    /**
     * Creates a prefix.
     *
     * @throws IllegalArgumentException when the length is outside 0 to the family's bits
     */
    public IpPrefix {
        Objects.requireNonNull(address, "address");
        if (length < 0 || length > address.family().bits()) {
            throw new IllegalArgumentException("the prefix length " + length + " is not between 0 and "
                    + address.family().bits());
        }
    }

    /**
     * Parses ADDRESS/LENGTH of either family.
     *
     * @param text the prefix, e.g. {@code 192.168.100.0/24} or {@code fd00:100::/64}
     * @return the prefix
     * @throws IllegalArgumentException when the text is not a literal prefix; the message says why, for a human
     */
    public static IpPrefix parse(String text) {
        Objects.requireNonNull(text, "text");
        return parse(text, text.indexOf(':') >= 0 ? Family.IPV6 : Family.IPV4);
    }

    /**
     * Parses ADDRESS/LENGTH of a given family.
     *
     * @param text the prefix
     * @param family the family it must have
     * @return the prefix
     * @throws IllegalArgumentException when the text is not a literal prefix of that family
     */
    public static IpPrefix parse(String text, Family family) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        if (slash < 0 || text.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("a prefix is ADDRESS/LENGTH, e.g. "
                    + (family == Family.IPV4 ? "192.168.100.0/24" : "fd00:100::/64"));
        }
        IpAddress address = IpAddress.parse(text.substring(0, slash), family);
        String length = text.substring(slash + 1);
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(c -> c >= '0' && c <= '9')
                || (length.length() > 1 && length.charAt(0) == '0')) {
            throw new IllegalArgumentException("'" + length + "' is not a prefix length (0 to " + family.bits() + ")");
        }
        return new IpPrefix(address, Integer.parseInt(length));
    }

    private BigInteger hostMask() {
        return BigInteger.ONE.shiftLeft(address.family().bits() - length).subtract(BigInteger.ONE);
    }

    /** {@return whether the host bits of the address are zero, as a subnet is written} */
    public boolean isNetworkAddress() {
        return address.value().and(hostMask()).signum() == 0;
    }

    /** {@return the prefix with the host bits of its address cleared} */
    public IpPrefix network() {
        return new IpPrefix(first(), length);
    }

    /** {@return the first address of the prefix (its network address)} */
    public IpAddress first() {
        return new IpAddress(address.family(), address.value().andNot(hostMask()));
    }

    /** {@return the last address of the prefix (IPv4's broadcast address)} */
    public IpAddress last() {
        return new IpAddress(address.family(), address.value().or(hostMask()));
    }

    /** {@return how many addresses the prefix holds} */
    public BigInteger size() {
        return hostMask().add(BigInteger.ONE);
    }

    /**
     * Tells whether an address lies in the prefix.
     *
     * @param other any address
     * @return true when it has this family and lies between {@link #first()} and {@link #last()}
     */
    public boolean contains(IpAddress other) {
        return other.family() == address.family() && first().compareTo(other) <= 0 && other.compareTo(last()) <= 0;
    }

    /**
     * Tells whether two prefixes share an address.
     *
     * @param other any prefix
     * @return true when they have one family and one contains the other's first address
     */
    public boolean overlaps(IpPrefix other) {
        return other.address.family() == address.family() && (contains(other.first()) || other.contains(first()));
    }

    /** {@return ADDRESS/LENGTH, the address in its canonical text} */
    @Override
    public String toString() {
        return address + "/" + length;
    }
}
