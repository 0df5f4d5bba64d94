package org.xenophilia.agent.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.Vif;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code VIF.*} and {@code VBD.*}: read-only views of the vifs and disks of each domain's definition. A device's
 * uuid is derived from its VM's uuid and its place (vif index, disk vdev), so it is the same across restarts as long
 * as the definition keeps the device there. {@code network} and {@code VDI} link to the objects of
 * {@link ResourceApi} (the bridge, the disk target), and what the definition says about the backing (bridge, target,
 * format...) is in {@code other_config}.
 */
public final class DeviceApi {

    /** One device of one domain. */
    private record Device(DomainState vm, int index, Object model, String uuid) {
    }

    private final HostObjects host;
    /** The VM of each device seen, by device uuid: a device's record is read from its VM alone. */
    private final Map<String, String> vmOfDevice = new ConcurrentHashMap<>();
    /** The devices each VM had at its last change, by VM uuid, VIFs and VBDs: what a change created or deleted. */
    private final Map<String, Set<String>> lastVifs = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> lastVbds = new ConcurrentHashMap<>();

    private DeviceApi(HostObjects host) {
        this.host = host;
    }

    /**
     * Registers the calls, and the {@code vif} and {@code vbd} event classes: every change of a VM publishes its
     * devices' changes too ({@code currently_attached} follows the power state; a definition that gains or loses a
     * device creates or deletes it), as xapi's event stream has them.
     *
     * @param registry where to register
     * @param host the host objects
     * @param events where the devices' changes are published
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events) {
        DeviceApi api = new DeviceApi(host);
        events.addVmObserver(vm -> api.vmChanged(events, vm));
        for (String cls : List.of("VIF", "VBD")) {
            boolean vif = "VIF".equals(cls);
            events.register(cls, new EventHub.ClassSource() {
                @Override
                public Map<Ref, Map<String, Object>> all() throws XenApiException {
                    Map<Ref, Map<String, Object>> out = new LinkedHashMap<>();
                    for (Device d : api.all(vif)) {
                        out.put(api.ref(d), api.record(d));
                    }
                    return out;
                }

                @Override
                public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                    return api.find(ref.value(), vif).map(api::record);
                }
            });
            registry.register(cls + ".get_all", Role.READ_ONLY, c -> api.all(vif).stream().map(d -> api.ref(d))
                    .toList());
            registry.register(cls + ".get_all_records", Role.READ_ONLY, c -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Device d : api.all(vif)) {
                    out.put(api.ref(d).value(), api.record(d));
                }
                return out;
            });
            registry.register(cls + ".get_record", Role.READ_ONLY, c -> api.record(api.resolve(c, vif)), "self");
            registry.register(cls + ".get_uuid", Role.READ_ONLY, c -> api.resolve(c, vif).uuid(), "self");
            registry.register(cls + ".get_VM", Role.READ_ONLY, c -> host.vmRefs().ref(api.resolve(c, vif).vm()
                    .uuid()), "self");
            registry.register(cls + ".get_by_uuid", Role.READ_ONLY, c -> {
                String uuid = c.string(1);
                for (Device d : api.all(vif)) {
                    if (d.uuid().equals(uuid)) {
                        return api.ref(d);
                    }
                }
                throw ErrorCode.UUID_INVALID.exception(cls, uuid);
            }, "uuid");
        }
    }

    /** @return the VIF references of a domain, in definition order */
    static List<Ref> vifRefs(HostObjects host, DomainState vm) {
        List<Ref> out = new ArrayList<>();
        for (Device d : devices(vm, true)) {
            out.add(host.vifRefs().ref(d.uuid()));
        }
        return out;
    }

    /** @return the VBD references of a domain, in definition order */
    static List<Ref> vbdRefs(HostObjects host, DomainState vm) {
        List<Ref> out = new ArrayList<>();
        for (Device d : devices(vm, false)) {
            out.add(host.vbdRefs().ref(d.uuid()));
        }
        return out;
    }

