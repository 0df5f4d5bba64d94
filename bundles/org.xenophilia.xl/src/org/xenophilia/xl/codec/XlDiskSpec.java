package org.xenophilia.xl.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code DISKSPEC} string of the xl.cfg {@code disk} list, read the way libxlu's disk parser reads it
 * (xl-disk-configuration(5)): comma-separated {@code key=value} pairs, flags and positional parameters
 * {@code target, format, vdev, access}, deprecated prefixes such as {@code phy:}, {@code file:}, {@code tap:aio:},
 * {@code qcow2:} or {@code nbd:}, the deprecated {@code vdev:cdrom} form, and {@code target=} which takes the rest of
 * the string and must come last.
 *
 * <p>Parsing never throws: a spec that xl would reject has {@link #errors()}. Values are kept as written; defaults
 * are not filled in (an absent format is absent, not {@code raw}).
 */
public final class XlDiskSpec {

    /** The flags libxlu knows, besides {@code cdrom}. */
    private static final Set<String> FLAGS = Set.of("direct-io-safe", "discard", "no-discard", "colo", "no-colo",
            "trusted", "untrusted");

    /** Keywords libxlu knows that take a value (besides target). */
    private static final Set<String> KEYWORDS = Set.of("format", "devtype", "access", "backend", "backendtype",
            "specification", "vdev", "script", "colo-host", "colo-port", "colo-export", "active-disk", "hidden-disk",
            "grant_usage");

    private static final Set<String> FORMATS = Set.of("raw", "qcow", "qcow2", "vhd", "empty", "qed");

    private final String spec;
    private final List<String> errors = new ArrayList<>();
    private final List<XlSpecParam> params = new ArrayList<>();
    private final List<String> deprecatedPrefixes = new ArrayList<>();
    private String target;
    private String format;
    private String formatCanonical;
    private String vdev;
    private String access;
    private boolean accessSet;
    private boolean cdrom;
    private boolean hadDeprecatedPrefix;
    private boolean missingTarget;
    /** Errors after which libxlu's scanner stops (all but unknown parameters and a missing target). */
    private boolean fatal;
    private final List<XlSpecParam> unknownParams = new ArrayList<>();
    private String backend;
    private String backendType;
    private String script;

    private XlDiskSpec(String spec) {
        this.spec = spec;
    }

    /**
     * Parses a disk spec.
     *
     * @param spec the spec string, e.g. {@code format=raw, vdev=xvda, access=rw, target=/dev/vg/guest}
     * @return the parsed spec; check {@link #isValid()}
     */
    public static XlDiskSpec parse(String spec) {
        XlDiskSpec d = new XlDiskSpec(spec);
        d.lex();
        return d;
    }

    private void lex() {
        String s = spec;
        int n = s.length();
        int p = 0;
        while (p < n && !fatal) {
            char c = s.charAt(p);
            if (c == ' ' || c == '\t' || c == '\n') {
                p++;
                continue;
            }
            if (s.startsWith("target=", p)) {
                String v = s.substring(p + "target=".length());
                if (v.endsWith(",")) {
                    v = v.substring(0, v.length() - 1);
                }
                target = saveString("target", target, v);
                break; // the rest is the target; the checks below still apply (a vdev is needed)
            }
            int prefixEnd = prefixEnd(s, p);
            if (prefixEnd > 0) {
                String name = s.substring(p, prefixEnd);
                if (prefix(name)) {
                    p = prefixEnd + 1;
                    continue;
                }
                if (prefixEnd + 1 == n || !isLowerOrDigit(s.charAt(prefixEnd + 1))) {
                    error("unknown deprecated disk prefix `" + name + ":`");
                    return;
                }
            }
            int comma = s.indexOf(',', p);
            int end = comma < 0 ? n : comma;
            String token = s.substring(p, end);
            p = comma < 0 ? n : comma + 1;
            int eq = token.indexOf('=');
            if (eq >= 0) {
                keyword(token.substring(0, eq), token.substring(eq + 1));
            } else if (token.equals("cdrom")) {
                cdrom = true;
            } else if (FLAGS.contains(token)) {
                params.add(new XlSpecParam(token, null));
            } else {
                positional(token);
            }
        }
        if (fatal) {
            return;
        }
        if (vdev == null) {
            error("no vdev specified");
        } else if (target == null && !cdrom) {
            missingTarget = true;
            errors.add("no target specified (and device not removable)");
        }
    }

    /** If a deprecated prefix {@code name:} starts at {@code p}, the index of its colon, else -1. */
    private static int prefixEnd(String s, int p) {
        if (s.charAt(p) < 'a' || s.charAt(p) > 'z') {
            return -1;
        }
        int j = p + 1;
        while (j < s.length() && isLowerOrDigit(s.charAt(j))) {
            j++;
        }
        return j < s.length() && s.charAt(j) == ':' ? j : -1;
    }

    private static boolean isLowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private boolean prefix(String name) {
        switch (name) {
            case "raw", "qcow", "qcow2", "vhd" -> {
                hadDeprecatedPrefix = true;
                deprecatedPrefixes.add(name + ":");
                setFormat(name);
                return true;
            }
            case "iscsi", "nbd", "enbd", "drbd" -> {
                hadDeprecatedPrefix = true;
                deprecatedPrefixes.add(name + ":");
                script = saveString("script", script, "block-" + name);
                return true;
            }
            case "tapdisk", "tap", "tap2", "aio", "ioemu", "file", "phy" -> {
                hadDeprecatedPrefix = true;
                deprecatedPrefixes.add(name + ":");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void keyword(String key, String value) {
        if (!KEYWORDS.contains(key)) {
            if (isParameterName(key) && !value.isEmpty()) {
                // libxlu reports "unknown parameter" and reads on; the spec is rejected in the end
                unknownParams.add(new XlSpecParam(key, value));
                errors.add("unknown parameter `" + key + "`");
            } else {
                error("bad disk syntax near `" + key + "=" + value + "`");
            }
            return;
        }
        switch (key) {
            case "format" -> setFormat(value);
            case "devtype" -> {
                if (value.equals("cdrom")) {
                    cdrom = true;
                } else if (value.equals("disk")) {
                    cdrom = false;
                } else {
                    error("unknown value for devtype: `" + value + "`");
                }
            }
            case "access" -> setAccess(value);
            case "backend" -> backend = saveString("backend", backend, value);
            case "backendtype" -> {
                if (!Set.of("phy", "tap", "qdisk", "standalone").contains(value)) {
                    error("unknown value for backendtype: `" + value + "`");
                } else if (backendType != null && !backendType.equals(value)) {
                    error("backendtype respecified");
                } else {
                    backendType = value;
                }
            }
            case "vdev" -> vdev = saveString("vdev", vdev, value);
            case "script" -> script = saveString("script", script, value);
            case "colo-port" -> {
                if (atoi(value) == 0) {
                    error("unknown value for colo-port: `" + value + "`");
                } else {
                    params.add(new XlSpecParam(key, value));
                }
            }
            case "grant_usage" -> {
                if (!value.equals("0") && !value.equals("1")) {
                    error("bad disk syntax near `grant_usage=" + value + "`");
                } else {
                    params.add(new XlSpecParam(key, value));
                }
            }
            case "specification" -> {
                if (!value.equals("xen") && !value.equals("virtio")) {
                    error("unknown value for specification: `" + value + "`");
                } else {
                    params.add(new XlSpecParam(key, value));
                }
            }
            default -> params.add(new XlSpecParam(key, value)); // colo-host, colo-export, active-disk, hidden-disk
        }
    }

    /** libxlu: positional parameters fill target, format, vdev and access in turn. */
    private void positional(String token) {
        if (target == null) {
            target = token;
        } else if (!hadDeprecatedPrefix && formatCanonical == null) {
            if (target.isEmpty() && vdevAndDevtype(token)) {
                formatCanonical = "empty"; // ",hdc:cdrom,r": an empty CD-ROM drive (format not written)
                return;
            }
            setFormat(token);
        } else if (vdev == null) {
            if (!vdevAndDevtype(token)) {
                vdev = token;
            }
        } else if (!accessSet) {
            setAccess(token);
        } else {
            error("too many positional parameters near `" + token + "`");
        }
    }

    /** The deprecated {@code vdev:devtype} form; returns false (doing nothing) without a colon. */
    private boolean vdevAndDevtype(String token) {
        int colon = token.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        vdev = saveString("vdev", vdev, token.substring(0, colon));
        String type = token.substring(colon + 1);
        if (type.equals("cdrom")) {
            cdrom = true;
        } else if (type.equals("disk")) {
            cdrom = false;
        } else {
            error("unknown deprecated type `" + type + "`");
        }
        return true;
    }

    private void setFormat(String value) {
        if (!FORMATS.contains(value) && !value.isEmpty()) {
            error("unknown value for format: `" + value + "`");
            return;
        }
        String canonical = value.isEmpty() ? "raw" : value;
        if (formatCanonical != null && !formatCanonical.equals(canonical)) {
            error("format respecified");
            return;
        }
        formatCanonical = canonical;
        format = value;
    }

    private void setAccess(String value) {
        if (!Set.of("r", "ro", "rw", "w", "").contains(value)) {
            error("unknown value for access: `" + value + "`");
            return;
        }
        accessSet = true;
        access = value;
    }

    /** libxlu's savestring: a string may be set once, but an empty one may be overwritten. */
    private String saveString(String what, String current, String value) {
        if (current != null && !current.isEmpty()) {
            error(what + " respecified");
            return current;
        }
        return value;
    }

    private static int atoi(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int sign = 1;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-' ? -1 : 1;
            i++;
        }
        long v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && v < Integer.MAX_VALUE) {
            v = v * 10 + (s.charAt(i++) - '0');
        }
        return (int) (sign * v);
    }

    /** libxlu's pattern for an unknown parameter name: {@code [a-z][-a-z0-9]*}. */
    private static boolean isParameterName(String key) {
        if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isLowerOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private void error(String message) {
        errors.add(message);
        fatal = true;
    }

    /** @return the spec string as given */
    public String spec() {
        return spec;
    }

    /** @return whether xl accepts the spec (no {@link #errors()}) */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /** @return why xl rejects the spec; empty if valid */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /**
     * @return whether the spec names no target although the device is not a CD-ROM (as in a spec written for a disk
     *         whose target a storage backend provides later); xl rejects such a spec
     */
    public boolean lacksTarget() {
        return missingTarget;
    }

    /**
     * @return the {@code key=value} parameters xl does not know, in order; xl rejects a spec that has any (but the
     *         rest of the spec is read, so they can be kept and reported)
     */
    public List<XlSpecParam> unknownParams() {
        return List.copyOf(unknownParams);
    }

    /**
     * @return whether the spec has no other error than {@link #unknownParams() unknown parameters} and a
     *         {@link #lacksTarget() missing target}: everything else in it was read
     */
    public boolean isComplete() {
        return errors.size() == unknownParams.size() + (missingTarget ? 1 : 0);
    }

    /** @return the target (path), possibly empty (an empty CD-ROM drive); absent if not given */
    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    /**
     * @return the format as written (keyword, positional parameter or deprecated prefix), possibly empty (meaning
     *         the default, raw); absent if not given
     */
    public Optional<String> format() {
        return Optional.ofNullable(format);
    }

    /** @return the virtual device, e.g. {@code xvda}; absent only in an invalid spec */
    public Optional<String> vdev() {
        return Optional.ofNullable(vdev);
    }

    /** @return the access as written: {@code r}, {@code ro}, {@code w}, {@code rw} or empty; absent if not given */
    public Optional<String> access() {
        return Optional.ofNullable(access);
    }

    /** @return whether the access means read-only ({@code r} or {@code ro}) */
    public boolean readOnly() {
        return "r".equals(access) || "ro".equals(access);
    }

    /** @return whether the device is a CD-ROM drive ({@code cdrom}, {@code devtype=cdrom} or {@code vdev:cdrom}) */
    public boolean cdrom() {
        return cdrom;
    }

    /** @return the backend domain name ({@code backend=}) */
    public Optional<String> backend() {
        return Optional.ofNullable(backend);
    }

    /** @return the backend type: {@code phy}, {@code qdisk}, {@code tap} or {@code standalone} */
    public Optional<String> backendType() {
        return Optional.ofNullable(backendType);
    }

    /** @return the block script ({@code script=}, or {@code block-nbd} etc. from a deprecated prefix) */
    public Optional<String> script() {
        return Optional.ofNullable(script);
    }

    /**
     * @return the deprecated prefixes in order, each with its colon ({@code phy:}, {@code tap:}, {@code aio:},
     *         {@code qcow2:}, ...); format and script prefixes are also reflected in {@link #format()} and
     *         {@link #script()}
     */
    public List<String> deprecatedPrefixes() {
        return List.copyOf(deprecatedPrefixes);
    }

    /**
     * @return the keywords and flags this class has no getter for ({@code specification}, {@code discard},
     *         {@code no-discard}, {@code direct-io-safe}, {@code trusted}, {@code untrusted}, {@code grant_usage},
     *         the COLO settings), in order
     */
    public List<XlSpecParam> params() {
        return List.copyOf(params);
    }

    /** @return the spec string */
    @Override
    public String toString() {
        return spec;
    }
}
