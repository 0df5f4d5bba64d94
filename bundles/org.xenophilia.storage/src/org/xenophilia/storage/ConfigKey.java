package org.xenophilia.storage;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key of a backend's configuration, with its type: a repository's configuration (xapi's {@code device_config},
 * e.g. the file backend's {@code location}) or one of the backend's settings in {@code agent.conf} (e.g.
 * {@code file.qemu-img}). The Agent checks every value against its key before the backend sees it, so a backend
 * receives only keys it declared, each in its canonical form ({@link #check}), with the defaults filled in.
 *
 * @param name the key: 1-32 of {@code a-z 0-9 -}, starting with a letter
 * @param type what its value is
 * @param required whether a value must be given (a required key has no default)
 * @param defaultValue the value when none is given, in canonical form, or {@code null}
 * @param description one line for the admin: what it is, in the Workbench's page and {@code xenophiliad --help}
 */
public record ConfigKey(String name, Type type, boolean required, String defaultValue, String description) {

    /** The types of values, each with its canonical form. */
    public enum Type {
        /** Any text without control characters, up to 1024 characters. */
        STRING,
        /** An absolute path, without {@code .} or {@code ..} elements; canonical: normalised. */
        PATH,
        /** A size in bytes, written as a number with an optional binary suffix ({@code 10G}); canonical: bytes. */
        SIZE,
        /** A whole number; canonical: decimal. */
        INTEGER,
        /** {@code true} or {@code false} (also {@code yes}/{@code no}, {@code 1}/{@code 0}); canonical: the former. */
        BOOLEAN
    }

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*([KMGTP]?)(i?B)?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TEXT = 1024;

    /** Checks the declaration itself. */
    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a configuration key is 1-32 of a-z 0-9 - starting with a letter: "
                    + name);
        }
        if (required && defaultValue != null) {
            throw new IllegalArgumentException(name + ": a required key has no default");
        }
    }

    /**
     * @param name the key
     * @param type its type
     * @param description what it is
     * @return a key that must be given
     */
    public static ConfigKey required(String name, Type type, String description) {
        return new ConfigKey(name, type, true, null, description);
    }

    /**
     * @param name the key
     * @param type its type
     * @param defaultValue its value when none is given
     * @param description what it is
     * @return a key that may be left out
     */
    public static ConfigKey optional(String name, Type type, String defaultValue, String description) {
        ConfigKey key = new ConfigKey(name, type, false, null, description);
        return defaultValue == null ? key : new ConfigKey(name, type, false, key.check(defaultValue), description);
    }

    /** @return the default value, if there is one */
    public Optional<String> defaultIfAny() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * Checks a value of this key.
     *
     * @param value the value as written
     * @return the value in canonical form
     * @throws IllegalArgumentException saying what is wrong, in words for the admin
     */
    public String check(String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": no value");
        }
        String v = value.strip();
        return switch (type) {
            case STRING -> text(v);
            case PATH -> path(v);
            case SIZE -> Long.toString(parseSize(v));
            case INTEGER -> integer(v);
            case BOOLEAN -> bool(v);
        };
    }

    private String text(String v) {
        if (v.length() > MAX_TEXT || v.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + ": at most " + MAX_TEXT + " characters, no control characters");
        }
        return v;
    }

    private String path(String v) {
        text(v);
        Path p;
        try {
            p = Path.of(v);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(name + ": not a path: " + v);
        }
        if (!p.isAbsolute()) {
            throw new IllegalArgumentException(name + ": not an absolute path: " + v);
        }
        for (Path element : p) {
            if (element.toString().equals("..") || element.toString().equals(".")) {
                throw new IllegalArgumentException(name + ": a path without . or .. elements: " + v);
            }
        }
        return p.normalize().toString();
    }

    private String integer(String v) {
        try {
            return Long.toString(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number: " + v);
        }
    }

    private String bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> "true";
            case "false", "no", "0", "off" -> "false";
            default -> throw new IllegalArgumentException(name + ": not true or false: " + v);
        };
    }

    private long parseSize(String v) {
        Matcher m = SIZE.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException(name + ": not a size (bytes, or a number with K, M, G, T, P): " + v);
        }
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            case "P" -> 50;
            default -> 0;
        };
        try {
            long n = Long.parseLong(m.group(1));
            if (n > (Long.MAX_VALUE >> shift)) {
                throw new NumberFormatException();
            }
            return n << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": too large: " + v);
        }
    }

    /**
     * Checks a whole configuration against the keys declared for it: no key that is not declared, every required
     * key given, every value valid.
     *
     * @param keys the declared keys
     * @param values the configuration as given
     * @return the configuration in canonical form, with the defaults of the keys not given
     * @throws StorageException {@code INVALID_VALUE [key, value]} for the first problem, its message saying what is
     *             wrong (and for an unknown key, which keys there are)
     */
    public static Map<String, String> checkAll(List<ConfigKey> keys, Map<String, String> values)
            throws StorageException {
        Map<String, ConfigKey> byName = new LinkedHashMap<>();
        for (ConfigKey k : keys) {
            byName.put(k.name(), k);
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(values).entrySet()) {
            if (!byName.containsKey(e.getKey())) {
                throw StorageException.invalidValue(e.getKey(), e.getValue(), "unknown key '" + e.getKey()
                        + "' (known: " + String.join(", ", new TreeSet<>(byName.keySet())) + ")");
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (ConfigKey k : keys) {
            String v = values.get(k.name());
            if (v == null) {
                if (k.required()) {
                    throw StorageException.invalidValue(k.name(), "", k.name() + ": required (" + k.description()
                            + ")");
                }
                k.defaultIfAny().ifPresent(d -> out.put(k.name(), d));
                continue;
            }
            try {
                out.put(k.name(), k.check(v));
            } catch (IllegalArgumentException e) {
                throw StorageException.invalidValue(k.name(), v, e.getMessage());
            }
        }
        return out;
    }
}
