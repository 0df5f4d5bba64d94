package org.xenophilia.agent.internal.api;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.image.DeploymentVolumes;
import org.xenophilia.agent.internal.storage.SrRegistry;
import org.xenophilia.agent.internal.storage.StorageRepositories;
import org.xenophilia.agent.internal.storage.StorageRepositories.Sr;
import org.xenophilia.storage.StorageException;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;

/**
 * The changes of {@code SR} (create, forget, destroy, scan, the names) and the {@code PBD} class, with xapi's names,
 * parameters and errors. The SRs' records and reads are {@link ResourceApi}'s, made by {@link RegisteredStorage};
 * the VDIs' changes are {@link VdiApi}'s. Changing the set of SRs is the admin's (xapi's pool-operator); a scan, which
 * changes nothing, is an operator's.
 */
public final class SrApi {

    /** The {@code device_config} key of {@code SR.create} that allows a location holding other data. */
    static final String FORCE = "force";

    private final RegisteredStorage storage;
    private final VolumesInUse inUse;
    private final EventHub events;

    private SrApi(RegisteredStorage storage, VolumesInUse inUse, EventHub events) {
        this.storage = storage;
        this.inUse = inUse;
        this.events = events;
    }

    /**
     * Registers the SR, PBD and VDI classes, the views' and the registered repositories' together.
     *
     * @param registry where to register
     * @param host the host objects
     * @param events where the classes are registered for {@code event.from}
     * @param outlines the domains' outlines
     * @param srs the registered SRs
     * @param volumes the links between disks and volumes, bound here to the registered SRs
     * @return the registered SRs as image deployments make volumes in them
     */
    public static DeploymentVolumes register(ApiRegistry registry, HostObjects host, EventHub events,
            DomainOutlines outlines, StorageRepositories srs, VolumeLinks volumes) {
        RegisteredStorage storage = new RegisteredStorage(host, srs, outlines);
        volumes.bind(new VolumeDisks(storage));
        ResourceApi.register(registry, host, events, outlines, storage);
        VolumesInUse inUse = new VolumesInUse(storage);
        SrApi api = new SrApi(storage, inUse, events);
        api.registerSr(registry);
        api.registerPbd(registry, events);
        VdiApi.register(registry, storage, inUse, events);
        StorageTypesApi.register(registry, host, srs);
        return new RegisteredVolumes(storage, events);
    }

    private void registerSr(ApiRegistry registry) {
        registry.register("SR.create", Role.ADMIN, this::create, "host", "device_config", "physical_size",
                "name_label", "name_description", "type", "content_type", "shared", "sm_config");
        registry.register("SR.forget", Role.ADMIN, c -> {
            Sr sr = storage.sr(c.string(1));
            String uuid = sr.entry().uuid();
            // forgetting unplugs: refused as PBD.unplug is while a running domain has one of its volumes
            inUse.refuse(sr, "forget");
            List<Ref> vdis = storage.volumes(sr).stream().map(f -> storage.vdiRef(f.target())).toList();
            try {
                storage.srs.forget(uuid);
            } catch (StorageException e) {
                throw RegisteredStorage.xapi(e);
            } catch (IOException e) {
                throw RegisteredStorage.xapi(e);
            }
            vdis.forEach(v -> events.deleted("VDI", v));
            events.deleted("PBD", storage.pbdRef(uuid));
            events.deleted("SR", storage.srRef(uuid));
            return null;
        }, "sr");
        registry.register("SR.destroy", Role.ADMIN, c -> {
            Sr sr = storage.sr(c.string(1));
            String uuid = sr.entry().uuid();
            inUse.refuse(sr, "destroy"); // before SR_NOT_EMPTY: the admin learns which domain to stop first
            try {
                storage.srs.destroy(uuid);
            } catch (StorageException e) {
                throw RegisteredStorage.xapi(e);
            } catch (IOException e) {
                throw RegisteredStorage.xapi(e);
            }
            events.deleted("PBD", storage.pbdRef(uuid));
            events.deleted("SR", storage.srRef(uuid));
            return null;
        }, "sr");
        // the Agent reads the storage afresh for each record, so a scan only checks that the storage can be read
        registry.register("SR.scan", Role.OPERATOR, c -> {
            Sr sr = storage.sr(c.string(1));
            if (sr.repository().isEmpty()) {
                throw new XenApiException(StorageException.SR_HAS_NO_PBDS, List.of(c.string(1)));
            }
            storage.volumes(sr);
            events.changed("SR", storage.srRef(sr.entry().uuid()));
            return null;
        }, "sr");
        registry.register("SR.get_supported_types", Role.READ_ONLY, c -> storage.srs.types());
        registry.register("SR.set_name_label", Role.ADMIN, c -> rename(c, true), "self", "value");
        registry.register("SR.set_name_description", Role.ADMIN, c -> rename(c, false), "self", "value");
    }

    private Object rename(Call c, boolean label) throws XenApiException {
        Sr sr = storage.sr(c.string(1));
        String value = c.string(2);
        try {
            storage.srs.rename(sr.entry().uuid(), label ? value : sr.entry().nameLabel(),
                    label ? sr.entry().nameDescription() : value);
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        } catch (IOException e) {
            throw RegisteredStorage.xapi(e);
        }
        events.changed("SR", storage.srRef(sr.entry().uuid()));
        return null;
    }

