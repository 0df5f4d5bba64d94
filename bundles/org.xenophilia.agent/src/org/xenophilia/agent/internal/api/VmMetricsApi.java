package org.xenophilia.agent.internal.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.DomainType;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code VM_metrics.*}: one metrics object per VM, as xapi has, with what the backend knows: the memory and vCPUs of
 * the current domain and its {@code start_time} (the Workbench's uptime). A halted VM's {@code start_time} is the
 * epoch. Read-only; reached from the VM record's {@code metrics} field. Listings are made from the backend's summaries
 * and the {@link DomainOutlines} (for the type), one VM at a time, without reading definitions.
 */
final class VmMetricsApi {

    private final ObjectRefs refs = new ObjectRefs();
    private final VmDirectory vms;
    private final DomainOutlines outlines;

    VmMetricsApi(VmDirectory vms, DomainOutlines outlines) {
        this.vms = vms;
        this.outlines = outlines;
    }

    /**
     * @param vmUuid a VM's uuid
     * @return the reference of its metrics object
     */
    Ref ref(String vmUuid) {
        return refs.ref(vmUuid);
    }

    void register(ApiRegistry registry) {
        registry.register("VM_metrics.get_all", Role.READ_ONLY, c -> (StreamedSet) () -> LazyIterator.deferred(
                () -> LazyIterator.map(vms.uuids(), this::ref)));
        registry.register("VM_metrics.get_all_records", Role.READ_ONLY, c -> (StreamedMap) () -> LazyIterator
                .deferred(this::records));
        registry.register("VM_metrics.get_record", Role.READ_ONLY, c -> record(resolve(c)), "self");
        registry.register("VM_metrics.get_uuid", Role.READ_ONLY, c -> record(resolve(c)).get("uuid"), "self");
        registry.register("VM_metrics.get_start_time", Role.READ_ONLY, c -> record(resolve(c)).get("start_time"),
                "self");
        registry.register("VM_metrics.get_memory_actual", Role.READ_ONLY,
                c -> record(resolve(c)).get("memory_actual"), "self");
        registry.register("VM_metrics.get_VCPUs_number", Role.READ_ONLY,
                c -> record(resolve(c)).get("VCPUs_number"), "self");
    }

    /** @return every VM's metrics record, the control domain's last, each made as it is asked for */
    private Iterator<Map.Entry<String, Object>> records() throws XenApiException {
        Iterable<DomainSummary> guests = vms.guests();
        return LazyIterator.then(LazyIterator.map(guests.iterator(), s -> {
            DomainOutlines.Outline o = outlines.of(s);
            return o == null ? null : Map.entry(ref(s.uuid()).value(), (Object) record(s, o.type()));
        }), () -> {
            DomainState dom0 = vms.controlDomain(guests);
            return Map.entry(ref(dom0.uuid()).value(), (Object) record(dom0));
        });
    }

    private DomainState resolve(Call c) throws XenApiException {
        String ref = c.string(1);
        Optional<String> vm = ref.isEmpty() ? Optional.empty() : refs.uuid(Ref.of(ref));
        Optional<DomainState> d = vm.isEmpty() ? Optional.empty() : vms.find(vm.get());
        return d.orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception("VM_metrics", ref));
    }

    private static Map<String, Object> record(DomainState d) {
        return record(DomainSummary.of(d), d.definition().isSetType() ? d.definition().getType() : DomainType.PV);
    }

    private static Map<String, Object> record(DomainSummary d, DomainType type) {
        boolean exists = d.hasDomain();
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
