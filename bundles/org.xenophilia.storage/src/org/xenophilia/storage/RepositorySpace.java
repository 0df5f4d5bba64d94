package org.xenophilia.storage;

/**
 * A repository's space, by xapi's SR fields.
 *
 * @param physicalSize the storage's size in bytes ({@code physical_size})
 * @param physicalUtilisation the bytes in use on it ({@code physical_utilisation}); with thin provisioning it may be
 *            less than {@code virtualAllocation}
 * @param virtualAllocation the sum of its volumes' virtual sizes ({@code virtual_allocation})
 */
public record RepositorySpace(long physicalSize, long physicalUtilisation, long virtualAllocation) {

    /** @return the bytes not in use: what volumes can still be written with */
    public long free() {
        return Math.max(0, physicalSize - physicalUtilisation);
    }
}
