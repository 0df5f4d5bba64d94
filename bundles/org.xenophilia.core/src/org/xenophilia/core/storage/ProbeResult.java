package org.xenophilia.core.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.xenophilia.xenapi.WireValues;

/**
 * What {@code SR.probe_ext} found at a repository's location before anything is written there: one of xapi's
 * {@code probe_result} records, with the Agent's {@code extra_info} entries read out.
 *
 * @param configuration the configuration this result is for (the one probed, completed by the node)
 * @param complete whether that configuration is complete enough to create a repository
 * @param existing the repository already there ({@code sr}, an {@code sr_stat}), if there is one
 * @param otherData what else is on the device, one item per entry ("an ext4 file system"); empty when nothing
 * @param physicalSize the size of the device or file system, if said
 * @param free its free bytes, if said
 * @param extraInfo every {@code extra_info} entry, as sent
 */
public record ProbeResult(Map<String, String> configuration, boolean complete, Optional<Existing> existing,
        List<String> otherData, OptionalLong physicalSize, OptionalLong free, Map<String, String> extraInfo) {

    /**
     * A repository found at the location (xapi's {@code sr_stat}).
     *
     * @param uuid its UUID
     * @param name its {@code name_label}
     * @param description its {@code name_description}
     * @param totalSpace its size in bytes
     * @param freeSpace its free bytes
     * @param health its health ({@code healthy} ...), empty if not said
     */
    public record Existing(String uuid, String name, String description, long totalSpace, long freeSpace,
            String health) {
    }

    /** Makes the collections immutable. */
    public ProbeResult {
        configuration = Map.copyOf(configuration);
        otherData = List.copyOf(otherData);
        extraInfo = Map.copyOf(extraInfo);
    }

    /** @return whether the location holds something else than a repository: creating there needs {@code force} */
    public boolean holdsOtherData() {
        return !otherData.isEmpty();
    }

    /**
     * @param record a {@code probe_result}, in wire form
     * @return what it says; lenient as real peers need (a malformed field takes a neutral value)
     */
    public static ProbeResult fromRecord(Map<String, Object> record) {
        Map<String, String> extra = strings(record.get("extra_info"));
        List<String> other = new ArrayList<>();
        for (String line : extra.getOrDefault("other-data", "").split("\n")) {
            if (!line.isBlank()) {
                other.add(line.strip());
            }
        }
        Map<String, String> sr = strings(record.get("sr"));
        Optional<Existing> existing = sr.isEmpty() ? Optional.empty() : Optional.of(new Existing(
                sr.getOrDefault("uuid", ""), sr.getOrDefault("name_label", ""), sr.getOrDefault("name_description",
                        ""), number(sr.get("total_space")).orElse(0), number(sr.get("free_space")).orElse(0),
                sr.getOrDefault("health", "")));
        boolean complete;
        try {
            complete = WireValues.asBoolean(record.getOrDefault("complete", false));
        } catch (IllegalArgumentException e) {
            complete = false;
        }
        return new ProbeResult(strings(record.get("configuration")), complete, existing, other,
                number(extra.get("physical-size")), number(extra.get("free")), extra);
    }

    private static OptionalLong number(String s) {
        if (s == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Map<String, String> strings(Object v) {
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
