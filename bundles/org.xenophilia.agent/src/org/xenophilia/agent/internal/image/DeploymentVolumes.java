package org.xenophilia.agent.internal.image;

import java.nio.file.Path;

import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.XenApiException;

/**
 * The registered storage as a deployment uses it: the chosen SR, and the new volume it makes there, destroys on a
 * failure or names in the domain's disk. Implemented over the registered repositories; an Agent without the storage
 * SPI has none ({@link #NONE}), so this interface names no storage class.
 */
public interface DeploymentVolumes {

    /**
     * An SR a deployment may write into.
     *
     * @param uuid its uuid
     * @param type its storage type (a disk's {@code storageBackend})
     * @param free the bytes it has free
     */
    record Destination(String uuid, String type, long free) {
    }

    /**
     * @param ref the SR's reference
     * @return the SR, plugged and offering raw volumes
     * @throws XenApiException {@code HANDLE_INVALID [SR, ref]}, or {@code XENOPHILIA_IMAGE_INVALID [SR, words]} for
     *         one that is unplugged or cannot hold a raw volume
     */
    Destination repository(String ref) throws XenApiException;

    /**
     * @param sr the SR
     * @param name a new volume's name
     * @throws XenApiException {@code XENOPHILIA_IMAGE_INVALID [name_label, words]} when it is not a volume name or a
     *         volume has it
     */
    void checkName(Destination sr, String name) throws XenApiException;

    /**
     * Makes a raw volume, reading as zeros, and publishes its VDI.
     *
     * @param sr the SR
     * @param name its name
     * @param size its size in bytes
     * @return the path to write it at
     * @throws XenApiException the storage's failure (a full SR in its words)
     */
    Path create(Destination sr, String name, long size) throws XenApiException;

    /**
     * Destroys a volume a deployment made, if it is there, and publishes its VDI's deletion.
     *
     * @param srUuid its SR
     * @param name its name
     * @throws XenApiException the storage's failure
     */
    void destroy(String srUuid, String name) throws XenApiException;

    /**
     * @param sr the SR
     * @param name a volume's name
     * @return what a domain's disk names it by: {@code <SR uuid>/<name>}
     */
    default String reference(Destination sr, String name) {
        return sr.uuid() + "/" + name;
    }

    /** No registered storage: every SR is unknown. */
    DeploymentVolumes NONE = new DeploymentVolumes() {
        @Override
        public Destination repository(String ref) throws XenApiException {
            throw ErrorCode.HANDLE_INVALID.exception("SR", ref);
        }

        @Override
        public void checkName(Destination sr, String name) throws XenApiException {
            throw ErrorCode.HANDLE_INVALID.exception("SR", sr.uuid());
        }

        @Override
        public Path create(Destination sr, String name, long size) throws XenApiException {
            throw ErrorCode.HANDLE_INVALID.exception("SR", sr.uuid());
        }

        @Override
        public void destroy(String srUuid, String name) {
            // nothing can have been made
        }
    };
}
