package org.xenophilia.agent.internal.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xenophilia.agent.internal.storage.StorageRepositories;
import org.xenophilia.agent.internal.storage.StorageRepositories.Sr;
import org.xenophilia.files.StorageFullException;
import org.xenophilia.storage.Capability;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.RepositorySpace;
import org.xenophilia.storage.ResolvedVolume;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.Volume;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The XenAPI objects of the registered repositories: an SR per registered repository, its PBD on this host, and a VDI
 * per volume of an attached one, with xapi's fields. UUIDs are permanent: the SR's is its own, its PBD's is derived
 * from it, and a volume's VDI has the uuid the views give a disk naming the volume's path ({@link ResourceApi}), so a
 * VBD on that path names this VDI. A volume's {@code name_label} is its name in the repository, which is also its
 * {@code location}.
 */
final class RegisteredStorage implements ResourceApi.Registered {

    /** A volume found: its repository's SR and itself, with its path for {@code xl}. */
    record Found(Sr sr, Volume volume, String target) {
    }

    final HostObjects host;
    final StorageRepositories srs;
    final DomainOutlines outlines;
    final ObjectRefs pbdRefs = new ObjectRefs();
    /** Where each VDI's volume was last seen: a VDI is read without listing its repository. */
    final VdiIndex index = new VdiIndex();

    RegisteredStorage(HostObjects host, StorageRepositories srs, DomainOutlines outlines) {
        this.host = host;
        this.srs = srs;
        this.outlines = outlines;
    }

    // --- errors

    /** @return a storage failure as xapi names it (its code and parameters are xapi's already) */
    static XenApiException xapi(StorageException e) {
        return new XenApiException(e.code(), e.params());
    }

    /** @return a failure to write the SR registry: our disk-full error, or an internal error */
    static XenApiException xapi(IOException e) {
        if (e instanceof StorageFullException full) {
            return new XenApiException(BackendErrors.DISK_FULL, List.of(full.directory().toString(),
                    String.valueOf(e.getMessage())));
        }
        return ErrorCode.INTERNAL_ERROR.exception("the SR registry cannot be written: " + e.getMessage());
    }

    // --- references and lookups

    Ref srRef(String uuid) {
        return host.srRefs().ref(uuid);
    }

    String pbdUuid(String srUuid) {
        return host.identity().derivedUuid("pbd/" + srUuid);
    }

    Ref pbdRef(String srUuid) {
        return pbdRefs.ref(pbdUuid(srUuid));
    }

    private String vdiUuid(String target) {
        return ResourceApi.vdiUuid(host, target);
    }

    Ref vdiRef(String target) {
        return host.vdiRefs().ref(vdiUuid(target));
    }

    /**
     * Records where a volume is (one just made, or seen), so that the events on its VDI and its record find it
     * without a listing.
     *
     * @return its VDI
     */
    Ref indexed(Sr sr, String name, String target) {
        String uuid = vdiUuid(target);
        index.put(uuid, new VdiIndex.Entry(sr.entry().uuid(), name, target));
        return host.vdiRefs().ref(uuid);
    }

    /** @return the registered SR a reference names, or {@code HANDLE_INVALID [SR, ref]} */
    Sr sr(String ref) throws XenApiException {
        Optional<String> uuid = ref.isEmpty() ? Optional.empty() : host.srRefs().uuid(Ref.of(ref));
        Optional<Sr> sr = uuid.flatMap(srs::get);
        if (sr.isPresent()) {
            return sr.get();
        }
        if (uuid.isPresent() && isView(uuid.get())) {
            // the views of plain paths are not repositories: nothing can be made or removed there
            throw new XenApiException(StorageException.SR_OPERATION_NOT_SUPPORTED, List.of(ref));
        }
        throw ErrorCode.HANDLE_INVALID.exception("SR", ref);
    }

    private boolean isView(String uuid) {
        return uuid.equals(host.identity().derivedUuid("sr/file"))
                || uuid.equals(host.identity().derivedUuid("sr/phy"));
    }

