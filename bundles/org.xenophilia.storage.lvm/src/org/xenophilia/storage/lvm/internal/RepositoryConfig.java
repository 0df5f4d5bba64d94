package org.xenophilia.storage.lvm.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.storage.ConfigKey;
import org.xenophilia.storage.StorageException;

/**
 * A repository's configuration ({@code device_config}), checked: either {@code device} (the devices of a new volume
 * group, named {@code vg} or after the repository) or {@code vg} alone (an existing volume group); thin volumes when
 * {@code thin-pool-size} (a pool the backend makes) or {@code thin-pool} (an existing pool of that volume group) is
 * given.
 *
 * @param devices the devices of a new volume group, or empty for an existing one
 * @param vg the volume group's name, if given
 * @param thinPool the thin pool's name, if given
 * @param thinPoolSize the size of the thin pool to make, in bytes, or 0 for none
 */
record RepositoryConfig(List<String> devices, Optional<String> vg, Optional<String> thinPool, long thinPoolSize) {

    /** The name of a thin pool the backend makes, unless {@code thin-pool} names it. */
    static final String DEFAULT_POOL = "xenophilia-thinpool";

    /**
     * @param given the configuration (checked against the type's keys, and again here)
     * @return it, checked further
     * @throws StorageException {@code INVALID_VALUE} for what LVM would refuse or a combination that means nothing
     */
    static RepositoryConfig of(Map<String, String> given) throws StorageException {
        // the Agent hands over a checked configuration; checking it again costs nothing and spares a caller's slip
        Map<String, String> config = ConfigKey.checkAll(new LvmBackendType().repositoryKeys(), given);
        String device = config.get(LvmBackendType.DEVICE);
        List<String> devices = device == null ? List.of() : LvmNames.devices(device);
        Optional<String> vg = Optional.ofNullable(config.get(LvmBackendType.VG));
        if (vg.isPresent()) {
            LvmNames.checkVolumeGroup(LvmBackendType.VG, vg.get());
        }
        if (devices.isEmpty() && vg.isEmpty()) {
            throw StorageException.invalidValue(LvmBackendType.DEVICE, "", "give device (the devices of a new volume"
                    + " group) or vg (an existing volume group)");
        }
        Optional<String> pool = Optional.ofNullable(config.get(LvmBackendType.THIN_POOL));
        if (pool.isPresent()) {
            LvmNames.checkVolumeGroup(LvmBackendType.THIN_POOL, pool.get());
        }
        String size = config.get(LvmBackendType.THIN_POOL_SIZE);
        long poolSize = size == null ? 0 : Long.parseLong(size);
        if (size != null && poolSize <= 0) {
            throw StorageException.invalidValue(LvmBackendType.THIN_POOL_SIZE, size, "a thin pool's size is more"
                    + " than 0 bytes");
        }
        if (pool.isPresent() && poolSize == 0 && !devices.isEmpty()) {
            throw StorageException.invalidValue(LvmBackendType.THIN_POOL, pool.get(), "a new volume group has no"
                    + " thin pool yet: give thin-pool-size to make one");
        }
        return new RepositoryConfig(devices, vg, pool, poolSize);
    }

    /** @return whether the repository's volumes are thin LVs in a pool */
    boolean thin() {
        return thinPool.isPresent() || thinPoolSize > 0;
    }

    /** @return the thin pool's name */
    String pool() {
        return thinPool.orElse(DEFAULT_POOL);
    }

    /** @return whether the repository has a volume group of its own, made on {@link #devices} */
    boolean newVolumeGroup() {
        return !devices.isEmpty();
    }

    /**
     * @param uuid the repository's uuid
     * @return the name of its volume group: {@code vg}, or for a new one {@code xenophilia-<first 8 of the uuid>}
     */
    String volumeGroup(String uuid) {
        return vg.orElse("xenophilia-" + uuid.substring(0, 8));
    }
}
