package org.xenophilia.agent.internal.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.backend.HostInfo;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code host.*} and {@code host_metrics.*} for the one host this Agent runs on. Memory figures come from the
 * backend: the host record's {@code memory_overhead}, {@code cpu_info} and {@code metrics}; the
 * {@code host_metrics} record's {@code memory_total} and {@code memory_free}.
 */
public final class HostApi {

    /** The XenAPI version this Agent reports: that of the xapi datamodel its subset is taken from. */
    public static final long API_VERSION_MAJOR = 2;
    /** See {@link #API_VERSION_MAJOR}. */
    public static final long API_VERSION_MINOR = 21;
    /** Reported as {@code API_version_vendor}. */
    public static final String VENDOR = "Xenophilia";

    private final HostObjects host;

    private HostApi(HostObjects host) {
        this.host = host;
    }

    /**
     * @param registry where to register
     * @param host the host objects
     * @param events where the host's and its metrics' records are published
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events) {
        HostApi api = new HostApi(host);
        events.register("host", EventHub.single(host.hostRef(), api::record));
        events.register("host_metrics", EventHub.single(host.hostMetricsRef(), api::metricsRecord));
        registry.register("host.get_all", Role.READ_ONLY, c -> List.of(host.hostRef()));
        registry.register("host.get_all_records", Role.READ_ONLY,
                c -> Map.of(host.hostRef().value(), api.record()));
        registry.register("host.get_record", Role.READ_ONLY, c -> api.self(c, 1).record(), "self");
        registry.register("host.get_by_uuid", Role.READ_ONLY, api::byUuid, "uuid");
        registry.register("host.get_uuid", Role.READ_ONLY, c -> api.self(c, 1).host.identity().hostUuid(), "self");
        registry.register("host.get_name_label", Role.READ_ONLY, c -> api.self(c, 1).info().hostName(), "self");
        registry.register("host.get_API_version_major", Role.READ_ONLY,
                c -> {
                    api.self(c, 1);
                    return API_VERSION_MAJOR;
                }, "self");
        registry.register("host.get_API_version_minor", Role.READ_ONLY,
                c -> {
                    api.self(c, 1);
                    return API_VERSION_MINOR;
                }, "self");
        registry.register("host.get_API_version_vendor", Role.READ_ONLY,
                c -> {
                    api.self(c, 1);
                    return VENDOR;
                }, "self");
        registry.register("host.get_metrics", Role.READ_ONLY, c -> api.self(c, 1).host.hostMetricsRef(), "self");
        registry.register("host.get_cpu_info", Role.READ_ONLY, c -> api.self(c, 1).cpuInfo(api.info()), "self");
        registry.register("host.get_resident_VMs", Role.READ_ONLY, c -> api.self(c, 1).residentVms(), "self");
        registry.register("host.compute_free_memory", Role.READ_ONLY, c -> api.self(c, 1).info().memoryFree(),
                "host");
        registry.register("host_metrics.get_all", Role.READ_ONLY, c -> List.of(host.hostMetricsRef()));
        registry.register("host_metrics.get_all_records", Role.READ_ONLY,
                c -> Map.of(host.hostMetricsRef().value(), api.metricsRecord()));
        registry.register("host_metrics.get_record", Role.READ_ONLY, api::metricsByRef, "self");
    }

    private HostApi self(Call c, int i) throws XenApiException {
        String ref = c.string(i);
        if (!ref.equals(host.hostRef().value())) {
            throw ErrorCode.HANDLE_INVALID.exception("host", ref);
        }
        return this;
    }

    private Object byUuid(Call c) throws XenApiException {
        String uuid = c.string(1);
        if (!uuid.equals(host.identity().hostUuid())) {
            throw ErrorCode.UUID_INVALID.exception("host", uuid);
        }
        return host.hostRef();
    }

    private Object metricsByRef(Call c) throws XenApiException {
        String ref = c.string(1);
        if (!ref.equals(host.hostMetricsRef().value())) {
            throw ErrorCode.HANDLE_INVALID.exception("host_metrics", ref);
        }
        return metricsRecord();
    }

    private HostInfo info() throws XenApiException {
        try {
            return host.backend().hostInfo();
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    /**
     * @return the running and paused VMs, the control domain first: as many as the host's memory holds, so made one
     *         at a time as the answer is written (from one look at the backend)
     */
    private StreamedSet residentVms() throws XenApiException {
        Iterable<DomainSummary> guests;
        try {
            guests = host.backend().summaries();
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
        Ref controlDomain = host.vmRefs().ref(ControlDomain.uuid(host));
        return () -> LazyIterator.flatMap(List.of(List.of(controlDomain).iterator(), LazyIterator.map(
                guests.iterator(), d -> d.hasDomain() ? host.vmRefs().ref(d.uuid()) : null)).iterator(), i -> i);
    }

    private Map<String, Object> cpuInfo(HostInfo i) {
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("cpu_count", Integer.toString(i.cpuCount()));
        cpu.put("socket_count", Integer.toString(i.socketCount()));
        cpu.put("vendor", i.cpuVendor());
        cpu.put("modelname", i.cpuModel());
        cpu.put("speed", Long.toString(i.cpuSpeedMHz()));
        return cpu;
    }

    private Map<String, Object> record() throws XenApiException {
        HostInfo i = info();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", host.identity().hostUuid());
        r.put("name_label", i.hostName());
        r.put("name_description", "Xen host managed by xenophiliad (" + host.backend().name() + " backend)");
        r.put("allowed_operations", List.of());
        r.put("current_operations", Map.of());
        r.put("API_version_major", API_VERSION_MAJOR);
        r.put("API_version_minor", API_VERSION_MINOR);
        r.put("API_version_vendor", VENDOR);
        r.put("API_version_vendor_implementation", Map.of());
        r.put("enabled", true);
        Map<String, Object> software = new LinkedHashMap<>();
        software.put("product_brand", "Xenophilia");
        software.put("xen", i.hypervisorVersion());
        software.put("backend", host.backend().name());
        r.put("software_version", software);
        r.put("other_config", Map.of());
        r.put("capabilities", List.of());
        r.put("cpu_configuration", Map.of());
        r.put("sched_policy", "credit2");
        r.put("supported_bootloaders", List.of("pygrub"));
        r.put("resident_VMs", residentVms());
        r.put("logging", Map.of());
        r.put("PIFs", List.of());
        r.put("suspend_image_sr", Ref.NULL);
        r.put("crash_dump_sr", Ref.NULL);
        r.put("crashdumps", List.of());
        r.put("patches", List.of());
        r.put("updates", List.of());
        r.put("PBDs", List.of());
        r.put("host_CPUs", List.of());
        r.put("cpu_info", cpuInfo(i));
        r.put("hostname", i.hostName());
        r.put("address", "");
        r.put("metrics", host.hostMetricsRef());
        r.put("license_params", Map.of());
        r.put("ha_statefiles", List.of());
        r.put("ha_network_peers", List.of());
        r.put("blobs", Map.of());
        r.put("tags", List.of());
        r.put("external_auth_type", "");
        r.put("external_auth_service_name", "");
        r.put("external_auth_configuration", Map.of());
        r.put("edition", "");
        r.put("license_server", Map.of());
        r.put("bios_strings", Map.of());
        r.put("power_on_mode", "");
        r.put("power_on_config", Map.of());
        r.put("local_cache_sr", Ref.NULL);
        r.put("chipset_info", Map.of());
        r.put("PCIs", List.of());
        r.put("PGPUs", List.of());
        r.put("PUSBs", List.of());
        r.put("ssl_legacy", false);
        r.put("guest_VCPUs_params", Map.of());
        r.put("display", "enabled");
        r.put("virtual_hardware_platform_versions", List.of(0L));
        r.put("control_domain", host.vmRefs().ref(ControlDomain.uuid(host)));
        r.put("updates_requiring_reboot", List.of());
        r.put("features", List.of());
        r.put("iscsi_iqn", "");
        r.put("multipathing", false);
        r.put("uefi_certificates", "");
        r.put("certificates", List.of());
        r.put("editions", List.of());
        r.put("memory_overhead", 0L);
        return r;
    }

    private Map<String, Object> metricsRecord() throws XenApiException {
        HostInfo i = info();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", host.identity().derivedUuid("host_metrics"));
        r.put("memory_total", i.memoryTotal());
        r.put("memory_free", i.memoryFree());
        r.put("live", true);
        r.put("last_updated", Instant.now());
        r.put("other_config", Map.of());
        return r;
    }
}