    /** @return the SR whose PBD a reference names, or {@code HANDLE_INVALID [PBD, ref]} */
    Sr srOfPbd(String ref) throws XenApiException {
        Optional<String> uuid = ref.isEmpty() ? Optional.empty() : pbdRefs.uuid(Ref.of(ref));
        if (uuid.isPresent()) {
            for (Sr sr : srs.all()) {
                if (pbdUuid(sr.entry().uuid()).equals(uuid.get())) {
                    return sr;
                }
            }
        }
        throw ErrorCode.HANDLE_INVALID.exception("PBD", ref);
    }

    /**
     * @return the volume a VDI reference names, or {@code HANDLE_INVALID [VDI, ref]}; a VDI of the views (a plain
     *         path) answers {@code SR_OPERATION_NOT_SUPPORTED} with its SR
     */
    Found vdi(String ref) throws XenApiException {
        Optional<String> uuid = ref.isEmpty() ? Optional.empty() : host.vdiRefs().uuid(Ref.of(ref));
        if (uuid.isPresent()) {
            Optional<Found> known = known(uuid.get());
            if (known.isPresent()) {
                return known.get();
            }
            for (Sr sr : srs.all()) {
                for (Found f : volumes(sr)) {
                    if (vdiUuid(f.target()).equals(uuid.get())) {
                        return f;
                    }
                }
            }
            outlines.refreshAll();
            for (Iterator<String> t = outlines.targets(); t.hasNext();) {
                if (ResourceApi.vdiUuid(host, t.next()).equals(uuid.get())) {
                    throw new XenApiException(StorageException.SR_OPERATION_NOT_SUPPORTED, List.of(ref));
                }
            }
        }
        throw ErrorCode.HANDLE_INVALID.exception("VDI", ref);
    }

    /** A volume destroyed: its VDI is no longer indexed. */
    void destroyed(Found f) {
        index.remove(vdiUuid(f.target()));
    }

    /**
     * @param uuid a VDI's uuid
     * @return its volume, if the index knows where it is and it is still there (one look at that volume); an entry
     *         whose SR is not attached or whose volume is gone is dropped, and the caller lists
     */
    Optional<Found> known(String uuid) throws XenApiException {
        Optional<VdiIndex.Entry> e = index.get(uuid);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Optional<Sr> sr = srs.get(e.get().srUuid()).filter(s -> s.repository().isPresent());
        Optional<Volume> v = Optional.empty();
        if (sr.isPresent()) {
            try {
                v = sr.get().repository().get().volume(e.get().name());
            } catch (StorageException ex) {
                throw xapi(ex);
            }
        }
        if (v.isEmpty()) {
            index.remove(uuid);
            return Optional.empty();
        }
        return Optional.of(new Found(sr.get(), v.get(), e.get().target()));
    }

    /**
     * @return the whole volumes of an SR if it is attached, none otherwise: one {@link Repository#resolveAll()} (a
     *         backend built for API 1.0 resolves each volume there), which the index records
     */
    List<Found> volumes(Sr sr) throws XenApiException {
        List<Found> out = new ArrayList<>();
        if (sr.repository().isEmpty()) {
            return out;
        }
        Map<String, VdiIndex.Entry> listed = new HashMap<>();
        try {
            for (ResolvedVolume v : sr.repository().get().resolveAll()) {
                Found f = new Found(sr, v.volume(), v.target().target());
                out.add(f);
                listed.put(vdiUuid(f.target()), new VdiIndex.Entry(sr.entry().uuid(), v.volume().name(), f.target()));
            }
        } catch (StorageException e) {
            throw xapi(e);
        }
        index.listed(sr.entry().uuid(), listed);
        return out;
    }

    @Override
    public boolean holds(String target) {
        Path name = Path.of(target).getFileName();
        if (name == null) {
            return false;
        }
        Optional<VdiIndex.Entry> known = index.get(vdiUuid(target));
        if (known.isPresent() && known.get().target().equals(target)
                && srs.get(known.get().srUuid()).flatMap(Sr::repository).isPresent()) {
            return true; // a registered volume's path, as the last listing of its SR found it
        }
        for (Sr sr : srs.all()) {
            if (sr.repository().isPresent()) {
                try {
                    Repository r = sr.repository().get();
                    // resolve alone: it looks the volume up without measuring it (a volume(name) runs a process)
                    if (r.resolve(name.toString()).target().equals(target)) {
                        return true;
                    }
                } catch (StorageException | IllegalArgumentException e) {
                    // not one of its volumes
                }
            }
        }
        return false;
    }

