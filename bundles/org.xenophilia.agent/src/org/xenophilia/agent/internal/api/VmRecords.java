package org.xenophilia.agent.internal.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.xenophilia.agent.backend.DefinitionChanges;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.VmOperation;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.XlKey;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;

/**
 * VM records as xapi has them, made from a domain's state: every field of xapi's record, those the Agent has nothing
 * to say about empty. {@code allowed_operations} is {@link VmOperation}'s table for the power state (none for the
 * control domain); {@code requires_reboot} and {@code other_config}'s {@value #PENDING_CHANGES_KEY} say what waits for
 * the VM's next boot.
 */
final class VmRecords {

    /** The {@code other_config} key listing the fields that change at the VM's next boot, comma-separated. */
    static final String PENDING_CHANGES_KEY = "xenophilia:pending-changes";

    private final HostObjects host;
    private final VmDirectory vms;
    private final VmMetricsApi metrics;

    VmRecords(HostObjects host, VmDirectory vms, VmMetricsApi metrics) {
        this.host = host;
        this.vms = vms;
        this.metrics = metrics;
    }

    /** @return the fields a running VM's next boot changes (model names), empty when none */
    static List<String> pendingChanges(DomainState d) {
        return d.nextBoot() == null ? List.of() : DefinitionChanges.nextBootFields(d.definition(), d.nextBoot());
    }

    /** @return the host while the VM has a domain (running or paused), else the null reference */
    Ref residentOn(DomainState d) {
        boolean exists = d.powerState() == VmPowerState.RUNNING || d.powerState() == VmPowerState.PAUSED;
        return exists ? host.hostRef() : Ref.NULL;
    }

    /** @return the VM's record */
    Map<String, Object> record(DomainState d) {
        Domain def = d.definition();
        DomainSpec spec = d.spec();
        long memory = spec.memory();
        long maxMemory = spec.maxMemory();
        List<String> pending = pendingChanges(d);
        boolean controlDomain = vms.isControlDomain(d);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", d.uuid());
        r.put("allowed_operations", controlDomain ? List.of() : VmOperation.allowedOperations(d.powerState()));
        r.put("current_operations", Map.of());
        r.put("name_label", d.name());
        r.put("name_description", spec.description());
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
        r.put("VCPUs_max", (long) spec.maxVcpus());
        r.put("VCPUs_at_startup", (long) spec.vcpus());
        r.put("actions_after_softreboot", "soft_reboot");
        r.put("actions_after_shutdown", "destroy");
        r.put("actions_after_reboot", "restart");
        r.put("actions_after_crash", "restart");
        r.put("consoles", List.of());
        r.put("VIFs", DeviceApi.vifRefs(host, d));
        r.put("VBDs", DeviceApi.vbdRefs(host, d));
        r.put("VUSBs", List.of());
        r.put("crash_dumps", List.of());
        r.put("VTPMs", List.of());
        DomainType type = def.isSetType() ? def.getType() : DomainType.PV;
        r.put("PV_bootloader", orEmpty(def.getBootloader()));
        r.put("PV_kernel", orEmpty(def.getKernel()));
        r.put("PV_ramdisk", orEmpty(def.getRamdisk()));
        r.put("PV_args", def.getCmdline() != null ? def.getCmdline()
                : String.join(" ", Stream.of(def.getRoot() == null ? null : "root=" + def.getRoot(), def.getExtra())
                        .filter(Objects::nonNull).toList()));
        r.put("PV_bootloader_args", String.join(" ", def.getBootloaderArgs()));
        r.put("PV_legacy_args", "");
        r.put("HVM_boot_policy", type == DomainType.HVM ? "BIOS order" : "");
        r.put("HVM_boot_params", Map.of());
        r.put("HVM_shadow_multiplier", 1.0);
        r.put("platform", Map.of());
        r.put("PCI_bus", "");
        Map<String, Object> otherConfig = otherConfig(def);
        if (!pending.isEmpty()) {
            otherConfig.put(PENDING_CHANGES_KEY, String.join(",", pending));
        }
        r.put("other_config", otherConfig);
        r.put("domid", d.domid());
        r.put("domarch", "");
        r.put("last_boot_CPU_flags", Map.of());
        r.put("is_control_domain", controlDomain);
        r.put("metrics", metrics.ref(d.uuid()));
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
        r.put("tags", List.copyOf(def.getTags()));
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
        r.put("requires_reboot", !pending.isEmpty()); // xapi: a reboot is needed to apply its configuration
        r.put("reference_label", "");
        r.put("domain_type", type.getLiteral());
        r.put("NVRAM", Map.of());
        r.put("pending_guidances", List.of());
        return r;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * {@code xl:<key>} for each raw xl.cfg setting the model keeps verbatim (its passwords hidden: every role reads
     * records), plus the type as xl.cfg has it.
     */
    private static Map<String, Object> otherConfig(Domain def) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (def.isSetType()) {
            m.put("xl:type", def.getType().getLiteral());
        }
        for (XlKey k : def.getXlKeys()) {
            m.put("xl:" + k.getKey(), k.getValue() == null ? "" : HiddenPasswords.inSetting(k.getKey(), k.getValue()));
        }
        return m;
    }
}
