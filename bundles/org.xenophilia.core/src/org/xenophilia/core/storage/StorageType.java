package org.xenophilia.core.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xenophilia.xenapi.WireValues;

/**
 * A storage type a node offers (an SR {@code type}: {@code file}, {@code lvm} ...), as its {@code SM} record describes
 * it: what a repository of that type is configured with (each {@code device_config} key with its description, value
 * type, whether it is required and its default), what it can do ({@code capabilities}) and the volume formats it
 * makes. A node that has no {@code SM} records names its types only ({@code SR.get_supported_types}): such a type is
 * {@linkplain #described() not described}, its keys unknown.
 *
 * @param type the SR type
 * @param label its {@code name_label} (the type itself when not described)
 * @param description its {@code name_description}
 * @param keys its configuration keys: the required ones first, each group by name (the wire keeps no order)
 * @param capabilities xapi's capability names ({@code VDI_CREATE}, {@code VDI_RESIZE}, {@code THIN_PROVISIONING} ...)
 * @param formats the volume formats it makes ({@code raw}, {@code qcow2}), empty when not said
 * @param described whether the node described it (an {@code SM} record)
 */
public record StorageType(String type, String label, String description, List<Key> keys, Set<String> capabilities,
        List<String> formats, boolean described) {

    /** The value type of a configuration key, as the Agent writes it in {@code other_config:config-type:<key>}. */
    public enum ValueType {
        /** Any text. */
        STRING,
        /** An absolute path on the node. */
        PATH,
        /** A size: bytes, or a number with K, M, G, T, P. */
        SIZE,
        /** A whole number. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN
    }

    /**
     * One configuration key of a repository ({@code device_config}).
     *
     * @param name the key
     * @param description what it is, in the node's words
     * @param valueType its value type ({@link ValueType#STRING} when the node does not say)
     * @param required whether a repository must have it
     * @param defaultValue its default, if it has one
     */
    public record Key(String name, String description, ValueType valueType, boolean required,
            Optional<String> defaultValue) {
    }

    /** Makes the collections immutable. */
    public StorageType {
        keys = List.copyOf(keys);
        capabilities = Set.copyOf(capabilities);
        formats = List.copyOf(formats);
    }

    /**
     * @param type an SR type the node names without describing it
     * @return the type, with no keys, capabilities or formats
     */
    public static StorageType undescribed(String type) {
        return new StorageType(type, type, "", List.of(), Set.of(), List.of(), false);
    }

    /**
     * Reads an {@code SM} record (xapi's fields, and the Agent's {@code other_config} entries
     * {@code config-type:<key>}, {@code config-required:<key>}, {@code config-default:<key>} and {@code formats}).
     * Lenient as real peers need: a
     * missing or malformed field takes a neutral value.
     *
     * @param record the record, in wire form
     * @return the type
     */
    public static StorageType fromSmRecord(Map<String, Object> record) {
        String type = string(record.get("type"));
        Map<String, String> configuration = map(record.get("configuration"));
        Map<String, String> other = map(record.get("other_config"));
        List<Key> keys = new ArrayList<>();
        for (Map.Entry<String, String> e : configuration.entrySet()) {
            String k = e.getKey();
            keys.add(new Key(k, e.getValue(), valueType(other.get("config-type:" + k)),
                    "true".equalsIgnoreCase(other.get("config-required:" + k)),
                    Optional.ofNullable(other.get("config-default:" + k))));
        }
        keys.sort(Comparator.comparing((Key k) -> !k.required()).thenComparing(Key::name));
        Set<String> capabilities = new LinkedHashSet<>();
        try {
            for (Object o : WireValues.asList(record.getOrDefault("capabilities", List.of()))) {
                capabilities.add(String.valueOf(o));
            }
        } catch (IllegalArgumentException e) {
            // not a list: none said
        }
        List<String> formats = new ArrayList<>();
        for (String f : other.getOrDefault("formats", "").split(",")) {
            if (!f.isBlank()) {
                formats.add(f.strip());
            }
        }
        String label = string(record.get("name_label"));
        return new StorageType(type, label.isEmpty() ? type : label, string(record.get("name_description")), keys,
                capabilities, formats, true);
    }

    /**
     * @param capability a capability as xapi names it ({@code VDI_RESIZE})
     * @return whether the type has it
     */
    public boolean can(String capability) {
        return capabilities.contains(capability);
    }

    private static ValueType valueType(String s) {
        if (s != null) {
            try {
                return ValueType.valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // a type this Workbench does not know: taken as text
            }
        }
        return ValueType.STRING;
    }

    private static String string(Object v) {
        return v == null ? "" : v.toString();
    }

    private static Map<String, String> map(Object v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null) {
            try {
                WireValues.asMap(v).forEach((k, value) -> out.put(k, String.valueOf(value)));
            } catch (IllegalArgumentException e) {
                // not a map: no entries
            }
        }
        return out;
    }
}