    // --- the objects

    @Override
    public Iterator<ResourceApi.Item> srs() {
        return LazyIterator.map(srs.all().iterator(), this::srItem);
    }

    @Override
    public Iterator<ResourceApi.Item> vdis() {
        return LazyIterator.flatMap(srs.all().iterator(), sr -> {
            // one listing of the repository serves every record of it: asking the storage again for each
            // volume's snapshots made a listing of n volumes cost n listings (22 s for 1,000 files)
            List<Found> volumes = volumes(sr);
            Map<String, List<Ref>> snapshots = new HashMap<>();
            Map<String, Ref> byName = new HashMap<>();
            for (Found f : volumes) {
                byName.put(f.volume().name(), vdiRef(f.target()));
                f.volume().snapshotOf().ifPresent(source -> snapshots.computeIfAbsent(source, k -> new ArrayList<>())
                        .add(vdiRef(f.target())));
            }
            return LazyIterator.map(volumes.iterator(), f -> vdiItem(f, () -> snapshots.getOrDefault(
                    f.volume().name(), List.of()), () -> f.volume().snapshotOf().map(byName::get).orElse(Ref.NULL)));
        });
    }

    @Override
    public Optional<ResourceApi.Item> knownVdi(String uuid) throws XenApiException {
        Optional<Found> known = known(uuid);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        outlines.refreshAll(); // its VBDs, as a listing has them
        Found f = known.get();
        return Optional.of(vdiItem(f, () -> snapshotsOf(f), () -> f.volume().snapshotOf()
                .map(source -> snapshotSource(f, source)).orElse(Ref.NULL)));
    }

    /** @return the VDIs of a volume's snapshots, read without listing its repository ({@link Repository#snapshots}) */
    private List<Ref> snapshotsOf(Found f) throws XenApiException {
        if (f.volume().readOnly()) {
            return List.of(); // a snapshot has none
        }
        List<Ref> out = new ArrayList<>();
        try {
            for (ResolvedVolume s : f.sr().repository().orElseThrow().snapshots(f.volume().name())) {
                out.add(indexed(f.sr(), s.volume().name(), s.target().target()));
            }
        } catch (StorageException e) {
            throw xapi(e);
        }
        return out;
    }

    /** @return the PBDs, one per registered SR */
    Iterator<ResourceApi.Item> pbds() {
        return LazyIterator.map(srs.all().iterator(), sr -> new ResourceApi.Item(pbdUuid(sr.entry().uuid()), "",
                () -> pbdRecord(sr)));
    }

    private Set<Capability> capabilities(Sr sr) {
        try {
            return srs.backend(sr.entry().type()).capabilities();
        } catch (StorageException e) {
            return Set.of();
        }
    }

