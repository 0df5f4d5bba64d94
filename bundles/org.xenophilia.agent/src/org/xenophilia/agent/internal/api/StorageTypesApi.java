package org.xenophilia.agent.internal.api;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.storage.StorageRepositories;
import org.xenophilia.storage.Capability;
import org.xenophilia.storage.ConfigKey;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Probe;
import org.xenophilia.storage.StorageBackend;
import org.xenophilia.storage.StorageBackendType;
import org.xenophilia.storage.StorageException;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * What a client needs before it makes an SR: xapi's {@code SM} class, one object per storage type open here, whose
 * record says what the type's {@code device_config} holds, and {@code SR.probe}/{@code SR.probe_ext}, which look at a
 * location without writing. A client such as the Workbench builds its New Storage Repository page from an SM record
 * alone, so a third party's type is usable without a Workbench plug-in: xapi's {@code configuration} gives each key's
 * description, and {@code other_config} adds what xapi has no field for ({@code config-type:KEY},
 * {@code config-required:KEY}, {@code config-default:KEY}, {@code formats}).
 */
final class StorageTypesApi {

    /** Capabilities every type has: the SPI requires probe, create and delete. */
    private static final List<String> BASIC = List.of("SR_PROBE", "VDI_CREATE", "VDI_DELETE");

    private final HostObjects host;
    private final StorageRepositories srs;
    private final ObjectRefs refs = new ObjectRefs();

    private StorageTypesApi(HostObjects host, StorageRepositories srs) {
        this.host = host;
        this.srs = srs;
    }

