package org.xenophilia.agent.internal.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;

/**
 * The changes of {@code VBD}, with xapi's names, parameters and errors: {@code create} adds a disk to a VM's
 * definition (a disk on a registered volume names it: {@code storageBackend} = its SR's type, {@code volume} =
 * {@code <SR uuid>/<name>}; or an empty CD drive), {@code destroy} removes one, {@code plug} and {@code unplug}
 * hot-plug one of a running VM ({@code xl block-attach}/{@code block-detach}). As in xapi, a VBD created for a running
 * VM is not attached until it is plugged, and one attached is not destroyed ({@code OPERATION_NOT_ALLOWED}). Each
 * change publishes the VM (whose change publishes its VBDs: added, modified, deleted, {@link DeviceApi}) and the VDI
 * whose {@code VBDs} changed. Every call is the admin's, as xapi's are its vm-admin's and changing a definition is
 * the admin's here.
 */
final class VbdApi {

    private final HostObjects host;
    private final EventHub events;
    private final DeviceApi devices;
    private final VolumeLinks volumes;
    private final VmDirectory vms;

    private VbdApi(HostObjects host, EventHub events, DeviceApi devices, VolumeLinks volumes) {
        this.host = host;
        this.events = events;
        this.devices = devices;
        this.volumes = volumes;
        this.vms = new VmDirectory(host);
    }

    static void register(ApiRegistry registry, HostObjects host, EventHub events, DeviceApi devices,
            VolumeLinks volumes) {
        VbdApi api = new VbdApi(host, events, devices, volumes);
        registry.register("VBD.create", Role.ADMIN, api::create, "args");
        registry.register("VBD.destroy", Role.ADMIN, api::destroy, "self");
        registry.register("VBD.plug", Role.ADMIN, c -> api.plug(c, true), "self");
        registry.register("VBD.unplug", Role.ADMIN, c -> api.plug(c, false), "self");
    }

    // ---- VBD.create

