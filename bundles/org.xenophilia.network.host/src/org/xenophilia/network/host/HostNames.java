package org.xenophilia.network.host;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name rules of a plan, checked before any tool runs. They are narrower than Linux's on purpose: a name reaches
 * {@code ip}, {@code nft} and {@code dnsmasq} as an argument or inside a generated file, so it holds nothing any of
 * them (or a shell, were one ever involved) reads specially: no space, quote, {@code $}, {@code ;}, {@code /},
 * {@code :}, {@code #}, {@code =}, {@code ,}, newline, and never a leading {@code -} (an option).
 */
public final class HostNames {

    /** A network: 1-32 of {@code A-Z a-z 0-9 _ -}, starting with a letter or digit (also its directory's name). */
    public static final Pattern NETWORK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    /**
     * A network interface (bridge, uplink, VLAN interface): 1-15 of {@code A-Z a-z 0-9 _ . -} starting with a letter
     * or digit; Linux's limit is 15 bytes ({@code IFNAMSIZ} less the terminating zero).
     */
    public static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,14}");
    /** A host name given with a static lease: one DNS label (RFC 1123). */
    public static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");

    private HostNames() {
    }

    /**
     * @param name a network's name
     * @return it
     * @throws IllegalArgumentException if it breaks {@link #NETWORK}
     */
    public static String network(String name) {
        return check("network name", name, NETWORK, "1-32 of A-Z a-z 0-9 _ -, starting with a letter or digit");
    }

    /**
     * @param what what the name is, for the message: {@code bridge}, {@code uplink}
     * @param name an interface's name
     * @return it
     * @throws IllegalArgumentException if it breaks {@link #INTERFACE}
     */
    public static String networkInterface(String what, String name) {
        return check(what + " name", name, INTERFACE, "1-15 of A-Z a-z 0-9 _ . -, starting with a letter or digit");
    }

    /**
     * @param name a host name
     * @return it
     * @throws IllegalArgumentException if it is not one DNS label
     */
    public static String host(String name) {
        return check("host name", name, HOST, "one DNS label: 1-63 of A-Z a-z 0-9 -, not starting or ending with -");
    }

    /**
     * @param mac an Ethernet address, {@code 52:54:00:AB:cd:01}
     * @return it in lower case
     * @throws IllegalArgumentException if it is not six pairs of hex digits separated by colons
     */
    public static String mac(String mac) {
        String m = mac == null ? null : mac.toLowerCase(Locale.ROOT);
        return check("MAC address", m, MAC, "six pairs of hex digits separated by colons");
    }

    private static String check(String what, String value, Pattern rule, String ruleInWords) {
        if (value == null) {
            throw new IllegalArgumentException("no " + what);
        }
        if (!rule.matcher(value).matches()) {
            throw new IllegalArgumentException("bad " + what + " '" + printable(value) + "': " + ruleInWords);
        }
        return value;
    }

    /** A refused value in a message without its control characters, so a log line stays one line. */
    static String printable(String value) {
        StringBuilder b = new StringBuilder();
        value.codePoints().limit(80).forEach(c -> b.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return b.toString();
    }
}
