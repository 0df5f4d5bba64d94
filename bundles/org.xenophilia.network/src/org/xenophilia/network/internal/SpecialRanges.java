package org.xenophilia.network.internal;

import java.util.List;

import org.xenophilia.network.IpPrefix;

/** The address ranges with a special meaning (RFC 6890) that no network's subnet may use. */
final class SpecialRanges {

    /**
     * One range.
     *
     * @param prefix the range
     * @param meaning what it is for, for messages
     */
    record Range(IpPrefix prefix, String meaning) {
    }

    private static final List<Range> RANGES = List.of(
            range("0.0.0.0/8", "\"this network\""),
            range("127.0.0.0/8", "loopback"),
            range("169.254.0.0/16", "link-local"),
            range("224.0.0.0/4", "multicast"),
            range("240.0.0.0/4", "reserved, and the broadcast address"),
            range("::/8", "unspecified, loopback and IPv4-mapped addresses"),
            range("fe80::/10", "link-local"),
            range("ff00::/8", "multicast"));

    private SpecialRanges() {
    }

    private static Range range(String prefix, String meaning) {
        return new Range(IpPrefix.parse(prefix), meaning);
    }

    /** {@return the first special range the prefix overlaps, or null} */
    static Range overlapping(IpPrefix prefix) {
        for (Range range : RANGES) {
            if (range.prefix().overlaps(prefix)) {
                return range;
            }
        }
        return null;
    }
}
