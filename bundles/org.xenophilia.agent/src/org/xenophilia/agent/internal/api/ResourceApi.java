package org.xenophilia.agent.internal.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.Vif;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code network}, {@code SR} and {@code VDI}: read-only views derived from the domains' devices. Each bridge named
 * by a vif (xl's default {@code xenbr0} when a vif names none) is a network; each disk target is a VDI, in one of
 * two SRs of the host: {@code file} for image files and {@code phy} for block devices (targets under
 * {@code /dev/}). UUIDs are derived from the host's uuid and the bridge or target, so they survive restarts. A vif
 * naming a network by name only, or a disk naming a storage volume, has no such object ({@code OpaqueRef:NULL}).
 */
public final class ResourceApi {

    /** xl's bridge for a vif that names none. */
    static final String DEFAULT_BRIDGE = "xenbr0";

    private enum Kind {
        NETWORK("network"), SR("SR"), VDI("VDI");

        final String cls;

        Kind(String cls) {
            this.cls = cls;
        }
    }

    /** One object: its uuid, name and record. */
    private record Item(String uuid, String name, Map<String, Object> record) {
    }

    private final HostObjects host;

    private ResourceApi(HostObjects host) {
        this.host = host;
    }

    /**
     * @param registry where to register
     * @param host the host objects
     * @param events where the classes are registered for {@code event.from}
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events) {
        ResourceApi api = new ResourceApi(host);
        for (Kind k : Kind.values()) {
            String cls = k.cls;
            events.register(cls, new EventHub.ClassSource() {
                @Override
                public Map<Ref, Map<String, Object>> all() throws XenApiException {
                    Map<Ref, Map<String, Object>> out = new LinkedHashMap<>();
                    for (Item i : api.items(k)) {
                        out.put(api.refs(k).ref(i.uuid()), i.record());
                    }
                    return out;
                }

                @Override
                public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                    Optional<String> uuid = api.refs(k).uuid(ref);
                    if (uuid.isPresent()) {
                        for (Item i : api.items(k)) {
                            if (i.uuid().equals(uuid.get())) {
                                return Optional.of(i.record());
                            }
                        }
                    }
                    return Optional.empty();
                }
            });
            registry.register(cls + ".get_all", Role.READ_ONLY,
                    c -> api.items(k).stream().map(i -> api.refs(k).ref(i.uuid())).toList());
            registry.register(cls + ".get_all_records", Role.READ_ONLY, c -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Item i : api.items(k)) {
                    out.put(api.refs(k).ref(i.uuid()).value(), i.record());
                }
                return out;
            });
            registry.register(cls + ".get_record", Role.READ_ONLY, c -> api.resolve(c, k).record(), "self");
            registry.register(cls + ".get_uuid", Role.READ_ONLY, c -> api.resolve(c, k).uuid(), "self");
            registry.register(cls + ".get_name_label", Role.READ_ONLY, c -> api.resolve(c, k).name(), "self");
            registry.register(cls + ".get_by_uuid", Role.READ_ONLY, c -> {
                String uuid = c.string(1);
                for (Item i : api.items(k)) {
                    if (i.uuid().equals(uuid)) {
                        return api.refs(k).ref(uuid);
                    }
                }
                throw ErrorCode.UUID_INVALID.exception(cls, uuid);
            }, "uuid");
            registry.register(cls + ".get_by_name_label", Role.READ_ONLY, c -> {
                String label = c.string(1);
                List<Ref> out = new ArrayList<>();
                for (Item i : api.items(k)) {
                    if (i.name().equals(label)) {
                        out.add(api.refs(k).ref(i.uuid()));
                    }
                }
                return out;
            }, "label");
        }
    }

    private ObjectRefs refs(Kind k) {
        return switch (k) {
            case NETWORK -> host.networkRefs();
            case SR -> host.srRefs();
            case VDI -> host.vdiRefs();
        };
    }

    private Item resolve(Call c, Kind k) throws XenApiException {
        String ref = c.string(1);
        Optional<String> uuid = ref.isEmpty() ? Optional.empty() : refs(k).uuid(Ref.of(ref));
        if (uuid.isPresent()) {
            for (Item i : items(k)) {
                if (i.uuid().equals(uuid.get())) {
                    return i;
                }
            }
        }
        throw ErrorCode.HANDLE_INVALID.exception(k.cls, ref);
    }

    // --- links used by VIF and VBD records ---

    /** @return the bridge a vif is on, or {@code null} if it names a network by name only */
    static String bridge(Vif v) {
        if (v.getBridge() != null) {
            return v.getBridge();
        }
        return v.getNetwork() == null ? DEFAULT_BRIDGE : null;
    }

    /** @return the network of a vif, or {@code OpaqueRef:NULL} */
    static Ref networkRef(HostObjects host, Vif v) {
        String bridge = bridge(v);
        return bridge == null ? Ref.NULL : host.networkRefs().ref(networkUuid(host, bridge));
    }

    /** @return the VDI of a disk, or {@code OpaqueRef:NULL} (an empty drive, a storage volume) */
    static Ref vdiRef(HostObjects host, Disk k) {
        return k.getTarget() == null || k.getTarget().isEmpty() ? Ref.NULL
                : host.vdiRefs().ref(vdiUuid(host, k.getTarget()));
    }

    private static String derived(HostObjects host, String what) {
        return host.identity().derivedUuid(what);
    }

    private static String networkUuid(HostObjects host, String bridge) {
        return derived(host, "network/" + bridge);
    }

    private static String vdiUuid(HostObjects host, String target) {
        return derived(host, "vdi/" + target);
    }

    private static boolean isBlockDevice(String target) {
        return target.startsWith("/dev/");
    }

    // --- the objects ---

    private List<Item> items(Kind k) throws XenApiException {
        List<DomainState> domains;
        try {
            domains = host.backend().domains();
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
        return switch (k) {
            case NETWORK -> networks(domains);
            case SR -> srs(domains);
            case VDI -> vdis(domains);
        };
    }

    private List<Item> networks(List<DomainState> domains) {
        Map<String, List<Ref>> vifs = new LinkedHashMap<>();
        for (DomainState d : domains) {
            List<Ref> refs = DeviceApi.vifRefs(host, d);
            List<Vif> list = d.definition().getVifs();
            for (int i = 0; i < list.size(); i++) {
                String bridge = bridge(list.get(i));
                if (bridge != null) {
                    vifs.computeIfAbsent(bridge, b -> new ArrayList<>()).add(refs.get(i));
                }
            }
        }
        List<Item> out = new ArrayList<>();
        vifs.forEach((bridge, refs) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            String uuid = networkUuid(host, bridge);
            r.put("uuid", uuid);
            r.put("name_label", bridge);
            r.put("name_description", "the bridge " + bridge);
            r.put("allowed_operations", List.of());
            r.put("current_operations", Map.of());
            r.put("VIFs", refs);
            r.put("PIFs", List.of());
            r.put("MTU", 1500L);
            r.put("other_config", Map.of());
            r.put("bridge", bridge);
            r.put("managed", false);
            r.put("blobs", Map.of());
            r.put("tags", List.of());
            r.put("default_locking_mode", "unlocked");
            r.put("assigned_ips", Map.of());
            r.put("purpose", List.of());
            out.add(new Item(uuid, bridge, r));
        });
        return out;
    }

    /** One disk target with the VBDs using it. */
    private record Target(String path, List<Ref> vbds, boolean readOnly) {
    }

    private Map<String, Target> targets(List<DomainState> domains) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (DomainState d : domains) {
            List<Ref> refs = DeviceApi.vbdRefs(host, d);
            List<Disk> list = d.definition().getDisks();
            for (int i = 0; i < list.size(); i++) {
                Disk k = list.get(i);
                if (k.getTarget() == null || k.getTarget().isEmpty()) {
                    continue;
                }
                boolean ro = k.isSetAccess() && k.getAccess() == DiskAccess.RO;
                Target t = out.get(k.getTarget());
                if (t == null) {
                    t = new Target(k.getTarget(), new ArrayList<>(), ro);
                } else {
                    t = new Target(t.path(), t.vbds(), t.readOnly() && ro);
                }
                t.vbds().add(refs.get(i));
                out.put(k.getTarget(), t);
            }
        }
        return out;
    }

    private String srUuid(boolean phy) {
        return derived(host, phy ? "sr/phy" : "sr/file");
    }

    private List<Item> srs(List<DomainState> domains) {
        List<Ref> files = new ArrayList<>();
        List<Ref> devices = new ArrayList<>();
        long fileSize = 0;
        long deviceSize = 0;
        for (Target t : targets(domains).values()) {
            Ref vdi = host.vdiRefs().ref(vdiUuid(host, t.path()));
            if (isBlockDevice(t.path())) {
                devices.add(vdi);
                deviceSize += size(t.path());
            } else {
                files.add(vdi);
                fileSize += size(t.path());
            }
        }
        return List.of(sr(false, files, fileSize), sr(true, devices, deviceSize));
    }

    private Item sr(boolean phy, List<Ref> vdis, long allocated) {
        String uuid = srUuid(phy);
        String name = phy ? "Block devices" : "Image files";
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", uuid);
        r.put("name_label", name);
        r.put("name_description", phy ? "disks whose target is a block device (xl's phy backend)"
                : "disks whose target is an image file");
        r.put("allowed_operations", List.of());
        r.put("current_operations", Map.of());
        r.put("VDIs", vdis);
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
        return new Item(uuid, name, r);
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

    private List<Item> vdis(List<DomainState> domains) {
        List<Item> out = new ArrayList<>();
        for (Target t : targets(domains).values()) {
            String uuid = vdiUuid(host, t.path());
            boolean phy = isBlockDevice(t.path());
            String name = Path.of(t.path()).getFileName() == null ? t.path()
                    : Path.of(t.path()).getFileName().toString();
            long size = size(t.path());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("uuid", uuid);
            r.put("name_label", name);
            r.put("name_description", t.path());
            r.put("allowed_operations", List.of());
            r.put("current_operations", Map.of());
            r.put("SR", host.srRefs().ref(srUuid(phy)));
            r.put("VBDs", t.vbds());
            r.put("crash_dumps", List.of());
            r.put("virtual_size", size);
            r.put("physical_utilisation", size);
            r.put("type", "user");
            r.put("sharable", false);
            r.put("read_only", t.readOnly());
            r.put("other_config", Map.of());
            r.put("storage_lock", false);
            r.put("location", t.path());
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
            out.add(new Item(uuid, name, r));
        }
        return out;
    }
}
