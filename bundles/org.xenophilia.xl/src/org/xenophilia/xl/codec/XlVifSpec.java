package org.xenophilia.xl.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One vifspec string of the xl.cfg {@code vif} list, read the way xl reads it (xl-network-configuration(5)): the
 * string is split at commas (empty pieces are skipped), blanks at the start of each piece are dropped, and each piece
 * is {@code key=value} or a flag ({@code trusted}, {@code untrusted}). A later keyword overrides an earlier one.
 *
 * <p>xl prints a message for keywords it does not know and otherwise ignores them; {@link #unknownToXl()} lists
 * them.
 */
public final class XlVifSpec {

    private static final Set<String> XL_KEYWORDS = Set.of("type", "mac", "bridge", "netdev", "gatewaydev", "ip",
            "script", "backend", "vifname", "model", "rate", "forwarddev", "accel", "devid", "mtu", "vlan");

    private static final Set<String> XL_FLAGS = Set.of("trusted", "untrusted");

    private final String spec;
    private final List<XlSpecParam> params;

    private XlVifSpec(String spec, List<XlSpecParam> params) {
        this.spec = spec;
        this.params = List.copyOf(params);
    }

    /**
     * Parses a vifspec.
     *
     * @param spec the spec string, e.g. {@code mac=00:16:3e:74:3d:76,model=rtl8139,bridge=xenbr0}, or empty
     * @return the parsed spec
     */
    public static XlVifSpec parse(String spec) {
        List<XlSpecParam> params = new ArrayList<>();
        int p = 0;
        int n = spec.length();
        while (p <= n) {
            int comma = spec.indexOf(',', p);
            int end = comma < 0 ? n : comma;
            int start = p;
            while (start < end && spec.charAt(start) == ' ') {
                start++;
            }
            if (start < end) {
                String token = spec.substring(start, end);
                int eq = token.indexOf('=');
                params.add(eq < 0 ? new XlSpecParam(token, null)
                        : new XlSpecParam(token.substring(0, eq), token.substring(eq + 1)));
            }
            if (comma < 0) {
                break;
            }
            p = comma + 1;
        }
        return new XlVifSpec(spec, params);
    }

    /**
     * @param param a parameter
     * @return whether xl knows the keyword or flag
     */
    public static boolean isKnownToXl(XlSpecParam param) {
        if (param.isFlag()) {
            return XL_FLAGS.contains(param.key());
        }
        return XL_KEYWORDS.contains(param.key()) || param.key().startsWith("colo_");
    }

    /** @return the spec string as given */
    public String spec() {
        return spec;
    }

    /** @return every parameter in order, including repeated and unknown ones */
    public List<XlSpecParam> params() {
        return params;
    }

    /**
     * @param key a keyword
     * @return the value xl uses for it (the last one), if the keyword is given with {@code =}
     */
    public Optional<String> get(String key) {
        for (int i = params.size() - 1; i >= 0; i--) {
            XlSpecParam p = params.get(i);
            if (!p.isFlag() && p.key().equals(key)) {
                return Optional.of(p.value());
            }
        }
        return Optional.empty();
    }

    /** @return the parameters xl does not know (it prints "unrecognized argument" and ignores them) */
    public List<XlSpecParam> unknownToXl() {
        return params.stream().filter(p -> !isKnownToXl(p)).toList();
    }

    /** @return the spec string */
    @Override
    public String toString() {
        return spec;
    }
}
