package org.xenophilia.agent.backend;

import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;

/**
 * A disk added to or removed from a definition, as both built-in backends do it for {@code VBD.create} and
 * {@code VBD.destroy}: disks are known by their virtual device ({@code vdev}), which is unique within a domain.
 */
public final class DiskChanges {

    private DiskChanges() {
    }

    /**
     * @param def a definition
     * @param vdev a virtual device
     * @return its disk of that device
     */
    public static Optional<Disk> disk(Domain def, String vdev) {
        return def.getDisks().stream().filter(d -> vdev.equals(d.getVdev())).findFirst();
    }

    /**
     * @param def a definition
     * @param disk a disk to add last
     * @return a copy of {@code def} with (a copy of) the disk
     * @throws BackendException {@link BackendException.Kind#DISK_EXISTS} if {@code def} has a disk of that device
     */
    public static Domain withDisk(Domain def, Disk disk) throws BackendException {
        if (disk(def, disk.getVdev()).isPresent()) {
            throw BackendException.diskExists(def.getUuid(), disk.getVdev());
        }
        Domain out = EcoreUtil.copy(def);
        out.getDisks().add(EcoreUtil.copy(disk));
        return out;
    }

    /**
     * @param def a definition
     * @param vdev the virtual device of one of its disks
     * @return a copy of {@code def} without that disk
     * @throws BackendException {@link BackendException.Kind#NO_SUCH_DISK} if it has none of that device
     */
    public static Domain withoutDisk(Domain def, String vdev) throws BackendException {
        if (disk(def, vdev).isEmpty()) {
            throw BackendException.noSuchDisk(def.getUuid(), vdev);
        }
        Domain out = EcoreUtil.copy(def);
        out.getDisks().removeIf(d -> vdev.equals(d.getVdev()));
        return out;
    }
}
