package org.xenophilia.agent.internal.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.storage.StorageRepositories.Sr;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.VolumeNames;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;

/**
 * The changes of {@code VDI} on the registered repositories' volumes: create, destroy, resize, copy, snapshot, with
 * xapi's names, parameters and errors; an operation the backend cannot do here answers xapi's
 * {@code SR_OPERATION_NOT_SUPPORTED}, a backend's failure {@code SR_BACKEND_FAILURE_<code>} with its own words. The
 * VDIs' records and reads are {@link ResourceApi}'s. Each change is the admin's (xapi's vm-admin: making and removing
 * disks is configuration here, not a VM's lifecycle).
 */
final class VdiApi {

    /** The longest source name a copy's name keeps, so that the copy's name stays a volume name. */
    private static final int COPY_PREFIX = 48;

    private final RegisteredStorage storage;
    private final VolumesInUse inUse;
    private final EventHub events;

    private VdiApi(RegisteredStorage storage, VolumesInUse inUse, EventHub events) {
        this.storage = storage;
        this.inUse = inUse;
        this.events = events;
    }

    static void register(ApiRegistry registry, RegisteredStorage storage, VolumesInUse inUse, EventHub events) {
        VdiApi api = new VdiApi(storage, inUse, events);
        registry.register("VDI.create", Role.ADMIN, api::create, "args");
        registry.register("VDI.destroy", Role.ADMIN, api::destroy, "self");
        registry.register("VDI.resize", Role.ADMIN, api::resize, "vdi", "size");
        registry.register("VDI.copy", Role.ADMIN, api::copy, "vdi", "sr");
        registry.register("VDI.snapshot", Role.ADMIN, api::snapshot, "vdi", "driver_params");
    }

    private Object create(Call c) throws XenApiException {
        Map<String, Object> args = c.map(1);
        Object srRef = args.get("SR");
        if (srRef == null) {
            throw ErrorCode.INVALID_VALUE.exception("SR", "");
        }
        Sr sr = storage.sr(WireValues.asString(srRef));
        String name = args.get("name_label") == null ? "" : WireValues.asString(args.get("name_label"));
        long size;
        try {
            size = WireValues.asLong(args.get("virtual_size"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ErrorCode.FIELD_TYPE_ERROR.exception("virtual_size");
        }
        Object sm = args.get("sm_config");
        String format = sm == null ? "" : String.valueOf(WireValues.asMap(sm).getOrDefault("image-format", ""));
        try {
            // the name is the volume's in the repository, and its location: a file name, checked before any use
            VolumeNames.check(name);
            Repository r = repository(sr);
            Volume v = r.createVolume(name, size, format(sr, format));
            Ref ref = storage.indexed(sr, v.name(), r.resolve(v.name()).target());
            events.created("VDI", ref);
            events.changed("SR", storage.srRef(sr.entry().uuid()));
            return ref;
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        }
    }

    private DiskFormat format(Sr sr, String name) throws StorageException {
        Set<DiskFormat> offered = storage.srs.backend(sr.entry().type()).formats();
        if (name.isEmpty()) {
            return offered.contains(DiskFormat.RAW) ? DiskFormat.RAW : offered.iterator().next();
        }
        for (DiskFormat f : offered) {
            if (f.xlName().equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw StorageException.invalidValue("sm_config:image-format", name, "the formats of this SR are "
                + offered.stream().map(DiskFormat::xlName).sorted().toList());
    }

    private Repository repository(Sr sr) throws StorageException {
        return storage.srs.attached(sr.entry().uuid());
    }

    private Object destroy(Call c) throws XenApiException {
        String ref = c.string(1);
        RegisteredStorage.Found f = storage.vdi(ref);
        inUse.refuse(f, ref, "destroy", false);
        try {
            repository(f.sr()).destroyVolume(f.volume().name());
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        }
        storage.destroyed(f);
        events.deleted("VDI", Ref.of(ref));
        events.changed("SR", storage.srRef(f.sr().entry().uuid()));
        return null;
    }

    private Object resize(Call c) throws XenApiException {
        String ref = c.string(1);
        long size = c.integer(2);
        RegisteredStorage.Found f = storage.vdi(ref);
        // a disk grows under a running guest only with its block device told so: xapi's VDI.resize wants it detached
        inUse.refuse(f, ref, "resize", true);
        try {
            repository(f.sr()).resize(f.volume().name(), size);
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        }
        events.changed("VDI", Ref.of(ref));
        events.changed("SR", storage.srRef(f.sr().entry().uuid()));
        return null;
    }

    private Object copy(Call c) throws XenApiException {
        RegisteredStorage.Found f = storage.vdi(c.string(1));
        Sr into = storage.sr(c.string(2));
        if (!into.entry().uuid().equals(f.sr().entry().uuid())) {
            // a backend copies within its repository; across repositories is not offered yet
            throw new XenApiException(StorageException.SR_OPERATION_NOT_SUPPORTED, List.of(c.string(2)));
        }
        String source = f.volume().name();
        String name = source.substring(0, Math.min(source.length(), COPY_PREFIX)) + "-copy-" + shortId();
        return made(f, c.string(1), r -> r.copy(source, name, StorageProgress.NONE));
    }

    private Object snapshot(Call c) throws XenApiException {
        RegisteredStorage.Found f = storage.vdi(c.string(1));
        c.map(2); // driver_params: none are known; xapi's storage managers mostly ignore them too
        return made(f, c.string(1), r -> r.snapshot(f.volume().name(), "snap-" + shortId(), StorageProgress.NONE));
    }

    private interface Making {
        Volume make(Repository r) throws StorageException;
    }

    /** Makes a volume from another and publishes it; its VDI's reference is the answer. */
    private Object made(RegisteredStorage.Found from, String fromRef, Making making) throws XenApiException {
        try {
            Repository r = repository(from.sr());
            Volume v = making.make(r);
            Ref ref = storage.indexed(from.sr(), v.name(), r.resolve(v.name()).target());
            events.created("VDI", ref);
            events.changed("VDI", Ref.of(fromRef)); // its snapshots changed
            events.changed("SR", storage.srRef(from.sr().entry().uuid()));
            return ref;
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