    private Object create(Call c) throws XenApiException {
        Map<String, Object> args = c.map(1);
        String vmRef = string(args, "VM", null);
        DomainState vm = vm(vmRef);
        String type = string(args, "type", "Disk");
        String mode = string(args, "mode", "RW");
        if (!List.of("Disk", "CD").contains(type)) {
            throw ErrorCode.INVALID_VALUE.exception("type", type);
        }
        if (!List.of("RO", "RW").contains(mode)) {
            throw ErrorCode.INVALID_VALUE.exception("mode", mode);
        }
        boolean cd = type.equals("CD");
        boolean empty = args.get("empty") != null && WireValues.asBoolean(args.get("empty"));
        if (cd && !mode.equals("RO")) {
            throw new XenApiException("VBD_CDS_MUST_BE_READONLY", List.of());
        }
        if (!cd && empty) {
            throw new XenApiException("VBD_NOT_REMOVABLE_MEDIA", List.of("in constructor"));
        }
        Disk disk = DomainFactory.eINSTANCE.createDisk();
        String vdiRef = empty ? Ref.NULL.value() : string(args, "VDI", null);
        if (!empty) {
            VolumeLinks.Volume v = volumes.ofVdi(vdiRef)
                    .orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception("VDI", vdiRef));
            if (mode.equals("RW") && v.readOnly()) {
                throw new XenApiException("VDI_READONLY", List.of(vdiRef));
            }
            disk.setStorageBackend(v.storageBackend());
            disk.setVolume(v.reference());
        }
        String userdevice = string(args, "userdevice", "autodetect");
        disk.setVdev(vdev(vm, userdevice));
        disk.setAccess(mode.equals("RO") ? DiskAccess.RO : DiskAccess.RW);
        if (cd) {
            disk.setDevtype(DiskDeviceType.CDROM);
        }
        // bootable, unpluggable, other_config, qos_*: the disk list has no such settings (the first disk is the
        // bootable one, any disk can be unplugged); device and currently_attached are xapi's to set, not the caller's
        try {
            host.backend().addDisk(vm.uuid(), disk);
        } catch (BackendException e) {
            throw error(e, vm, userdevice);
        }
        events.changed("VM", Ref.of(vmRef));
        if (!empty) {
            events.changed("VDI", Ref.of(vdiRef));
        }
        return DeviceApi.vbdRef(host, vm.uuid(), disk.getVdev());
    }

    private DomainState vm(String ref) throws XenApiException {
        Optional<DomainState> d = vms.uuid(ref).isEmpty() ? Optional.empty() : vms.find(vms.uuid(ref).get());
        if (d.isEmpty()) {
            throw ErrorCode.HANDLE_INVALID.exception("VM", ref);
        }
        if (vms.isControlDomain(d.get())) {
            throw ErrorCode.OPERATION_NOT_ALLOWED.exception("VM " + ref + " is the control domain, whose disks the"
                    + " Agent does not manage");
        }
        return d.get();
    }

    /**
     * xapi's {@code userdevice}: {@code autodetect} (the first disk number the VM does not use), a disk number
     * ({@code 1} is {@code xvdb}) or a device name ({@code xvdc}, {@code hdb}); one the VM uses (by number: {@code hdb}
     * and {@code xvdb} are one) answers {@code DEVICE_ALREADY_EXISTS}, another {@code INVALID_DEVICE}.
     */
    private static String vdev(DomainState vm, String userdevice) throws XenApiException {
        List<Integer> used = vm.nextBootOrCurrent().getDisks().stream().map(d -> DeviceApi.diskNumber(d.getVdev()))
                .toList();
        List<Integer> running = vm.definition().getDisks().stream().map(d -> DeviceApi.diskNumber(d.getVdev()))
                .toList();
        String vdev;
        if (userdevice.equals("autodetect")) {
            int n = 0;
            while (used.contains(n) || running.contains(n)) {
                n++;
            }
            vdev = "xvd" + letters(n);
        } else if (userdevice.matches("[0-9]{1,3}")) {
            vdev = "xvd" + letters(Integer.parseInt(userdevice));
        } else if (DeviceApi.diskNumber(userdevice) >= 0) {
            vdev = userdevice;
        } else {
            throw new XenApiException("INVALID_DEVICE", List.of(userdevice));
        }
        int number = DeviceApi.diskNumber(vdev);
        if (used.contains(number) || running.contains(number)) {
            throw new XenApiException("DEVICE_ALREADY_EXISTS", List.of(userdevice));
        }
        return vdev;
    }

    /** @return the letters of disk number {@code n}: 0 is {@code a}, 25 {@code z}, 26 {@code aa} */
    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        for (int k = n + 1; k > 0; k = (k - 1) / 26) {
            out.insert(0, (char) ('a' + (k - 1) % 26));
        }
        return out.toString();
    }

    private static String string(Map<String, Object> args, String field, String fallback) throws XenApiException {
        Object v = args.get(field);
        if (v == null) {
            if (fallback == null) {
                throw ErrorCode.FIELD_TYPE_ERROR.exception(field);
            }
            return fallback;
        }
        return WireValues.asString(v);
    }

    // ---- VBD.destroy, plug, unplug

    private Object destroy(Call c) throws XenApiException {
        DeviceApi.Vbd vbd = devices.vbd(c.string(1));
        Ref vdi = volumes.vdiOf(vbd.disk());
        try {
            host.backend().removeDisk(vbd.vm().uuid(), vbd.disk().getVdev());
        } catch (BackendException e) {
            if (e.kind() == BackendException.Kind.DISK_ATTACHED) {
                // xapi's words: unplug it first
                throw ErrorCode.OPERATION_NOT_ALLOWED.exception("VBD '" + host.vbdRefs().owned(vbd.ref())
                        .map(ObjectRefs.Owned::uuid).orElse(vbd.ref().value()) + "' still attached to '"
                        + vbd.vm().uuid() + "'");
            }
            throw error(e, vbd.vm(), vbd.ref().value());
        }
        events.changed("VM", host.vmRefs().ref(vbd.vm().uuid()));
        if (!vdi.equals(Ref.NULL)) {
            events.changed("VDI", vdi);
        }
        return null;
    }

    private Object plug(Call c, boolean plug) throws XenApiException {
        DeviceApi.Vbd vbd = devices.vbd(c.string(1));
        String uuid = vbd.vm().uuid();
        String vdev = vbd.disk().getVdev();
        try {
            if (plug) {
                host.backend().plugDisk(uuid, vdev);
            } else {
                host.backend().unplugDisk(uuid, vdev);
            }
        } catch (BackendException e) {
            throw error(e, vbd.vm(), vbd.ref().value());
        }
        events.changed("VM", host.vmRefs().ref(uuid));
        return null;
    }

    /**
     * @param device what xapi names in its device errors: the VBD's reference, or the {@code userdevice} asked for
     * @return the XenAPI error of a backend's refusal
     */
    private XenApiException error(BackendException e, DomainState vm, String device) {
        return switch (e.kind()) {
            case DISK_ATTACHED -> new XenApiException("DEVICE_ALREADY_ATTACHED", List.of(device));
            case DISK_DETACHED -> new XenApiException("DEVICE_ALREADY_DETACHED", List.of(device));
            case DISK_EXISTS -> new XenApiException("DEVICE_ALREADY_EXISTS", List.of(device));
            case NO_SUCH_DISK -> ErrorCode.HANDLE_INVALID.exception("VBD", device);
            case BAD_POWER_STATE -> ErrorCode.VM_BAD_POWER_STATE.exception(host.vmRefs().ref(vm.uuid()).value(),
                    e.details().get(1), e.details().get(2));
            default -> BackendErrors.toXenApi(e, host.vmRefs().ref(vm.uuid()));
        };
    }
}
