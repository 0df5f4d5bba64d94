package org.xenophilia.core;

import java.util.List;
import java.util.Set;

import org.xenophilia.xenapi.Ref;

/**
 * A virtual disk image (a volume) of a storage repository.
 *
 * @param ref its reference
 * @param uuid its UUID
 * @param name its {@code name_label} (on the Agent, the volume's name in its repository)
 * @param description its {@code name_description}
 * @param sr its repository
 * @param location its {@code location}: its name within the repository for the storage backend
 * @param virtualSize the size the guest sees, in bytes
 * @param physicalUtilisation the bytes it takes on its storage (less than the virtual size when thin)
 * @param format its image format ({@code sm_config:image-format}: {@code raw}, {@code qcow2}), empty if not said
 * @param readOnly whether it is read-only
 * @param snapshot whether it is a snapshot ({@code is_a_snapshot})
 * @param snapshotOf the VDI it is a snapshot of, {@link Ref#NULL} if none
 * @param vbds the VBDs that use it
 * @param allowedOperations what the node allows on it now ({@code resize}, {@code snapshot}, {@code destroy} ...)
 */
public record VdiInfo(Ref ref, String uuid, String name, String description, Ref sr, String location,
        long virtualSize, long physicalUtilisation, String format, boolean readOnly, boolean snapshot, Ref snapshotOf,
        List<Ref> vbds, Set<String> allowedOperations) implements XenObject {

    /** Makes the collections immutable. */
    public VdiInfo {
        vbds = List.copyOf(vbds);
        allowedOperations = Set.copyOf(allowedOperations);
    }

    /** @return its name within its repository: the location where the node gives one, else its name */
    public String volumeName() {
        return location.isEmpty() ? name : location;
    }

    /**
     * @param operation an operation as xapi names it in {@code allowed_operations}
     * @return whether the node allows it now
     */
    public boolean allows(String operation) {
        return allowedOperations.contains(operation);
    }
}
