package org.xenophilia.agent.internal.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code VM.*} over the hypervisor backend: the records XenAPI clients read and the lifecycle operations. Reading
 * needs {@code read-only}, the lifecycle {@code operator}. References come from {@link HostObjects#vmRefs()}.
 */
public final class VmApi {

    private final HostObjects host;
    private final HypervisorBackend backend;
    private final EventHub events;

    private VmApi(HostObjects host, EventHub events) {
        this.host = host;
        this.backend = host.backend();
        this.events = events;
    }

    /** A lifecycle operation on one domain. */
    @FunctionalInterface
    private interface Operation {
        void run(String uuid) throws BackendException;
    }

    /**
     * @param registry where to register
     * @param host the host objects (with the backend)
     * @param events where VM records are published; every operation publishes the VM and the host's metrics
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events) {
        VmApi api = new VmApi(host, events);
        events.register("VM", new EventHub.ClassSource() {
            @Override
            public Map<Ref, Map<String, Object>> all() throws XenApiException {
                Map<Ref, Map<String, Object>> out = new LinkedHashMap<>();
                for (DomainState d : api.all()) {
                    out.put(api.ref(d), api.record(d));
                }
                return out;
            }

            @Override
            public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                Optional<String> uuid = host.vmRefs().uuid(ref);
                return uuid.isEmpty() ? Optional.empty() : api.find(uuid.get()).map(api::record);
            }

            @Override
            public long count() throws XenApiException {
                return api.all().size();
            }
        });
        registry.register("VM.get_all", Role.READ_ONLY, c -> api.all().stream().map(api::ref).toList());
        registry.register("VM.get_all_records", Role.READ_ONLY, c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (DomainState d : api.all()) {
                out.put(api.ref(d).value(), api.record(d));
            }
            return out;
        });
        registry.register("VM.get_record", Role.READ_ONLY, c -> api.record(api.resolve(c)), "self");
        registry.register("VM.get_by_uuid", Role.READ_ONLY, c -> {
            String uuid = c.string(1);
            return api.ref(api.find(uuid).orElseThrow(() -> ErrorCode.UUID_INVALID.exception("VM", uuid)));
        }, "uuid");
        registry.register("VM.get_by_name_label", Role.READ_ONLY, c -> {
            String label = c.string(1);
            List<Ref> refs = new ArrayList<>();
            for (DomainState d : api.all()) {
                if (d.name().equals(label)) {
                    refs.add(api.ref(d));
                }
            }
            return refs;
        }, "label");
        registry.register("VM.get_uuid", Role.READ_ONLY, c -> api.resolve(c).uuid(), "self");
        registry.register("VM.get_name_label", Role.READ_ONLY, c -> api.resolve(c).name(), "self");
        registry.register("VM.get_power_state", Role.READ_ONLY, c -> api.resolve(c).powerState(), "self");
        registry.register("VM.get_domid", Role.READ_ONLY, c -> api.resolve(c).domid(), "self");
        registry.register("VM.get_resident_on", Role.READ_ONLY, c -> api.residentOn(api.resolve(c)), "self");

        registry.register("VM.start", Role.OPERATOR, c -> {
            boolean paused = c.bool(2);
            c.bool(3); // force: there are no health checks to override
            return api.operate(c, uuid -> api.backend.start(uuid, paused));
        }, "vm", "start_paused", "force");
        registry.register("VM.clean_shutdown", Role.OPERATOR, c -> api.operate(c, u -> api.backend.shutdown(u, false)),
                "vm");
        registry.register("VM.hard_shutdown", Role.OPERATOR, c -> api.operate(c, u -> api.backend.shutdown(u, true)),
                "vm");
        registry.register("VM.clean_reboot", Role.OPERATOR, c -> api.operate(c, u -> api.backend.reboot(u, false)),
                "vm");
        registry.register("VM.hard_reboot", Role.OPERATOR, c -> api.operate(c, u -> api.backend.reboot(u, true)),
                "vm");
        registry.register("VM.pause", Role.OPERATOR, c -> api.operate(c, api.backend::pause), "vm");
        registry.register("VM.unpause", Role.OPERATOR, c -> api.operate(c, api.backend::unpause), "vm");
        registry.register("VM.set_VCPUs_number_live", Role.OPERATOR, c -> {
            long n = c.integer(2);
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw ErrorCode.INVALID_VALUE.exception("nvcpu", Long.toString(n));
            }
            return api.operate(c, u -> api.backend.setVcpus(u, (int) n));
        }, "self", "nvcpu");
        registry.register("VM.set_memory_target_live", Role.OPERATOR, c -> {
            long target = c.integer(2);
            return api.operate(c, u -> api.backend.setMemory(u, target));
        }, "self", "target");
    }

    private List<DomainState> all() throws XenApiException {
        try {
            return backend.domains();
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    private Optional<DomainState> find(String uuid) throws XenApiException {
        try {
            return backend.domain(uuid);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    private Ref ref(DomainState d) {
        return host.vmRefs().ref(d.uuid());
    }

    /** @return the domain named by parameter 1, or {@code HANDLE_INVALID} */
    private DomainState resolve(Call c) throws XenApiException {
        String ref = c.string(1);
        Optional<String> uuid = ref.isEmpty() ? Optional.empty() : host.vmRefs().uuid(Ref.of(ref));
        Optional<DomainState> d = uuid.isEmpty() ? Optional.empty() : find(uuid.get());
        return d.orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception("VM", ref));
    }

    private Object operate(Call c, Operation op) throws XenApiException {
        DomainState d = resolve(c);
        try {
            op.run(d.uuid());
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, ref(d));
        }
        events.changed("VM", ref(d));
        events.changed("host", host.hostRef()); // resident_VMs
        events.changed("host_metrics", host.hostMetricsRef());
        return null;
    }

    private Ref residentOn(DomainState d) {
        boolean exists = d.powerState() == VmPowerState.RUNNING || d.powerState() == VmPowerState.PAUSED;
        return exists ? host.hostRef() : Ref.NULL;
    }

    private static List<String> allowedOperations(VmPowerState s) {
        return switch (s) {
            case HALTED -> List.of("start", "start_on");
            case RUNNING -> List.of("clean_shutdown", "hard_shutdown", "clean_reboot", "hard_reboot", "pause");
            case PAUSED -> List.of("unpause", "hard_shutdown", "hard_reboot");
            case SUSPENDED -> List.of("hard_shutdown");
        };
    }

    private Map<String, Object> record(DomainState d) {
        long memory = d.spec().memory();
        long maxMemory = d.spec().maxMemory();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", d.uuid());
        r.put("allowed_operations", allowedOperations(d.powerState()));
        r.put("current_operations", Map.of());
        r.put("name_label", d.name());
        r.put("name_description", d.spec().description());
        r.put("power_state", d.powerState());
        r.put("user_version", 1L);
        r.put("is_a_template", false);
        r.put("is_default_template", false);
        r.put("suspend_VDI", Ref.NULL);
        r.put("resident_on", residentOn(d));
        r.put("scheduled_to_be_resident_on", Ref.NULL);
        r.put("affinity", Ref.NULL);
        r.put("memory_overhead", 0L);
        r.put("memory_target", d.memoryActual() > 0 ? d.memoryActual() : memory);
        r.put("memory_static_max", maxMemory);
        r.put("memory_dynamic_max", memory);
        r.put("memory_dynamic_min", memory);
        r.put("memory_static_min", memory);
        r.put("VCPUs_params", Map.of());
        r.put("VCPUs_max", (long) d.spec().maxVcpus());
        r.put("VCPUs_at_startup", (long) d.spec().vcpus());
        r.put("actions_after_softreboot", "soft_reboot");
        r.put("actions_after_shutdown", "destroy");
        r.put("actions_after_reboot", "restart");
        r.put("actions_after_crash", "restart");
        r.put("consoles", List.of());
        r.put("VIFs", List.of());
        r.put("VBDs", List.of());
        r.put("VUSBs", List.of());
        r.put("crash_dumps", List.of());
        r.put("VTPMs", List.of());
        r.put("PV_bootloader", "");
        r.put("PV_kernel", "");
        r.put("PV_ramdisk", "");
        r.put("PV_args", "");
        r.put("PV_bootloader_args", "");
        r.put("PV_legacy_args", "");
        r.put("HVM_boot_policy", "");
        r.put("HVM_boot_params", Map.of());
        r.put("HVM_shadow_multiplier", 1.0);
        r.put("platform", Map.of());
        r.put("PCI_bus", "");
        r.put("other_config", Map.of());
        r.put("domid", d.domid());
        r.put("domarch", "");
        r.put("last_boot_CPU_flags", Map.of());
        r.put("is_control_domain", false);
        r.put("metrics", Ref.NULL);
        r.put("guest_metrics", Ref.NULL);
        r.put("last_booted_record", "");
        r.put("recommendations", "");
        r.put("xenstore_data", Map.of());
        r.put("ha_always_run", false);
        r.put("ha_restart_priority", "");
        r.put("is_a_snapshot", false);
        r.put("snapshot_of", Ref.NULL);
        r.put("snapshots", List.of());
        r.put("snapshot_time", Instant.EPOCH);
        r.put("transportable_snapshot_id", "");
        r.put("blobs", Map.of());
        r.put("tags", List.of());
        r.put("blocked_operations", Map.of());
        r.put("snapshot_info", Map.of());
        r.put("snapshot_metadata", "");
        r.put("parent", Ref.NULL);
        r.put("children", List.of());
        r.put("bios_strings", Map.of());
        r.put("protection_policy", Ref.NULL);
        r.put("is_snapshot_from_vmpp", false);
        r.put("snapshot_schedule", Ref.NULL);
        r.put("is_vmss_snapshot", false);
        r.put("appliance", Ref.NULL);
        r.put("start_delay", 0L);
        r.put("shutdown_delay", 0L);
        r.put("order", 0L);
        r.put("VGPUs", List.of());
        r.put("attached_PCIs", List.of());
        r.put("suspend_SR", Ref.NULL);
        r.put("version", 0L);
        r.put("generation_id", "");
        r.put("hardware_platform_version", 0L);
        r.put("has_vendor_device", false);
        r.put("requires_reboot", false);
        r.put("reference_label", "");
        r.put("domain_type", "pv");
        r.put("NVRAM", Map.of());
        r.put("pending_guidances", List.of());
        return r;
    }
}
