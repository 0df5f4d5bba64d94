package org.xenophilia.storage;

/**
 * The classes of a storage backend's failures that xapi's storage managers number: xapi answers such a failure with
 * the error {@code SR_BACKEND_FAILURE_<code>} (its parameters: {@code ""}, the reason, the tool's standard error), and
 * clients (XenCenter, Xen Orchestra) show their own text for the code. The codes and their meanings are xapi's
 * ({@code XE_SR_ERRORCODES.xml} of its storage managers, as xapi's SDKs list them); the reason is the backend's.
 */
public enum StorageFailure {

    /** The repository is in use. */
    REPOSITORY_IN_USE(16),
    /** The specified storage repository already exists (creating where one is). */
    REPOSITORY_EXISTS(42),
    /** The specified VDI already exists (a volume of that name is there). */
    VOLUME_EXISTS(43),
    /** The specified storage repository has insufficient space. */
    INSUFFICIENT_SPACE(44),
    /** The storage repository is not available (its location is gone, or holds another repository). */
    REPOSITORY_UNAVAILABLE(47),
    /** There was an error while attempting to create the storage repository. */
    CREATE_REPOSITORY_FAILED(61),
    /** There was an error while attempting to delete the storage repository. */
    DESTROY_REPOSITORY_FAILED(63),
    /** The attempt to remove the VDI failed. */
    DESTROY_VOLUME_FAILED(64),
    /** The attempt to load the VDI failed (a volume that cannot be read, e.g. a damaged header). */
    LOAD_VOLUME_FAILED(65),
    /** The VDI type is invalid (a format the backend does not offer here). */
    FORMAT_INVALID(66),
    /** The attempt to create a VDI failed. */
    CREATE_VOLUME_FAILED(78),
    /** The size specified for the VDI is invalid (zero, too large, or smaller than it is: volumes never shrink). */
    SIZE_INVALID(79),
    /** The attempt to clone (copy) the VDI failed. */
    COPY_FAILED(81),
    /** The attempt to snapshot the VDI failed. */
    SNAPSHOT_FAILED(82),
    /** Failed to probe the storage repository. */
    PROBE_FAILED(414),
    /** Failed to resize the storage volume. */
    RESIZE_FAILED(441);

    private final int code;

    StorageFailure(int code) {
        this.code = code;
    }

    /** @return the storage manager's number of this failure */
    public int code() {
        return code;
    }

    /** @return xapi's error name: {@code SR_BACKEND_FAILURE_<code>} */
    public String xapiCode() {
        return StorageException.SR_BACKEND_FAILURE + "_" + code;
    }
}
