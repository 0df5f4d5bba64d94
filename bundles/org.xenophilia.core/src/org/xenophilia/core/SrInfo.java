package org.xenophilia.core;

import java.util.List;
import java.util.Set;

import org.xenophilia.xenapi.Ref;

/**
 * A storage repository of a node, as last reported. Its volumes are the {@link VdiInfo}s whose {@link VdiInfo#sr()}
 * is this SR (the record's own {@code VDIs} list is not kept: a repository of thousands of volumes would hold it
 * twice); whether it is attached is its {@link PbdInfo}'s {@code currently_attached}.
 *
 * @param ref its reference
 * @param uuid its UUID
 * @param name its {@code name_label}
 * @param description its {@code name_description}
 * @param type its storage type ({@code file}, {@code lvm} ...: the backend, xapi's SM)
 * @param contentType its {@code content_type} ({@code user}, {@code iso} ...)
 * @param physicalSize the size of its storage, in bytes; 0 when unknown
 * @param physicalUtilisation the bytes its storage has in use
 * @param virtualAllocation the sum of its volumes' virtual sizes, in bytes (more than the physical size when thinly
 *            provisioned)
 * @param shared whether several hosts use it
 * @param pbds its PBDs (one per host that may attach it; none for the Agent's views of plain disk paths, which are not
 *            repositories)
 * @param allowedOperations what the node allows on it now ({@code vdi_create}, {@code vdi_resize}, {@code destroy},
 *            {@code forget} ...)
 */
public record SrInfo(Ref ref, String uuid, String name, String description, String type, String contentType,
        long physicalSize, long physicalUtilisation, long virtualAllocation, boolean shared, List<Ref> pbds,
        Set<String> allowedOperations) implements XenObject {

    /** Makes the collections immutable. */
    public SrInfo {
        pbds = List.copyOf(pbds);
        allowedOperations = Set.copyOf(allowedOperations);
    }

    /** @return the free bytes of its storage, never negative */
    public long free() {
        return Math.max(0, physicalSize - physicalUtilisation);
    }

    /**
     * @param operation an operation as xapi names it in {@code allowed_operations}
     * @return whether the node allows it now
     */
    public boolean allows(String operation) {
        return allowedOperations.contains(operation);
    }
}