    private ResourceApi.Item srItem(Sr sr) {
        String uuid = sr.entry().uuid();
        return new ResourceApi.Item(uuid, sr.entry().nameLabel(), () -> {
            RepositorySpace space = new RepositorySpace(0, 0, 0);
            List<Found> volumes = volumes(sr);
            if (sr.repository().isPresent()) {
                try {
                    space = sr.repository().get().space();
                } catch (StorageException e) {
                    throw xapi(e);
                }
            }
            Set<Capability> caps = capabilities(sr);
            List<String> allowed = new ArrayList<>(List.of("forget"));
            if (sr.repository().isPresent()) {
                allowed.addAll(List.of("scan", "unplug", "vdi_create", "vdi_destroy", "vdi_clone"));
                if (volumes.isEmpty()) {
                    allowed.add("destroy");
                }
                if (caps.contains(Capability.RESIZE)) {
                    allowed.add("vdi_resize");
                }
                if (caps.contains(Capability.SNAPSHOT)) {
                    allowed.add("vdi_snapshot");
                }
            } else {
                allowed.add("plug");
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("uuid", uuid);
            r.put("name_label", sr.entry().nameLabel());
            r.put("name_description", sr.entry().nameDescription());
            r.put("allowed_operations", allowed);
            r.put("current_operations", Map.of());
            r.put("VDIs", volumes.stream().map(f -> vdiRef(f.target())).toList());
            r.put("PBDs", List.of(pbdRef(uuid)));
            r.put("virtual_allocation", space.virtualAllocation());
            r.put("physical_utilisation", space.physicalUtilisation());
            r.put("physical_size", space.physicalSize());
            r.put("type", sr.entry().type());
            r.put("content_type", sr.entry().contentType());
            r.put("shared", false);
            r.put("other_config", Map.of());
            r.put("tags", List.of());
            r.put("sm_config", sr.entry().smConfig());
            r.put("blobs", Map.of());
            r.put("local_cache_enabled", false);
            r.put("introduced_by", Ref.NULL);
            r.put("clustered", false);
            r.put("is_tools_sr", false);
            return r;
        });
    }

    private Map<String, Object> pbdRecord(Sr sr) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", pbdUuid(sr.entry().uuid()));
        r.put("host", host.hostRef());
        r.put("SR", srRef(sr.entry().uuid()));
        r.put("device_config", sr.entry().deviceConfig());
        r.put("currently_attached", sr.repository().isPresent());
        r.put("other_config", Map.of());
        return r;
    }

    /**
     * @param snapshots the VDIs of the volume's snapshots
     * @param snapshotOf the VDI of the volume it is a snapshot of, or {@code OpaqueRef:NULL}
     */
    private ResourceApi.Item vdiItem(Found f, LazyIterator.Maker<List<Ref>> snapshots,
            LazyIterator.Maker<Ref> snapshotOf) {
        String uuid = vdiUuid(f.target());
        Volume v = f.volume();
        return new ResourceApi.Item(uuid, v.name(), () -> {
            Set<Capability> caps = capabilities(f.sr());
            List<String> allowed = new ArrayList<>(List.of("copy", "clone", "destroy"));
            if (caps.contains(Capability.RESIZE) && !v.readOnly()) {
                allowed.add("resize");
            }
            if (caps.contains(Capability.SNAPSHOT) && !v.readOnly()) {
                allowed.add("snapshot");
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("uuid", uuid);
            r.put("name_label", v.name());
            r.put("name_description", "");
            r.put("allowed_operations", allowed);
            r.put("current_operations", Map.of());
            r.put("SR", srRef(f.sr().entry().uuid()));
            r.put("VBDs", (StreamedSet) () -> LazyIterator.map(users(f),
                    u -> DeviceApi.deviceRef(host, false, u.vm(), u.uuid())));
            r.put("crash_dumps", List.of());
            r.put("virtual_size", v.virtualSize());
            r.put("physical_utilisation", v.physicalUtilisation());
            r.put("type", "user");
            r.put("sharable", false);
            r.put("read_only", v.readOnly());
            r.put("other_config", Map.of());
            r.put("storage_lock", false);
            r.put("location", v.name());
            r.put("managed", true);
            r.put("missing", false);
            r.put("parent", Ref.NULL);
            r.put("xenstore_data", Map.of());
            r.put("sm_config", Map.of("image-format", v.format().xlName()));
            r.put("is_a_snapshot", v.snapshotOf().isPresent());
            r.put("snapshot_of", snapshotOf.make());
            r.put("snapshots", snapshots.make());
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

    /**
     * @return the disks on a volume, read as iterated: those that name it ({@code <SR uuid>/<name>}), then those
     *         whose target is its path
     */
    Iterator<DomainOutlines.DeviceUse> users(Found f) {
        return LazyIterator.flatMap(List.of(outlines.disksOnVolume(VolumeDisks.reference(f)),
                outlines.disksOn(f.target())).iterator(), i -> i);
    }

    private Ref snapshotSource(Found f, String source) {
        try {
            return vdiRef(f.sr().repository().orElseThrow().resolve(source).target());
        } catch (StorageException | RuntimeException e) {
            return Ref.NULL; // the source is gone; the snapshot stays
        }
    }
}