    private Object create(Call c) throws XenApiException {
        String host = c.string(1);
        if (!host.equals(storage.host.hostRef().value())) {
            throw ErrorCode.HANDLE_INVALID.exception("host", host);
        }
        Map<String, String> deviceConfig = strings(c, 2);
        // xapi's storage managers read such a flag from device_config too; it is ours, not the backend's key
        boolean force = forced(deviceConfig.remove(FORCE));
        c.integer(3); // physical_size: the backend measures its storage; xapi's storage managers ignore it too
        String type = c.string(6);
        if (c.bool(8)) {
            throw ErrorCode.INVALID_VALUE.exception("shared", "true");
        }
        String contentType = c.string(7).isEmpty() ? "user" : c.string(7);
        SrRegistry.Entry e = new SrRegistry.Entry(UUID.randomUUID().toString(), c.string(4), c.string(5), type,
                contentType, deviceConfig, strings(c, 9), true, SrRegistry.Phase.CREATING);
        Sr sr;
        try {
            sr = storage.srs.create(e, force);
        } catch (StorageException ex) {
            throw RegisteredStorage.xapi(ex);
        } catch (IOException ex) {
            throw RegisteredStorage.xapi(ex);
        }
        Ref ref = storage.srRef(sr.entry().uuid());
        // its PBD first: a client that reads the SR in one batch already has the PBD that says it is plugged
        events.created("PBD", storage.pbdRef(sr.entry().uuid()));
        events.created("SR", ref);
        return ref;
    }

    private static boolean forced(String value) throws XenApiException {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ErrorCode.INVALID_VALUE.exception(FORCE, value);
    }

    /** @return a {@code (string -> string) map} parameter */
    static Map<String, String> strings(Call c, int i) throws XenApiException {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Object> e : c.map(i).entrySet()) {
            try {
                out.put(e.getKey(), WireValues.asString(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw ErrorCode.FIELD_TYPE_ERROR.exception(c.method().parameterNames().get(i));
            }
        }
        return out;
    }

    // --- PBD

    private void registerPbd(ApiRegistry registry, EventHub events) {
        events.register("PBD", new EventHub.ClassSource() {
            @Override
            public Iterator<EventHub.Listed> all() {
                return LazyIterator.map(storage.pbds(), i -> new EventHub.Listed(storage.pbdRefs.ref(i.uuid()),
                        i.record().make(), null));
            }

            @Override
            public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                try {
                    return Optional.of(pbd(ref.value()).record().make());
                } catch (XenApiException e) {
                    return Optional.empty();
                }
            }

            @Override
            public long count() {
                return storage.srs.all().size();
            }
        });
        registry.register("PBD.get_all", Role.READ_ONLY, c -> (StreamedSet) () -> LazyIterator.map(storage.pbds(),
                i -> storage.pbdRefs.ref(i.uuid())));
        registry.register("PBD.get_all_records", Role.READ_ONLY, c -> (StreamedMap) () -> LazyIterator.map(
                storage.pbds(), i -> Map.entry(storage.pbdRefs.ref(i.uuid()).value(), (Object) i.record().make())));
        registry.register("PBD.get_record", Role.READ_ONLY, c -> pbd(c.string(1)).record().make(), "self");
        registry.register("PBD.get_uuid", Role.READ_ONLY, c -> pbd(c.string(1)).uuid(), "self");
        for (String field : List.of("host", "SR", "device_config", "currently_attached", "other_config")) {
            registry.register("PBD.get_" + field, Role.READ_ONLY, c -> pbd(c.string(1)).record().make().get(field),
                    "self");
        }
        registry.register("PBD.get_by_uuid", Role.READ_ONLY, c -> {
            String uuid = c.string(1);
            for (Sr sr : storage.srs.all()) {
                if (storage.pbdUuid(sr.entry().uuid()).equals(uuid)) {
                    return storage.pbdRef(sr.entry().uuid());
                }
            }
            throw ErrorCode.UUID_INVALID.exception("PBD", uuid);
        }, "uuid");
        registry.register("PBD.plug", Role.ADMIN, c -> plug(c.string(1), true), "self");
        registry.register("PBD.unplug", Role.ADMIN, c -> plug(c.string(1), false), "self");
    }

    private ResourceApi.Item pbd(String ref) throws XenApiException {
        String uuid = storage.pbdUuid(storage.srOfPbd(ref).entry().uuid());
        for (Iterator<ResourceApi.Item> i = storage.pbds(); i.hasNext();) {
            ResourceApi.Item item = i.next();
            if (item.uuid().equals(uuid)) {
                return item;
            }
        }
        throw ErrorCode.HANDLE_INVALID.exception("PBD", ref);
    }

    private Object plug(String ref, boolean plug) throws XenApiException {
        Sr sr = storage.srOfPbd(ref);
        String uuid = sr.entry().uuid();
        if (!plug) {
            inUse.refuse(sr, "unplug");
        }
        List<Ref> before = storage.volumes(sr).stream().map(f -> storage.vdiRef(f.target())).toList();
        Sr now;
        try {
            now = storage.srs.plug(uuid, plug);
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        } catch (IOException e) {
            throw RegisteredStorage.xapi(e);
        }
        if (now != sr) {
            // its VDIs come and go with it
            if (plug) {
                storage.volumes(now).forEach(f -> events.created("VDI", storage.vdiRef(f.target())));
            } else {
                before.forEach(v -> events.deleted("VDI", v));
            }
            events.changed("PBD", storage.pbdRef(uuid));
            events.changed("SR", storage.srRef(uuid));
        }
        return null;
    }
}