    private static List<Device> devices(DomainState vm, boolean vifs) {
        List<Device> out = new ArrayList<>();
        if (vifs) {
            List<Vif> list = vm.definition().getVifs();
            for (int i = 0; i < list.size(); i++) {
                out.add(new Device(vm, i, list.get(i), deviceUuid(vm.uuid(), "vif/" + i)));
            }
        } else {
            List<Disk> list = vm.definition().getDisks();
            for (int i = 0; i < list.size(); i++) {
                out.add(new Device(vm, i, list.get(i), deviceUuid(vm.uuid(), "vbd/" + list.get(i).getVdev())));
            }
        }
        return out;
    }

    private static String deviceUuid(String vmUuid, String place) {
        return UUID.nameUUIDFromBytes((vmUuid + "/" + place).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private List<Device> all(boolean vif) throws XenApiException {
        List<Device> out = new ArrayList<>();
        try {
            for (DomainState vm : host.backend().domains()) {
                for (Device d : devices(vm, vif)) {
                    vmOfDevice.put(d.uuid(), vm.uuid());
                    out.add(d);
                }
            }
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
        return out;
    }

    /**
     * @param ref a device reference as a client sent it
     * @return the device, read from its VM when known (one domain, not all of them), else from the whole list
     */
    private Optional<Device> find(String ref, boolean vif) throws XenApiException {
        ObjectRefs refs = vif ? host.vifRefs() : host.vbdRefs();
        Optional<String> uuid = ref.isEmpty() ? Optional.empty() : refs.uuid(Ref.of(ref));
        if (uuid.isEmpty()) {
            return Optional.empty();
        }
        String vm = vmOfDevice.get(uuid.get());
        List<Device> candidates;
        if (vm != null) {
            try {
                Optional<DomainState> d = host.backend().domain(vm);
                candidates = d.isEmpty() ? List.of() : devices(d.get(), vif);
            } catch (BackendException e) {
                throw BackendErrors.toXenApi(e, null);
            }
        } else {
            candidates = all(vif);
        }
        return candidates.stream().filter(d -> d.uuid().equals(uuid.get())).findFirst();
    }

    /** Publishes the changes of a VM's devices after a change of the VM. */
    private void vmChanged(EventHub events, Ref vmRef) {
        Optional<String> vmUuid = host.vmRefs().uuid(vmRef);
        if (vmUuid.isEmpty()) {
            return;
        }
        Optional<DomainState> vm;
        try {
            vm = host.backend().domain(vmUuid.get());
        } catch (BackendException | RuntimeException e) {
            return; // the next change, or a client's full read, brings the devices up to date
        }
        for (boolean vif : new boolean[] {true, false}) {
            Map<String, Set<String>> last = vif ? lastVifs : lastVbds;
            ObjectRefs refs = vif ? host.vifRefs() : host.vbdRefs();
            String cls = vif ? "VIF" : "VBD";
            Set<String> now = new LinkedHashSet<>();
            if (vm.isPresent()) {
                for (Device d : devices(vm.get(), vif)) {
                    now.add(d.uuid());
                    vmOfDevice.put(d.uuid(), vmUuid.get());
                }
            }
            Set<String> before = last.getOrDefault(vmUuid.get(), Set.of());
            for (String uuid : now) {
                if (before.contains(uuid)) {
                    events.changed(cls, refs.ref(uuid));
                } else {
                    events.created(cls, refs.ref(uuid));
                }
            }
            for (String uuid : before) {
                if (!now.contains(uuid)) {
                    events.deleted(cls, refs.ref(uuid));
                    vmOfDevice.remove(uuid);
                }
            }
            if (now.isEmpty()) {
                last.remove(vmUuid.get());
            } else {
                last.put(vmUuid.get(), now);
            }
        }
    }

    private Ref ref(Device d) {
        return (d.model() instanceof Vif ? host.vifRefs() : host.vbdRefs()).ref(d.uuid());
    }

    private Device resolve(Call c, boolean vif) throws XenApiException {
        String ref = c.string(1);
        return find(ref, vif).orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception(vif ? "VIF" : "VBD", ref));
    }

    private static boolean attached(DomainState vm) {
        return vm.powerState() == VmPowerState.RUNNING || vm.powerState() == VmPowerState.PAUSED;
    }

    private Map<String, Object> record(Device d) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", d.uuid());
        r.put("allowed_operations", List.of());
        r.put("current_operations", Map.of());
        Ref vm = host.vmRefs().ref(d.vm().uuid());
        Map<String, Object> other = new LinkedHashMap<>();
        if (d.model() instanceof Vif v) {
            r.put("device", Integer.toString(d.index()));
            r.put("network", ResourceApi.networkRef(host, v));
            r.put("VM", vm);
            r.put("MAC", v.getMac() == null ? "" : v.getMac());
            r.put("MTU", v.isSetMtu() ? (long) v.getMtu() : 1500L);
            put(other, "bridge", v.getBridge());
            put(other, "network", v.getNetwork());
            put(other, "ip", v.getIp());
            put(other, "vifname", v.getVifname());
            put(other, "model", v.getModel());
            put(other, "rate", v.getRate());
            put(other, "script", v.getScript());
            put(other, "backend", v.getBackend());
            putAttachment(r, other, d);
            r.put("MAC_autogenerated", v.getMac() == null);
            r.put("locking_mode", "network_default");
            r.put("ipv4_allowed", List.of());
            r.put("ipv6_allowed", List.of());
            r.put("ipv4_configuration_mode", "None");
            r.put("ipv4_addresses", List.of());
            r.put("ipv4_gateway", "");
            r.put("ipv6_configuration_mode", "None");
            r.put("ipv6_addresses", List.of());
            r.put("ipv6_gateway", "");
            r.put("reserved_pci", Ref.NULL);
        } else {
            Disk k = (Disk) d.model();
            boolean cdrom = k.isSetDevtype() && k.getDevtype() == DiskDeviceType.CDROM;
            boolean readOnly = k.isSetAccess() ? k.getAccess() == DiskAccess.RO : cdrom; // unset: xl's default
            r.put("VM", vm);
            r.put("VDI", ResourceApi.vdiRef(host, k));
            r.put("device", k.getVdev());
            r.put("userdevice", Integer.toString(d.index()));
            r.put("bootable", d.index() == 0);
            r.put("mode", readOnly ? "RO" : "RW");
            r.put("type", cdrom ? "CD" : "Disk");
            r.put("unpluggable", false);
            r.put("storage_lock", false);
            r.put("empty", k.getTarget() == null && k.getVolume() == null);
            put(other, "target", k.getTarget());
            put(other, "format", k.isSetFormat() ? k.getFormat().getLiteral() : null);
            put(other, "backendtype", k.isSetBackendtype() ? k.getBackendtype().getLiteral() : null);
            put(other, "storage_backend", k.getStorageBackend());
            put(other, "volume", k.getVolume());
            put(other, "script", k.getScript());
            put(other, "backend", k.getBackend());
            putAttachment(r, other, d);
        }
        return r;
    }

    /** The fields VIF and VBD records share, in xapi's order: backing, attachment state, QoS, metrics. */
    private static void putAttachment(Map<String, Object> r, Map<String, Object> other, Device d) {
        r.put("other_config", other);
        r.put("currently_attached", attached(d.vm()));
        r.put("status_code", 0L);
        r.put("status_detail", "");
        r.put("runtime_properties", Map.of());
        r.put("qos_algorithm_type", "");
        r.put("qos_algorithm_params", Map.of());
        r.put("qos_supported_algorithms", List.of());
        r.put("metrics", Ref.NULL);
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
