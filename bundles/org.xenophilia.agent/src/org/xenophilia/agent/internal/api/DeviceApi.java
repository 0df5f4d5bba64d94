package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.VolumeResolver;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.Vif;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code VIF.*} and {@code VBD.*}: read-only views of the vifs and disks of each domain's definition. A device's
 * uuid is derived from its VM's uuid and its place (vif index, disk vdev), so it is the same across restarts as long
 * as the definition keeps the device there; its reference names its VM too ({@link ObjectRefs#ref(String, String)}),
 * so that a device is found by reading its VM alone. {@code network} and {@code VDI} link to the objects of
 * {@link ResourceApi} (the bridge, the disk target), and what the definition says about the backing (bridge, target,
 * format...) is in {@code other_config}. Listings are made one VM at a time as the answer is written; references and
 * counts come from the {@link DomainOutlines} without reading definitions.
 */
public final class DeviceApi {

    /** One device of one domain. */
    private record Device(DomainState vm, int index, Object model, String uuid) {
    }

    /** A VBD found: its VM, read now, its disk and its reference. */
    record Vbd(DomainState vm, Disk disk, Ref ref) {
    }

    /** The fields of VBD records with a getter of their own besides {@code uuid} and {@code VM}. */
    private static final List<String> VBD_FIELDS = List.of("allowed_operations", "VDI", "device", "userdevice",
            "bootable", "mode", "type", "unpluggable", "empty", "other_config", "currently_attached");
    /** Virtual devices by name ({@code xvdb}, {@code hda}, {@code sdc1}) and by number ({@code d3p1}). */
    private static final Pattern DISK_NAME = Pattern.compile("(xvd|hd|sd)([a-z]{1,3})[0-9]*");
    private static final Pattern DISK_NUMBER = Pattern.compile("d([0-9]{1,6})(p[0-9]+)?");

    private final HostObjects host;
    private final VmDirectory vms;
    private final DomainOutlines outlines;
    private final VolumeLinks volumes;
    private final NetworkLinks networks;

    private DeviceApi(HostObjects host, DomainOutlines outlines, VolumeLinks volumes, NetworkLinks networks) {
        this.host = host;
        this.vms = new VmDirectory(host);
        this.outlines = outlines;
        this.volumes = volumes;
        this.networks = networks;
    }

    /**
     * Registers the calls, and the {@code vif} and {@code vbd} event classes: every change of a VM publishes its
     * devices' changes too ({@code currently_attached} follows the power state; a definition that gains or loses a
     * device creates or deletes it), as xapi's event stream has them.
     *
     * @param registry where to register
     * @param host the host objects
     * @param events where the devices' changes are published
     * @param outlines the domains' outlines
     * @param volumes the links between disks and storage volumes (a VBD's VDI)
     * @param networks the links between vifs and networks (a VIF's network)
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events, DomainOutlines outlines,
            VolumeLinks volumes, NetworkLinks networks) {
        DeviceApi api = new DeviceApi(host, outlines, volumes, networks);
        events.addVmObserver(vm -> api.vmChanged(events, vm));
        for (String cls : List.of("VIF", "VBD")) {
            boolean vif = "VIF".equals(cls);
            events.register(cls, new EventHub.ClassSource() {
                @Override
                public Iterator<EventHub.Listed> all() throws XenApiException {
                    return LazyIterator.map(api.all(vif), api::listed);
                }

                @Override
                public String owner() {
                    return "vm";
                }

                @Override
                public Iterator<EventHub.Listed> ownedBy(EventHub.Listed vm) {
                    return vm.madeFrom() instanceof DomainState d
                            ? devices(d, vif).stream().map(api::listed).iterator()
                            : List.<EventHub.Listed>of().iterator();
                }

                @Override
                public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                    return api.find(ref.value(), vif).map(api::record);
                }

                @Override
                public long count() throws XenApiException {
                    return outlines.deviceCount(vif);
                }
            });
            registry.register(cls + ".get_all", Role.READ_ONLY, c -> (StreamedSet) () -> LazyIterator.deferred(
                    () -> api.refs(vif)));
            registry.register(cls + ".get_all_records", Role.READ_ONLY, c -> (StreamedMap) () -> LazyIterator
                    .deferred(() -> LazyIterator.map(api.all(vif), d -> Map.entry(api.ref(d).value(),
                            (Object) api.record(d)))));
            registry.register(cls + ".get_record", Role.READ_ONLY, c -> api.record(api.resolve(c, vif)), "self");
            registry.register(cls + ".get_uuid", Role.READ_ONLY, c -> api.resolve(c, vif).uuid(), "self");
            registry.register(cls + ".get_VM", Role.READ_ONLY, c -> host.vmRefs().ref(api.resolve(c, vif).vm()
                    .uuid()), "self");
            registry.register(cls + ".get_by_uuid", Role.READ_ONLY, c -> {
                String uuid = c.string(1);
                Iterator<Ref> refs = api.refs(vif, uuid);
                if (refs.hasNext()) {
                    return refs.next();
                }
                throw ErrorCode.UUID_INVALID.exception(cls, uuid);
            }, "uuid");
        }
        for (String field : VBD_FIELDS) {
            registry.register("VBD.get_" + field, Role.READ_ONLY, c -> api.record(api.resolve(c, false)).get(field),
                    "self");
        }
        VbdApi.register(registry, host, events, api, volumes);
    }

    /**
     * @param ref a VBD reference as a client sent it
     * @return the VBD, its VM read now
     * @throws XenApiException {@code HANDLE_INVALID [VBD, ref]} if there is none
     */
    Vbd vbd(String ref) throws XenApiException {
        Device d = find(ref, false).orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception("VBD", ref));
        return new Vbd(d.vm(), (Disk) d.model(), ref(d));
    }

    /** @return the reference of a domain's disk of that virtual device */
    static Ref vbdRef(HostObjects host, String vm, String vdev) {
        return deviceRef(host, false, vm, DomainOutlines.deviceUuid(vm, place(false, 0, vdev)));
    }

    /**
     * xapi's disk number of a virtual device ({@code Device_number}): {@code xvda}, {@code hda}, {@code sda} and
     * {@code xvda1} are 0, {@code xvdb} 1, {@code xvdaa} 26, {@code d3} and {@code d3p1} 3.
     *
     * @param vdev a virtual device
     * @return its disk number, or -1 for a name of no known form
     */
    static int diskNumber(String vdev) {
        Matcher m = DISK_NAME.matcher(vdev);
        if (m.matches()) {
            int n = 0;
            for (char c : m.group(2).toCharArray()) {
                n = n * 26 + (c - 'a' + 1);
            }
            return n - 1;
        }
        m = DISK_NUMBER.matcher(vdev);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }


    /** @return the VIF references of a domain, in definition order */
    static List<Ref> vifRefs(HostObjects host, DomainState vm) {
        List<Ref> out = new ArrayList<>();
        for (Device d : devices(vm, true)) {
            out.add(host.vifRefs().ref(vm.uuid(), d.uuid()));
        }
        return out;
    }

    /** @return the VBD references of a domain, in definition order */
    static List<Ref> vbdRefs(HostObjects host, DomainState vm) {
        List<Ref> out = new ArrayList<>();
        for (Device d : devices(vm, false)) {
            out.add(host.vbdRefs().ref(vm.uuid(), d.uuid()));
        }
        return out;
    }

    /** @return a device's reference: its VM's uuid and its own (see {@link ObjectRefs#ref(String, String)}) */
    static Ref deviceRef(HostObjects host, boolean vif, String vm, String device) {
        return (vif ? host.vifRefs() : host.vbdRefs()).ref(vm, device);
    }

    /** @return the place a device's uuid is derived from: {@code vif/<index>} or {@code vbd/<vdev>} */
    static String place(boolean vif, int index, String vdev) {
        return vif ? "vif/" + index : "vbd/" + vdev;
    }

    private static List<Device> devices(DomainState vm, boolean vifs) {
        List<Device> out = new ArrayList<>();
        if (vifs) {
            List<Vif> list = vm.definition().getVifs();
            for (int i = 0; i < list.size(); i++) {
                out.add(new Device(vm, i, list.get(i), DomainOutlines.deviceUuid(vm.uuid(), place(true, i, null))));
            }
        } else {
            List<Disk> list = vm.definition().getDisks();
            for (int i = 0; i < list.size(); i++) {
                out.add(new Device(vm, i, list.get(i), DomainOutlines.deviceUuid(vm.uuid(),
                        place(false, i, list.get(i).getVdev()))));
            }
        }
        return out;
    }

    /** @return the device uuids of a domain's outline, in definition order */
    private static List<String> deviceUuids(String vm, DomainOutlines.Outline o, boolean vif) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < (vif ? o.vifs() : o.disks()); i++) {
            out.add(DomainOutlines.deviceUuid(vm, place(vif, i, vif ? null : o.vdev(i))));
        }
        return out;
    }

    /** @return every device of the guests (the control domain has none), their VMs read one at a time */
    private Iterator<Device> all(boolean vif) throws XenApiException {
        return LazyIterator.flatMap(vms.guests().iterator(), s -> {
            long stamp = outlines.stamp();
            DomainState vm = vms.guest(s);
            if (vm == null) {
                return null;
            }
            outlines.keep(vm, stamp); // read anyway: what the outline needs is current
            return devices(vm, vif).iterator();
        });
    }

    /**
     * @return the references of every device of the guests, made from their outlines, or only of the devices with
     *         uuid {@code only} when it is not {@code null}
     */
    private Iterator<Ref> refs(boolean vif, String only) throws XenApiException {
        return LazyIterator.flatMap(vms.guests().iterator(), s -> {
            DomainOutlines.Outline o = outlines.of(s);
            if (o == null) {
                return null;
            }
            return LazyIterator.map(deviceUuids(s.uuid(), o, vif).iterator(),
                    d -> only == null || only.equals(d) ? deviceRef(host, vif, s.uuid(), d) : null);
        });
    }

    private Iterator<Ref> refs(boolean vif) throws XenApiException {
        return refs(vif, null);
    }

    /**
     * @param ref a device reference as a client sent it
     * @return the device, read from its VM
     */
    private Optional<Device> find(String ref, boolean vif) throws XenApiException {
        ObjectRefs refs = vif ? host.vifRefs() : host.vbdRefs();
        Optional<ObjectRefs.Owned> owned = ref.isEmpty() ? Optional.empty() : refs.owned(Ref.of(ref));
        if (owned.isEmpty()) {
            return Optional.empty();
        }
        Optional<DomainState> vm;
        try {
            vm = host.backend().domain(owned.get().owner());
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
        return vm.isEmpty() ? Optional.empty()
                : devices(vm.get(), vif).stream().filter(d -> d.uuid().equals(owned.get().uuid())).findFirst();
    }

    /** Publishes the changes of a VM's devices after a change of the VM, and keeps its outline current. */
    private void vmChanged(EventHub events, Ref vmRef) {
        Optional<String> vmUuid = host.vmRefs().uuid(vmRef);
        if (vmUuid.isEmpty()) {
            return;
        }
        String uuid = vmUuid.get();
        Optional<DomainOutlines.Outline> before = outlines.kept(uuid);
        long stamp = outlines.stamp();
        Optional<DomainState> vm;
        try {
            vm = host.backend().domain(uuid);
        } catch (BackendException | RuntimeException e) {
            return; // the next change, or a client's full read, brings the devices up to date
        }
        Optional<DomainOutlines.Outline> now;
        if (vm.isPresent()) {
            now = Optional.of(outlines.keep(vm.get(), stamp));
        } else {
            outlines.forget(uuid);
            now = Optional.empty();
        }
        for (boolean vif : new boolean[] {true, false}) {
            String cls = vif ? "VIF" : "VBD";
            List<String> was = before.map(o -> deviceUuids(uuid, o, vif)).orElse(List.of());
            List<String> is = now.map(o -> deviceUuids(uuid, o, vif)).orElse(List.of());
            for (String d : is) {
                if (was.contains(d)) {
                    events.changed(cls, deviceRef(host, vif, uuid, d));
                } else {
                    events.created(cls, deviceRef(host, vif, uuid, d));
                }
            }
            for (String d : was) {
                if (!is.contains(d)) {
                    events.deleted(cls, deviceRef(host, vif, uuid, d));
                }
            }
        }
    }

    private EventHub.Listed listed(Device d) {
        return new EventHub.Listed(ref(d), record(d), null);
    }

    private Ref ref(Device d) {
        return deviceRef(host, d.model() instanceof Vif, d.vm().uuid(), d.uuid());
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
            r.put("network", networks.networkRef(host, v));
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
            putAttachment(r, other, attached(d.vm()));
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
            boolean readOnly = DomainOutlines.isReadOnly(k);
            boolean attached = d.vm().attached(k.getVdev());
            if (d.vm().powerState() == VmPowerState.RUNNING) {
                r.put("allowed_operations", List.of(attached ? "unplug" : "plug"));
            }
            r.put("VM", vm);
            r.put("VDI", VolumeResolver.namesVolume(k) ? volumes.vdiOf(k) : ResourceApi.vdiRef(host, k));
            r.put("device", k.getVdev());
            int number = diskNumber(k.getVdev());
            r.put("userdevice", Integer.toString(number >= 0 ? number : d.index()));
            r.put("bootable", d.index() == 0);
            r.put("mode", readOnly ? "RO" : "RW");
            r.put("type", cdrom ? "CD" : "Disk");
            r.put("unpluggable", true); // xl hot-unplugs any disk of a running domain
            r.put("storage_lock", false);
            r.put("empty", k.getTarget() == null && k.getVolume() == null);
            put(other, "target", k.getTarget());
            put(other, "format", k.isSetFormat() ? k.getFormat().getLiteral() : null);
            put(other, "backendtype", k.isSetBackendtype() ? k.getBackendtype().getLiteral() : null);
            put(other, "storage_backend", k.getStorageBackend());
            put(other, "volume", k.getVolume());
            put(other, "script", k.getScript());
            put(other, "backend", k.getBackend());
            putAttachment(r, other, attached);
        }
        return r;
    }

    /** The fields VIF and VBD records share, in xapi's order: backing, attachment state, QoS, metrics. */
    private static void putAttachment(Map<String, Object> r, Map<String, Object> other, boolean attached) {
        r.put("other_config", other);
        r.put("currently_attached", attached);
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
