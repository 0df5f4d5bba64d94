package org.xenophilia.core.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.xenophilia.core.NodeModel;
import org.xenophilia.core.PbdInfo;
import org.xenophilia.core.SrInfo;
import org.xenophilia.core.VbdInfo;
import org.xenophilia.core.VdiInfo;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.XenObject;
import org.xenophilia.xenapi.Ref;

/**
 * The storage of one node as its model held it at one instant: each repository with whether it is attached and its
 * volumes, each volume with the domains that use it and as which device. Made in one pass over the model's SRs, PBDs,
 * VDIs, VBDs and VMs (read together, so a volume is never seen without its repository), for a view's refresh, a
 * chooser, or the check before a volume is deleted; immutable.
 */
public final class NodeStorage {

    /**
     * A repository.
     *
     * @param sr its SR
     * @param pbd its PBD on the node's host, if it has one (the Agent's views of plain disk paths have none)
     * @param volumes its volumes, by name
     */
    public record Repository(SrInfo sr, Optional<PbdInfo> pbd, List<Volume> volumes) {

        /** Makes the list immutable. */
        public Repository {
            volumes = List.copyOf(volumes);
        }

        /** @return whether its storage is attached (plugged) on the node: its volumes can be used and changed */
        public boolean attached() {
            return pbd.map(PbdInfo::attached).orElse(false);
        }

        /**
         * @return whether it is a repository the node manages (it has a PBD): not one of the Agent's read-only views
         *         of disks named by path
         */
        public boolean registered() {
            return pbd.isPresent();
        }
    }

    /**
     * A volume.
     *
     * @param vdi its VDI
     * @param srUuid its repository's UUID
     * @param srName its repository's name
     * @param srType its repository's storage type
     * @param uses the domains' disks on it
     */
    public record Volume(VdiInfo vdi, String srUuid, String srName, String srType, List<Use> uses) {

        /** Makes the list immutable. */
        public Volume {
            uses = List.copyOf(uses);
        }

        /** @return how a domain's disk names this volume */
        public VolumeReference reference() {
            return new VolumeReference(srUuid, srType, vdi.volumeName());
        }

        /** @return whether a domain's disk uses it */
        public boolean inUse() {
            return !uses.isEmpty();
        }
    }

    /**
     * A domain's disk on a volume.
     *
     * @param vmUuid the domain's UUID
     * @param vmName the domain's name
     * @param device the device the domain sees ({@code xvdb})
     * @param attached whether the disk is plugged now (the domain runs)
     */
    public record Use(String vmUuid, String vmName, String device, boolean attached) {
    }

    private static final NodeStorage EMPTY = new NodeStorage(List.of());

    private final List<Repository> repositories;
    private final Map<String, Repository> bySr = new HashMap<>();
    private final Map<String, Volume> byVdi = new HashMap<>();

    private NodeStorage(List<Repository> repositories) {
        this.repositories = List.copyOf(repositories);
        for (Repository r : repositories) {
            bySr.put(r.sr().uuid(), r);
            for (Volume v : r.volumes()) {
                byVdi.put(v.vdi().uuid(), v);
            }
        }
    }

    /** @return a node without storage */
    public static NodeStorage empty() {
        return EMPTY;
    }

