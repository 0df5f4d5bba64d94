package org.xenophilia.core;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.xenophilia.xenapi.Ref;

/**
 * A physical block device: how one host reaches one storage repository.
 *
 * @param ref its reference
 * @param uuid its UUID
 * @param host the host
 * @param sr the repository
 * @param attached whether the repository is attached on that host ({@code currently_attached})
 * @param deviceConfig the repository's configuration ({@code device_config}: {@code location} ...); may hold secrets
 *            of some storage types, so shown only through {@link #shownConfig()}
 */
public record PbdInfo(Ref ref, String uuid, Ref host, Ref sr, boolean attached, Map<String, String> deviceConfig)
        implements XenObject {

    /** Makes the map immutable. */
    public PbdInfo {
        deviceConfig = Map.copyOf(deviceConfig);
    }

    /** @return the configuration without the values of keys that name a secret (a CHAP password ...) */
    public Map<String, String> shownConfig() {
        Map<String, String> out = new TreeMap<>();
        deviceConfig.forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            out.put(k, key.contains("password") || key.contains("secret") ? "******" : v);
        });
        return out;
    }
}
