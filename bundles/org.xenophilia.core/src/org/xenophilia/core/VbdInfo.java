package org.xenophilia.core;

import java.util.Map;

import org.xenophilia.xenapi.Ref;

/**
 * A virtual block device.
 *
 * @param ref its reference
 * @param uuid its UUID
 * @param vm the VM it belongs to
 * @param vdi the disk image it gives the VM ({@code VDI}), {@link Ref#NULL} for an empty drive or one the node does
 *            not describe as a VDI
 * @param device its device name ({@code xvda})
 * @param type {@code Disk} or {@code CD}
 * @param mode {@code RW} or {@code RO}
 * @param bootable whether it is bootable
 * @param attached whether it is plugged ({@code currently_attached})
 * @param otherConfig backing details ({@code target}, {@code format} ... on the Agent)
 */
public record VbdInfo(Ref ref, String uuid, Ref vm, Ref vdi, String device, String type, String mode,
        boolean bootable, boolean attached, Map<String, String> otherConfig) implements XenObject {

    /** Makes the map immutable. */
    public VbdInfo {
        otherConfig = Map.copyOf(otherConfig);
    }
}