    /**
     * @param model a node's model
     * @return its storage now
     */
    public static NodeStorage of(NodeModel model) {
        Map<Ref, VmInfo> vms = new HashMap<>();
        Map<Ref, PbdInfo> pbds = new HashMap<>();
        Map<Ref, VbdInfo> vbds = new HashMap<>();
        Map<Ref, List<VdiInfo>> vdisBySr = new HashMap<>();
        List<SrInfo> srs = new ArrayList<>();
        for (XenObject o : model.objects(SrInfo.class, PbdInfo.class, VdiInfo.class, VbdInfo.class, VmInfo.class)) {
            if (o instanceof SrInfo sr) {
                srs.add(sr);
            } else if (o instanceof PbdInfo pbd) {
                pbds.put(pbd.ref(), pbd);
            } else if (o instanceof VdiInfo vdi) {
                vdisBySr.computeIfAbsent(vdi.sr(), r -> new ArrayList<>()).add(vdi);
            } else if (o instanceof VbdInfo vbd) {
                vbds.put(vbd.ref(), vbd);
            } else if (o instanceof VmInfo vm) {
                vms.put(vm.ref(), vm);
            }
        }
        Map<Ref, Map<Ref, VbdInfo>> disksOn = new HashMap<>();
        for (VbdInfo vbd : vbds.values()) {
            if (!vbd.vdi().equals(Ref.NULL)) {
                disksOn.computeIfAbsent(vbd.vdi(), r -> new LinkedHashMap<>()).put(vbd.ref(), vbd);
            }
        }
        srs.sort(Comparator.comparing(SrInfo::name).thenComparing(SrInfo::uuid));
        List<Repository> out = new ArrayList<>(srs.size());
        for (SrInfo sr : srs) {
            List<VdiInfo> vdis = vdisBySr.getOrDefault(sr.ref(), List.of());
            List<Volume> volumes = new ArrayList<>(vdis.size());
            for (VdiInfo vdi : vdis) {
                Map<Ref, VbdInfo> disks = new LinkedHashMap<>(disksOn.getOrDefault(vdi.ref(), Map.of()));
                for (Ref r : vdi.vbds()) { // a node that names a VDI's VBDs but not each VBD's VDI
                    VbdInfo vbd = vbds.get(r);
                    if (vbd != null) {
                        disks.putIfAbsent(r, vbd);
                    }
                }
                volumes.add(new Volume(vdi, sr.uuid(), sr.name(), sr.type(), uses(disks.values(), vms)));
            }
            volumes.sort(Comparator.comparing((Volume v) -> v.vdi().name()).thenComparing(v -> v.vdi().uuid()));
            Optional<PbdInfo> pbd = sr.pbds().stream().map(pbds::get).filter(Objects::nonNull).findFirst();
            out.add(new Repository(sr, pbd, volumes));
        }
        return new NodeStorage(out);
    }

    private static List<Use> uses(Iterable<VbdInfo> disks, Map<Ref, VmInfo> vms) {
        List<Use> uses = new ArrayList<>();
        for (VbdInfo vbd : disks) {
            VmInfo vm = vms.get(vbd.vm());
            if (vm != null && !vm.template()) {
                uses.add(new Use(vm.uuid(), vm.name(), vbd.device(), vbd.attached()));
            }
        }
        uses.sort(Comparator.comparing(Use::vmName).thenComparing(Use::device));
        return uses;
    }

    /** @return the repositories, by name */
    public List<Repository> repositories() {
        return repositories;
    }

    /**
     * @param srUuid an SR's UUID
     * @return that repository
     */
    public Optional<Repository> repository(String srUuid) {
        return Optional.ofNullable(bySr.get(srUuid));
    }

    /**
     * @param vdiUuid a VDI's UUID
     * @return that volume
     */
    public Optional<Volume> volume(String vdiUuid) {
        return Optional.ofNullable(byVdi.get(vdiUuid));
    }

    /**
     * @param reference how a disk names a volume
     * @return that volume, if its repository is known and attached and holds it
     */
    public Optional<Volume> volume(VolumeReference reference) {
        Repository r = bySr.get(reference.srUuid());
        if (r == null) {
            return Optional.empty();
        }
        return r.volumes().stream().filter(v -> v.vdi().volumeName().equals(reference.volumeName())).findFirst();
    }

    /** @return the volumes of the attached repositories that the node manages: those a disk can name */
    public List<Volume> usableVolumes() {
        List<Volume> out = new ArrayList<>();
        for (Repository r : repositories) {
            if (r.registered() && r.attached()) {
                out.addAll(r.volumes());
            }
        }
        return out;
    }

    /** @return how many volumes the node has */
    public int volumeCount() {
        return byVdi.size();
    }
}
