package org.xenophilia.agent.internal.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.DomainType;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code VM_metrics.*}: one metrics object per VM, as xapi has, with what the backend knows: the memory and vCPUs of
 * the current domain and its {@code start_time} (the Workbench's uptime). A halted VM's {@code start_time} is the
 * epoch. Read-only; reached from the VM record's {@code metrics} field.
 */
final class VmMetricsApi {

    /** The VMs, as {@link VmApi} lists and finds them (the control domain included). */
    interface Domains {
        List<DomainState> all() throws XenApiException;

        Optional<DomainState> find(String uuid) throws XenApiException;
    }

    private final ObjectRefs refs = new ObjectRefs();
    private final Domains domains;

    VmMetricsApi(Domains domains) {
        this.domains = domains;
    }

    /**
     * @param vmUuid a VM's uuid
     * @return the reference of its metrics object
     */
    Ref ref(String vmUuid) {
        return refs.ref(vmUuid);
    }

    void register(ApiRegistry registry) {
        registry.register("VM_metrics.get_all", Role.READ_ONLY,
                c -> domains.all().stream().map(d -> ref(d.uuid())).toList());
        registry.register("VM_metrics.get_all_records", Role.READ_ONLY, c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (DomainState d : domains.all()) {
                out.put(ref(d.uuid()).value(), record(d));
            }
            return out;
        });
        registry.register("VM_metrics.get_record", Role.READ_ONLY, c -> record(resolve(c)), "self");
        registry.register("VM_metrics.get_uuid", Role.READ_ONLY, c -> record(resolve(c)).get("uuid"), "self");
        registry.register("VM_metrics.get_start_time", Role.READ_ONLY, c -> record(resolve(c)).get("start_time"),
                "self");
        registry.register("VM_metrics.get_memory_actual", Role.READ_ONLY,
                c -> record(resolve(c)).get("memory_actual"), "self");
        registry.register("VM_metrics.get_VCPUs_number", Role.READ_ONLY,
                c -> record(resolve(c)).get("VCPUs_number"), "self");
    }

    private DomainState resolve(Call c) throws XenApiException {
        String ref = c.string(1);
        Optional<String> vm = ref.isEmpty() ? Optional.empty() : refs.uuid(Ref.of(ref));
        Optional<DomainState> d = vm.isEmpty() ? Optional.empty() : domains.find(vm.get());
        return d.orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception("VM_metrics", ref));
    }

    private static Map<String, Object> record(DomainState d) {
        boolean exists = d.powerState() == VmPowerState.RUNNING || d.powerState() == VmPowerState.PAUSED;
        DomainType type = d.definition().isSetType() ? d.definition().getType() : DomainType.PV;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", UUID.nameUUIDFromBytes(("VM_metrics:" + d.uuid()).getBytes(StandardCharsets.UTF_8))
                .toString());
        r.put("memory_actual", d.memoryActual());
        r.put("VCPUs_number", (long) d.vcpusOnline());
        r.put("VCPUs_utilisation", Map.of());
        r.put("VCPUs_CPU", Map.of());
        r.put("VCPUs_params", Map.of());
        r.put("VCPUs_flags", Map.of());
        r.put("state", List.of());
        r.put("start_time", exists && d.startTime() != null ? d.startTime() : Instant.EPOCH);
        r.put("install_time", Instant.EPOCH);
        r.put("last_updated", Instant.now());
        r.put("other_config", Map.of());
        r.put("hvm", type == DomainType.HVM);
        r.put("nested_virt", false);
        r.put("nomigrate", false);
        r.put("current_domain_type", exists ? type.getLiteral().toLowerCase(Locale.ROOT) : "unspecified");
        return r;
    }
}
