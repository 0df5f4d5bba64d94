package org.xenophilia.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.xenophilia.domain.Domain;
import org.xenophilia.domain.Vif;

/**
 * MAC addresses for new network interfaces, the way xl makes them: the Xen OUI {@code 00:16:3e} followed by three
 * random bytes, the first of them below 0x80 (libxl clears its top bit), written in lower case. A generated address
 * is unicast and locally unique: no vif of the definition has it (compared ignoring case).
 */
public final class MacAddresses {

    /** The Xen organizationally unique identifier, the first three bytes of every generated address. */
    public static final String XEN_OUI = "00:16:3e";

    private static final Pattern XEN_MAC = Pattern.compile("00:16:3e:[0-7][0-9a-f]:[0-9a-f]{2}:[0-9a-f]{2}");
    private static final int MAX_ATTEMPTS = 1 << 16;

    private MacAddresses() {
    }

    /**
     * Generates a MAC address no vif of the domain uses.
     *
     * @param domain the definition the address is for
     * @param random the source of randomness (a {@code SecureRandom} in the editor; a seeded one in tests)
     * @return e.g. {@code 00:16:3e:5a:0c:e1}
     * @throws IllegalStateException when no free address was found (the definition would need millions of vifs)
     */
    public static String generate(Domain domain, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        Set<String> used = new HashSet<>();
        for (Vif vif : domain.getVifs()) {
            if (vif.getMac() != null) {
                used.add(vif.getMac().toLowerCase(Locale.ROOT));
            }
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String mac = String.format(Locale.ROOT, "%s:%02x:%02x:%02x", XEN_OUI, random.nextInt(0x80),
                    random.nextInt(0x100), random.nextInt(0x100));
            if (!used.contains(mac)) {
                return mac;
            }
        }
        throw new IllegalStateException("no free MAC address found after " + MAX_ATTEMPTS + " attempts");
    }

    /**
     * Tells whether an address has the form {@link #generate} gives.
     *
     * @param mac an address
     * @return true for {@code 00:16:3e:} followed by three lower-case hex bytes, the first below 0x80
     */
    public static boolean isGenerated(String mac) {
        return mac != null && XEN_MAC.matcher(mac).matches();
    }
}