    static void register(ApiRegistry registry, HostObjects host, StorageRepositories srs) {
        StorageTypesApi api = new StorageTypesApi(host, srs);
        registry.register("SM.get_all", Role.READ_ONLY, c -> api.types().stream().map(api::ref).toList());
        registry.register("SM.get_all_records", Role.READ_ONLY, c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String type : api.types()) {
                out.put(api.ref(type).value(), api.record(type));
            }
            return out;
        });
        registry.register("SM.get_record", Role.READ_ONLY, c -> api.record(api.type(c.string(1))), "self");
        registry.register("SM.get_by_uuid", Role.READ_ONLY, c -> {
            for (String type : api.types()) {
                if (api.uuid(type).equals(c.string(1))) {
                    return api.ref(type);
                }
            }
            throw ErrorCode.UUID_INVALID.exception("SM", c.string(1));
        }, "uuid");
        registry.register("SM.get_by_name_label", Role.READ_ONLY, c -> {
            String label = c.string(1);
            return api.types().stream().filter(label::equals).map(api::ref).toList();
        }, "label");
        for (String field : List.of("uuid", "name_label", "name_description", "type", "vendor", "copyright",
                "version", "required_api_version", "configuration", "capabilities", "features", "other_config",
                "driver_filename", "required_cluster_stack")) {
            registry.register("SM.get_" + field, Role.READ_ONLY, c -> api.record(api.type(c.string(1))).get(field),
                    "self");
        }
        // xapi's pool-operator: a probe reads devices that are not yet the Agent's
        registry.register("SR.probe_ext", Role.ADMIN, api::probeExt, "host", "device_config", "type", "sm_config");
        registry.register("SR.probe", Role.ADMIN, api::probe, "host", "device_config", "type", "sm_config");
    }

    private List<String> types() {
        return srs.types();
    }

    private String uuid(String type) {
        return host.identity().derivedUuid("sm/" + type);
    }

    private Ref ref(String type) {
        return refs.ref(uuid(type));
    }

    /** @return the type an SM reference names, or {@code HANDLE_INVALID [SM, ref]} */
    private String type(String ref) throws XenApiException {
        Optional<String> uuid = ref.isEmpty() ? Optional.empty() : refs.uuid(Ref.of(ref));
        for (String type : types()) {
            if (uuid.isPresent() && uuid(type).equals(uuid.get())) {
                return type;
            }
        }
        throw ErrorCode.HANDLE_INVALID.exception("SM", ref);
    }

    private Map<String, Object> record(String name) throws XenApiException {
        StorageBackendType type = srs.type(name);
        StorageBackend backend = backend(name);
        Package pkg = type.getClass().getPackage();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", uuid(name));
        r.put("name_label", name);
        r.put("name_description", type.description());
        r.put("type", name);
        r.put("vendor", orEmpty(pkg.getImplementationVendor()));
        r.put("copyright", "");
        r.put("version", orEmpty(pkg.getImplementationVersion()));
        r.put("required_api_version", type.apiVersion());
        Map<String, Object> configuration = new LinkedHashMap<>();
        Map<String, Object> other = new TreeMap<>();
        for (ConfigKey k : type.repositoryKeys()) {
            configuration.put(k.name(), k.description());
            other.put("config-type:" + k.name(), k.type().name());
            other.put("config-required:" + k.name(), String.valueOf(k.required()));
            if (k.defaultValue() != null) {
                other.put("config-default:" + k.name(), k.defaultValue());
            }
        }
        other.put("formats", String.join(",", backend.formats().stream().map(DiskFormat::xlName).sorted()
                .toList()));
        List<String> capabilities = new ArrayList<>(BASIC);
        for (Capability c : backend.capabilities()) {
            c.xapiFeature().ifPresent(capabilities::add);
        }
        Map<String, Object> features = new LinkedHashMap<>();
        capabilities.forEach(c -> features.put(c, 1L));
        r.put("configuration", configuration);
        r.put("capabilities", capabilities);
        r.put("features", features);
        r.put("other_config", other);
        r.put("driver_filename", driverFile(type));
        r.put("required_cluster_stack", List.of());
        return r;
    }

    /** @return the jar the type came from: where an admin finds the plug-in */
    private static String driverFile(StorageBackendType type) {
        CodeSource source = type.getClass().getProtectionDomain().getCodeSource();
        try {
            return source == null ? "" : Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private StorageBackend backend(String type) throws XenApiException {
        try {
            return srs.backend(type);
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        }
    }

    private Probe probeAt(Call c) throws XenApiException {
        if (!c.string(1).equals(host.hostRef().value())) {
            throw ErrorCode.HANDLE_INVALID.exception("host", c.string(1));
        }
        Map<String, String> deviceConfig = SrApi.strings(c, 2);
        deviceConfig.remove(SrApi.FORCE);
        SrApi.strings(c, 4); // sm_config: nothing of it steers a probe here
        String type = c.string(3);
        backend(type);
        try {
            return srs.probe(type, deviceConfig);
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        }
    }

    /** xapi's {@code probe_result} set: one result, the location as given. */
    private Object probeExt(Call c) throws XenApiException {
        Probe probe = probeAt(c);
        Map<String, Object> sr = new LinkedHashMap<>();
        probe.repository().ifPresent(uuid -> {
            Optional<StorageRepositories.Sr> known = srs.get(uuid);
            sr.put("uuid", uuid);
            sr.put("name_label", known.map(k -> k.entry().nameLabel()).orElse(""));
            sr.put("name_description", known.map(k -> k.entry().nameDescription()).orElse(""));
            sr.put("free_space", probe.free());
            sr.put("total_space", probe.physicalSize());
            sr.put("clustered", false);
            sr.put("health", "healthy");
        });
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("other-data", String.join("\n", probe.otherData()));
        extra.put("physical-size", String.valueOf(probe.physicalSize()));
        extra.put("free", String.valueOf(probe.free()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("configuration", new LinkedHashMap<String, Object>(SrApi.strings(c, 2)));
        result.put("complete", true);
        result.put("sr", sr);
        result.put("extra_info", extra);
        return List.of(result);
    }

    /** xapi's older form: an XML document listing the repositories found ({@code <SRlist>}). */
    private Object probe(Call c) throws XenApiException {
        Probe probe = probeAt(c);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" ?>\n<SRlist>\n");
        // what the storage says is its uuid is read from the storage: escaped, as any text from outside
        probe.repository().ifPresent(uuid -> xml.append("\t<SR>\n\t\t<UUID>").append(uuid.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;")).append("</UUID>\n\t</SR>\n"));
        return xml.append("</SRlist>\n").toString();
    }
}
