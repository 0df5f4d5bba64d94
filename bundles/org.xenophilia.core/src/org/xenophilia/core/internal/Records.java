package org.xenophilia.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xenophilia.core.HostInfo;
import org.xenophilia.core.NetworkInfo;
import org.xenophilia.core.PbdInfo;
import org.xenophilia.core.PifInfo;
import org.xenophilia.core.SrInfo;
import org.xenophilia.core.VbdInfo;
import org.xenophilia.core.VdiInfo;
import org.xenophilia.core.VifInfo;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.XenObject;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.WireValues;

/**
 * Reads XenAPI records (wire form, as in {@code event.from} snapshots) into model objects. Lenient as real peers
 * need: a missing or malformed field takes a neutral value instead of losing the whole object.
 */
public final class Records {

    private Records() {
    }

    /**
     * @param cls the event class ({@code vm}, {@code host} ... in any case)
     * @param ref the object
     * @param record its snapshot
     * @return the model object, or empty for a class the model does not keep
     */
    public static Optional<XenObject> read(String cls, Ref ref, Map<String, Object> record) {
        return switch (cls.toLowerCase(Locale.ROOT)) {
            case "host" -> Optional.of(host(ref, record));
            case "vm" -> Optional.of(vm(ref, record));
            case "vif" -> Optional.of(vif(ref, record));
            case "vbd" -> Optional.of(vbd(ref, record));
            case "sr" -> Optional.of(sr(ref, record));
            case "pbd" -> Optional.of(pbd(ref, record));
            case "vdi" -> Optional.of(vdi(ref, record));
            case "network" -> Optional.of(network(ref, record));
            case "pif" -> Optional.of(pif(ref, record));
            default -> Optional.empty();
        };
    }

    static HostInfo host(Ref ref, Map<String, Object> r) {
        Map<String, String> cpu = stringMap(r.get("cpu_info"));
        Map<String, String> sw = stringMap(r.get("software_version"));
        int cpus;
        try {
            cpus = Integer.parseInt(cpu.getOrDefault("cpu_count", "0").strip());
        } catch (NumberFormatException e) {
            cpus = 0;
        }
        return new HostInfo(ref, string(r, "uuid"), string(r, "name_label"), string(r, "hostname"), cpus,
                sw.getOrDefault("xen", ""));
    }

    static VmInfo vm(Ref ref, Map<String, Object> r) {
        VmPowerState state = VmPowerState.HALTED;
        String ps = string(r, "power_state");
        for (VmPowerState s : VmPowerState.values()) {
            if (s.wireName().equalsIgnoreCase(ps)) {
                state = s;
            }
        }
        return new VmInfo(ref, string(r, "uuid"), string(r, "name_label"), string(r, "name_description"), state,
                number(r, "memory_target", 0), number(r, "memory_static_max", 0), number(r, "VCPUs_at_startup", 0),
                number(r, "VCPUs_max", 0), number(r, "domid", -1), strings(r.get("tags")), refOf(r.get("resident_on")),
                refs(r.get("VIFs")), refs(r.get("VBDs")), bool(r, "is_control_domain"), bool(r, "is_a_template"),
                refOf(r.get("metrics")), allowedOperations(r.get("allowed_operations")), null);
    }

    /** A VM's {@code allowed_operations}; empty only when the record has no such list (an old server). */
    private static Optional<Set<String>> allowedOperations(Object v) {
        if (v == null) {
            return Optional.empty();
        }
        try {
            Set<String> out = new HashSet<>();
            for (Object o : WireValues.asList(v)) {
                out.add(String.valueOf(o));
            }
            return Optional.of(out);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a list: as if the node did not say
        }
    }

    static VifInfo vif(Ref ref, Map<String, Object> r) {
        return new VifInfo(ref, string(r, "uuid"), refOf(r.get("VM")), string(r, "device"), refOf(r.get("network")),
                string(r, "MAC"), number(r, "MTU", 0), bool(r, "currently_attached"), stringMap(r.get("other_config")));
    }

    static VbdInfo vbd(Ref ref, Map<String, Object> r) {
        return new VbdInfo(ref, string(r, "uuid"), refOf(r.get("VM")), refOf(r.get("VDI")), string(r, "device"),
                string(r, "type"), string(r, "mode"), bool(r, "bootable"), bool(r, "currently_attached"),
                stringMap(r.get("other_config")));
    }

