package org.xenophilia.agent.internal.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.Disk;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code SR} and {@code VDI}: read-only views derived from the domains' disks. Each disk target is a VDI, in one of
 * two SRs of the host: {@code file} for image files and {@code phy} for block devices (targets under
 * {@code /dev/}). UUIDs are derived from the host's uuid and the target, so they survive restarts. A disk naming a
 * storage volume has no such object ({@code OpaqueRef:NULL}). (The views of bridges are {@link NetworkApi}'s.)
 * <p>
 * The objects come from the {@link DomainOutlines}' inverted index of the disks on each target, made current before
 * each listing; records are made one at a time as the answer is written, and what grows with the number of domains in
 * a record (an SR's VDIs) is itself written as it is read.
 */
public final class ResourceApi {

    private enum Kind {
        SR("SR", "name_description", "allowed_operations", "VDIs", "PBDs", "virtual_allocation",
                "physical_utilisation", "physical_size", "type", "content_type", "shared", "sm_config",
                "other_config"),
        VDI("VDI", "name_description", "allowed_operations", "SR", "VBDs", "virtual_size", "physical_utilisation",
                "type", "sharable", "read_only", "location", "sm_config", "other_config", "is_a_snapshot",
                "snapshot_of", "snapshots");

        final String cls;
        /** The fields with a getter of their own besides {@code uuid} and {@code name_label}. */
        final List<String> fields;

        Kind(String cls, String... fields) {
            this.cls = cls;
            this.fields = List.of(fields);
        }
    }

    /** One object: its uuid, its name, and how to make its record. */
    record Item(String uuid, String name, LazyIterator.Maker<Map<String, Object>> record) {
    }

    /**
     * The SRs and VDIs of the registered repositories ({@link SrApi}), listed with the views. A registered volume's
     * VDI has the uuid a disk naming its path would have, so a VBD on it names it; it is left out of the views.
     */
    interface Registered {
        /** @return the registered SRs, read as iterated */
        Iterator<Item> srs() throws XenApiException;

        /** @return the VDIs of the attached repositories, read as iterated */
        Iterator<Item> vdis() throws XenApiException;

        /**
         * @param target a disk's target
         * @return whether it is a registered repository's volume
         */
        boolean holds(String target);

        /**
         * @param uuid a VDI's uuid
         * @return the VDI, if it is a registered volume's found without listing (where the Agent last saw it, and
         *         still there); empty if it must be looked for in the listing
         */
        Optional<Item> knownVdi(String uuid) throws XenApiException;
    }

    private static final Registered NONE = new Registered() {
        @Override
        public Iterator<Item> srs() {
            return List.<Item>of().iterator();
        }

        @Override
        public Iterator<Item> vdis() {
            return List.<Item>of().iterator();
        }

        @Override
        public boolean holds(String target) {
            return false;
        }

        @Override
        public Optional<Item> knownVdi(String uuid) {
            return Optional.empty();
        }
    };

    private final HostObjects host;
    private final DomainOutlines outlines;
    private final Registered registered;

    private ResourceApi(HostObjects host, DomainOutlines outlines, Registered registered) {
        this.host = host;
        this.outlines = outlines;
        this.registered = registered;
    }

    /**
     * @param registry where to register
     * @param host the host objects
     * @param events where the classes are registered for {@code event.from}
     * @param outlines the domains' outlines, whose indexes the objects come from
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events, DomainOutlines outlines) {
        register(registry, host, events, outlines, NONE);
    }

    /**
     * @param registry where to register
     * @param host the host objects
     * @param events where the classes are registered for {@code event.from}
     * @param outlines the domains' outlines, whose indexes the objects come from
     * @param registered the registered repositories' SRs and VDIs, listed with the views
     */
    static void register(ApiRegistry registry, HostObjects host, EventHub events, DomainOutlines outlines,
            Registered registered) {
        ResourceApi api = new ResourceApi(host, outlines, registered);
        for (Kind k : Kind.values()) {
            String cls = k.cls;
            events.register(cls, new EventHub.ClassSource() {
                @Override
                public Iterator<EventHub.Listed> all() throws XenApiException {
                    return LazyIterator.map(api.items(k), i -> new EventHub.Listed(api.refs(k).ref(i.uuid()),
                            i.record().make(), null));
                }

                @Override
                public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                    Optional<Item> i = api.find(k, ref);
                    return i.isEmpty() ? Optional.empty() : Optional.of(i.get().record().make());
                }

                @Override
                public long count() throws XenApiException {
                    long n = 0;
                    for (Iterator<Item> i = api.items(k); i.hasNext(); i.next()) {
                        n++;
                    }
                    return n;
                }
            });
            registry.register(cls + ".get_all", Role.READ_ONLY, c -> (StreamedSet) () -> LazyIterator.deferred(
                    () -> LazyIterator.map(api.items(k), i -> api.refs(k).ref(i.uuid()))));
            registry.register(cls + ".get_all_records", Role.READ_ONLY, c -> (StreamedMap) () -> LazyIterator
                    .deferred(() -> LazyIterator.map(api.items(k), i -> Map.entry(api.refs(k).ref(i.uuid()).value(),
                            (Object) i.record().make()))));
            registry.register(cls + ".get_record", Role.READ_ONLY, c -> api.resolve(c, k).record().make(), "self");
            registry.register(cls + ".get_uuid", Role.READ_ONLY, c -> api.resolve(c, k).uuid(), "self");
            registry.register(cls + ".get_name_label", Role.READ_ONLY, c -> api.resolve(c, k).name(), "self");
            for (String field : k.fields) {
                registry.register(cls + ".get_" + field, Role.READ_ONLY,
                        c -> api.resolve(c, k).record().make().get(field), "self");
            }
            registry.register(cls + ".get_by_uuid", Role.READ_ONLY, c -> {
                String uuid = c.string(1);
                if (api.byUuid(k, uuid).isPresent()) {
                    return api.refs(k).ref(uuid);
                }
                throw ErrorCode.UUID_INVALID.exception(cls, uuid);
            }, "uuid");
            registry.register(cls + ".get_by_name_label", Role.READ_ONLY, c -> {
                String label = c.string(1);
                List<Ref> out = new ArrayList<>();
                for (Iterator<Item> i = api.items(k); i.hasNext();) {
                    Item item = i.next();
                    if (item.name().equals(label)) {
                        out.add(api.refs(k).ref(item.uuid()));
                    }
                }
                return out;
            }, "label");
        }
    }

    private ObjectRefs refs(Kind k) {
        return switch (k) {
            case SR -> host.srRefs();
            case VDI -> host.vdiRefs();
        };
    }

    private Optional<Item> find(Kind k, Ref ref) throws XenApiException {
        Optional<String> uuid = refs(k).uuid(ref);
        return uuid.isEmpty() ? Optional.empty() : byUuid(k, uuid.get());
    }

    /** @return the object of that uuid: a registered volume's VDI where the Agent last saw it, else from the listing */
    private Optional<Item> byUuid(Kind k, String uuid) throws XenApiException {
        if (k == Kind.VDI) {
            Optional<Item> known = registered.knownVdi(uuid);
            if (known.isPresent()) {
                return known;
            }
        }
        for (Iterator<Item> i = items(k); i.hasNext();) {
            Item item = i.next();
            if (item.uuid().equals(uuid)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private Item resolve(Call c, Kind k) throws XenApiException {
        String ref = c.string(1);
        Optional<Item> i = ref.isEmpty() ? Optional.empty() : find(k, Ref.of(ref));
        return i.orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception(k.cls, ref));
    }

    // --- links used by VIF and VBD records ---

    /** @return the VDI of a disk, or {@code OpaqueRef:NULL} (an empty drive, a storage volume) */
    static Ref vdiRef(HostObjects host, Disk k) {
        // a registered volume's VDI has this uuid too (SrApi), so a disk on its path names it
        return k.getTarget() == null || k.getTarget().isEmpty() ? Ref.NULL
                : host.vdiRefs().ref(vdiUuid(host, k.getTarget()));
    }

    private static String derived(HostObjects host, String what) {
        return host.identity().derivedUuid(what);
    }

    static String vdiUuid(HostObjects host, String target) {
        return derived(host, "vdi/" + target);
    }

    private static boolean isBlockDevice(String target) {
        return target.startsWith("/dev/");
    }

    // --- the objects ---

    /** @return the objects of a kind, every domain's outline made current first, each read as iterated */
    private Iterator<Item> items(Kind k) throws XenApiException {
        outlines.refreshAll();
        return switch (k) {
            case SR -> concat(List.of(sr(false), sr(true)).iterator(), registered.srs());
            case VDI -> concat(LazyIterator.map(outlines.targets(), t -> registered.holds(t) ? null : vdi(t)),
                    registered.vdis());
        };
    }

    private static Iterator<Item> concat(Iterator<Item> first, Iterator<Item> then) {
        return LazyIterator.flatMap(List.of(first, then).iterator(), i -> i);
    }

    /** @return references of the disks on a target, read as the answer is written */
    StreamedSet deviceRefs(String target) {
        return () -> LazyIterator.map(outlines.disksOn(target), u -> DeviceApi.deviceRef(host, false, u.vm(),
                u.uuid()));
    }

    private String srUuid(boolean phy) {
        return derived(host, phy ? "sr/phy" : "sr/file");
    }

    /** @return the targets of one SR: block devices ({@code phy}) or image files, read as iterated */
    private Iterator<String> targetsOf(boolean phy) {
        return LazyIterator.map(outlines.targets(), t -> isBlockDevice(t) == phy && !registered.holds(t) ? t : null);
    }

    private Item sr(boolean phy) {
        String uuid = srUuid(phy);
        String name = phy ? "Block devices" : "Image files";
        return new Item(uuid, name, () -> {
            long allocated = 0;
            for (Iterator<String> t = targetsOf(phy); t.hasNext();) {
                allocated += size(t.next());
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("uuid", uuid);
            r.put("name_label", name);
            r.put("name_description", phy ? "disks whose target is a block device (xl's phy backend)"
                    : "disks whose target is an image file");
            r.put("allowed_operations", List.of());
            r.put("current_operations", Map.of());
            r.put("VDIs", (StreamedSet) () -> LazyIterator.map(targetsOf(phy),
                    t -> host.vdiRefs().ref(vdiUuid(host, t))));
            r.put("PBDs", List.of());
            r.put("virtual_allocation", allocated);
            r.put("physical_utilisation", allocated);
            r.put("physical_size", 0L);
            r.put("type", phy ? "phy" : "file");
            r.put("content_type", "user");
            r.put("shared", false);
            r.put("other_config", Map.of());
            r.put("tags", List.of());
            r.put("sm_config", Map.of());
            r.put("blobs", Map.of());
            r.put("local_cache_enabled", false);
            r.put("introduced_by", Ref.NULL);
            r.put("clustered", false);
            r.put("is_tools_sr", false);
            return r;
        });
    }

    /** @return the size of a target in bytes as the Agent can see it, 0 if it cannot */
    private static long size(String target) {
        try {
            Path p = Path.of(target);
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private Item vdi(String target) {
        String uuid = vdiUuid(host, target);
        String name = Path.of(target).getFileName() == null ? target : Path.of(target).getFileName().toString();
        return new Item(uuid, name, () -> {
            boolean phy = isBlockDevice(target);
            long size = size(target);
            boolean readOnly = true;
            for (Iterator<DomainOutlines.DeviceUse> u = outlines.disksOn(target); u.hasNext();) {
                readOnly &= u.next().readOnly();
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("uuid", uuid);
            r.put("name_label", name);
            r.put("name_description", target);
            r.put("allowed_operations", List.of());
            r.put("current_operations", Map.of());
            r.put("SR", host.srRefs().ref(srUuid(phy)));
            r.put("VBDs", deviceRefs(target));
            r.put("crash_dumps", List.of());
            r.put("virtual_size", size);
            r.put("physical_utilisation", size);
            r.put("type", "user");
            r.put("sharable", false);
            r.put("read_only", readOnly);
            r.put("other_config", Map.of());
            r.put("storage_lock", false);
            r.put("location", target);
            r.put("managed", true);
            r.put("missing", false);
            r.put("parent", Ref.NULL);
            r.put("xenstore_data", Map.of());
            r.put("sm_config", Map.of());
            r.put("is_a_snapshot", false);
            r.put("snapshot_of", Ref.NULL);
            r.put("snapshots", List.of());
            r.put("snapshot_time", Instant.EPOCH);
            r.put("tags", List.of());
            r.put("allow_caching", false);
            r.put("on_boot", "persist");
            r.put("metadata_of_pool", Ref.NULL);
            r.put("metadata_latest", false);
            r.put("is_tools_iso", false);
            r.put("cbt_enabled", false);
            return r;
        });
    }
}
