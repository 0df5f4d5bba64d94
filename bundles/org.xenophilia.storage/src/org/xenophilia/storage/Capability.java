package org.xenophilia.storage;

import java.util.Optional;

/**
 * What a backend can do beyond the operations every backend has (create, list, destroy and copy volumes, resolve one
 * for {@code xl}). The API offers an operation only where the backend reports its capability, and a backend refuses
 * one it does not report with {@link StorageException#notSupported}.
 */
public enum Capability {

    /** Volumes grow ({@link Repository#resize}); xapi's feature {@code VDI_RESIZE}. Volumes never shrink. */
    RESIZE("VDI_RESIZE"),
    /** A volume's point-in-time, read-only copy ({@link Repository#snapshot}); xapi's {@code VDI_SNAPSHOT}. */
    SNAPSHOT("VDI_SNAPSHOT"),
    /**
     * A copy in the same repository costs no space at first (copy-on-write, reflinks): {@link Repository#copy} is
     * cheap; xapi's {@code VDI_CLONE}. Without it a copy is a full copy, made block by block.
     */
    CLONE("VDI_CLONE"),
    /**
     * A volume takes space only as it is written, so a repository may hold more virtual size than it has room for;
     * xapi's {@code THIN_PROVISIONING}.
     */
    THIN_PROVISIONING("THIN_PROVISIONING"),
    /** More than one host can attach the repository at once (xapi's SR field {@code shared}); no xapi feature. */
    SHARED(null);

    private final String xapiFeature;

    Capability(String xapiFeature) {
        this.xapiFeature = xapiFeature;
    }

    /** @return the name xapi gives this capability in an SM record's {@code features}, if it has one */
    public Optional<String> xapiFeature() {
        return Optional.ofNullable(xapiFeature);
    }
}