    static SrInfo sr(Ref ref, Map<String, Object> r) {
        return new SrInfo(ref, string(r, "uuid"), string(r, "name_label"), string(r, "name_description"),
                string(r, "type"), string(r, "content_type"), number(r, "physical_size", 0),
                number(r, "physical_utilisation", 0), number(r, "virtual_allocation", 0), bool(r, "shared"),
                refs(r.get("PBDs")), Set.copyOf(strings(r.get("allowed_operations"))));
    }

    static PbdInfo pbd(Ref ref, Map<String, Object> r) {
        return new PbdInfo(ref, string(r, "uuid"), refOf(r.get("host")), refOf(r.get("SR")),
                bool(r, "currently_attached"), stringMap(r.get("device_config")));
    }

    static VdiInfo vdi(Ref ref, Map<String, Object> r) {
        return new VdiInfo(ref, string(r, "uuid"), string(r, "name_label"), string(r, "name_description"),
                refOf(r.get("SR")), string(r, "location"), number(r, "virtual_size", 0),
                number(r, "physical_utilisation", 0), stringMap(r.get("sm_config")).getOrDefault("image-format", ""),
                bool(r, "read_only"), bool(r, "is_a_snapshot"), refOf(r.get("snapshot_of")), refs(r.get("VBDs")),
                Set.copyOf(strings(r.get("allowed_operations"))));
    }

    static NetworkInfo network(Ref ref, Map<String, Object> r) {
        Map<Ref, String> assigned = new LinkedHashMap<>();
        stringMap(r.get("assigned_ips")).forEach((vif, ip) -> {
            Ref v = refOf(vif);
            if (!v.equals(Ref.NULL)) {
                assigned.put(v, ip);
            }
        });
        return new NetworkInfo(ref, string(r, "uuid"), string(r, "name_label"), string(r, "name_description"),
                string(r, "bridge"), number(r, "MTU", 0), bool(r, "managed"), refs(r.get("VIFs")), refs(r.get("PIFs")),
                stringMap(r.get("other_config")), assigned);
    }

    static PifInfo pif(Ref ref, Map<String, Object> r) {
        return new PifInfo(ref, string(r, "uuid"), string(r, "device"), refOf(r.get("network")), number(r, "MTU", 0),
                number(r, "VLAN", -1), bool(r, "physical"), bool(r, "currently_attached"), string(r, "IP"),
                string(r, "netmask"), bool(r, "management"));
    }

    private static String string(Map<String, Object> r, String field) {
        Object v = r.get(field);
        return v == null ? "" : v.toString();
    }

    private static long number(Map<String, Object> r, String field, long absent) {
        Object v = r.get(field);
        if (v == null) {
            return absent;
        }
        try {
            return WireValues.asLong(v);
        } catch (IllegalArgumentException e) {
            return absent;
        }
    }

    private static boolean bool(Map<String, Object> r, String field) {
        Object v = r.get(field);
        try {
            return v != null && WireValues.asBoolean(v);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Ref refOf(Object v) {
        if (v == null || v.toString().isEmpty()) {
            return Ref.NULL;
        }
        try {
            return WireValues.asRef(v);
        } catch (IllegalArgumentException e) {
            return Ref.NULL;
        }
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v != null) {
            try {
                for (Object o : WireValues.asList(v)) {
                    out.add(String.valueOf(o));
                }
            } catch (IllegalArgumentException e) {
                // not a list: no values
            }
        }
        return out;
    }

    private static List<Ref> refs(Object v) {
        List<Ref> out = new ArrayList<>();
        for (String s : strings(v)) {
            Ref r = refOf(s);
            if (!r.equals(Ref.NULL)) {
                out.add(r);
            }
        }
        return out;
    }

    private static Map<String, String> stringMap(Object v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null) {
            try {
                for (Map.Entry<String, Object> e : WireValues.asMap(v).entrySet()) {
                    out.put(e.getKey(), String.valueOf(e.getValue()));
                }
            } catch (IllegalArgumentException e) {
                // not a map: no entries
            }
        }
        return out;
    }
}
