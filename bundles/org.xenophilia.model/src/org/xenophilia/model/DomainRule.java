package org.xenophilia.model;

import org.xenophilia.model.DomainProblem.Severity;

/**
 * Every check applied to a domain definition. The first group makes {@link DomainDefinitions#load} reject a document
 * (a loaded domain never has these problems; a domain built in code can still have {@link #INVALID_VALUE} and
 * {@link #REQUIRED}, which {@link DomainDefinitionValidator} reports). The second group are the cross-field rules
 * of {@link DomainDefinitionValidator}.
 */
public enum DomainRule {

    // ------------------------------------------------------------------------------------------- document level

    /** The text is not well-formed XML (or not readable). */
    XML_SYNTAX("xml-syntax", Severity.ERROR, "The document must be well-formed XML."),

    /** A DOCTYPE (DTD, entity declarations) was found: refused, so no entity expansion or external fetch happens. */
    DOCTYPE("doctype", Severity.ERROR,
            "DTDs are not allowed: a <!DOCTYPE> (and with it any entity, external or recursive) is refused."),

    /** The document is larger than {@link DomainDefinitions#MAX_DOCUMENT_BYTES}. */
    SIZE_LIMIT("size-limit", Severity.ERROR, "A domain definition must not be larger than 4 MiB."),

    /** The root element is not {@code <domain>} in the domain namespace, or a foreign namespace is used. */
    ROOT_ELEMENT("root-element", Severity.ERROR,
            "The root element must be <domain xmlns=\"" + DomainDefinitions.NAMESPACE + "\">; no other namespace "
                    + "is allowed."),

    /** An element or attribute the schema does not define. */
    UNKNOWN_CONTENT("unknown-content", Severity.ERROR,
            "Only the elements and attributes of domain.xsd are allowed (unknown xl.cfg keys go into <xlKey>)."),

    /** A single-valued setting appears twice. */
    REPEATED_SETTING("repeated-setting", Severity.ERROR, "A single-valued setting must appear at most once."),

    /** A value of the wrong type or outside the schema's facets (range, pattern, length, enumeration). */
    INVALID_VALUE("invalid-value", Severity.ERROR,
            "Every value must have the schema's type and satisfy its facets (e.g. memory a whole number >= 1, "
                    + "mac six hex pairs, type one of pv/pvh/hvm)."),

    /** A required setting (the domain's name, a disk's vdev, the key of an xlKey/xlParam) is missing. */
    REQUIRED("required", Severity.ERROR, "Required settings must be present: name, disk vdev, xlKey/xlParam key."),

    // ------------------------------------------------------------------------------------------- cross-field rules

    /** maxmem below memory: xl refuses to create the domain. */
    MAXMEM_BELOW_MEMORY("maxmem-below-memory", Severity.ERROR, "maxmem must not be less than memory."),

    /** maxvcpus below vcpus. */
    MAXVCPUS_BELOW_VCPUS("maxvcpus-below-vcpus", Severity.ERROR, "maxvcpus must not be less than vcpus."),

    /** HVM guest with maxmem above memory: starts pre-ballooned, crashes without a balloon driver. */
    HVM_PREBALLOONED("hvm-preballooned", Severity.WARNING,
            "An HVM guest with maxmem above memory starts pre-ballooned and crashes unless it has a balloon "
                    + "driver."),

    /** A guest that cannot boot: PV without kernel/bootloader/pvgrub, PVH without kernel/bootloader/firmware. */
    NO_BOOT_SOURCE("no-boot-source", Severity.ERROR,
            "A PV guest needs kernel, bootloader or firmware pvgrub32/pvgrub64; a PVH guest needs kernel, bootloader "
                    + "or a firmware image (a missing type means pv)."),

    /** firmware value for another guest type (pvgrub for non-PV, bios/uefi/... for non-HVM). */
    FIRMWARE_TYPE("firmware-type", Severity.ERROR,
            "firmware pvgrub32/pvgrub64 is for PV guests only; bios, uefi, seabios, rombios and ovmf are for HVM "
                    + "guests only."),

    /** cmdline is set together with root or extra, which xl then ignores. */
    CMDLINE_OVERRIDES("cmdline-overrides", Severity.WARNING,
            "When cmdline is set, xl ignores root and extra: put everything into cmdline."),

    /** ramdisk/cmdline/root/extra without a kernel or bootloader to use them. */
    KERNEL_SETTING_UNUSED("kernel-setting-unused", Severity.WARNING,
            "ramdisk, cmdline, root and extra only take effect with a kernel or a bootloader."),

    /** bootloader arguments without a bootloader. */
    BOOTLOADER_ARGS_UNUSED("bootloader-args-unused", Severity.WARNING,
            "bootloaderArgs only take effect with a bootloader."),

    /** bootloader on an HVM guest, where xl ignores it. */
    BOOTLOADER_ON_HVM("bootloader-on-hvm", Severity.WARNING,
            "bootloader applies to PV and PVH guests; an HVM guest boots from its firmware."),

    /** soft-reset as the action of a shutdown reason other than on_soft_reset, on a PV/PVH guest. */
    SOFT_RESET_UNSUPPORTED("soft-reset-unsupported", Severity.WARNING,
            "The soft-reset action is supported for Xen-aware HVM guests only (checked for on_poweroff, on_reboot, "
                    + "on_watchdog and on_crash; on_soft_reset defaults to soft-reset anyway)."),

    /** All-zero UUID. */
    NIL_UUID("nil-uuid", Severity.ERROR, "uuid must not be the nil UUID 00000000-0000-0000-0000-000000000000."),

    /** The name of the control domain. */
    RESERVED_NAME("reserved-name", Severity.ERROR, "name must not be Domain-0, the name of the control domain."),

    /** The same tag twice. */
    DUPLICATE_TAG("duplicate-tag", Severity.WARNING, "Each tag should appear once."),

    /** Two disks with the same vdev. */
    DUPLICATE_VDEV("duplicate-vdev", Severity.ERROR, "Every disk needs its own vdev."),

    /** A disk with nothing behind it. */
    DISK_WITHOUT_SOURCE("disk-without-source", Severity.ERROR,
            "A disk needs a target, or a storageBackend and a volume; only a CD-ROM drive may be empty."),

    /** storageBackend without volume, or volume without storageBackend. */
    INCOMPLETE_VOLUME("incomplete-volume", Severity.ERROR, "storageBackend and volume must be set together."),

    /** A volume reference that is not {@code <SR uuid>/<volume name>}: no repository can resolve it. */
    VOLUME_REFERENCE("volume-reference", Severity.ERROR,
            "A disk's volume is <SR uuid>/<volume name>: the repository's uuid, a slash and the volume's name as the "
                    + "repository lists it (a letter or digit, then at most 127 letters, digits and _ . + @ -)."),
    /** Both a target and a storage volume: the backend's path replaces the target on deployment. */
    TARGET_AND_VOLUME("target-and-volume", Severity.WARNING,
            "A disk with a storage volume gets its target from the storage backend; a target set as well is "
                    + "replaced."),

    /** backendtype phy or standalone with a non-raw format. */
    FORMAT_BACKEND("format-backend", Severity.ERROR, "backendtype phy and standalone support only format raw."),

    /** A CD-ROM with access rw. */
    WRITABLE_CDROM("writable-cdrom", Severity.WARNING, "A CD-ROM drive is read-only; access should be ro."),

    /** Two vifs with the same MAC address. */
    DUPLICATE_MAC("duplicate-mac", Severity.ERROR, "Every vif needs its own MAC address (compared ignoring case)."),

    /** A multicast (or broadcast) MAC address on a guest NIC. */
    MULTICAST_MAC("multicast-mac", Severity.ERROR,
            "A vif's MAC address must be unicast: the least significant bit of the first byte must be 0."),

    /** Both bridge and network on one vif. */
    BRIDGE_AND_NETWORK("bridge-and-network", Severity.ERROR,
            "A vif is attached either to a bridge or to a Xenophilia network, not both."),

    /** Two vifs with the same vifname. */
    DUPLICATE_VIFNAME("duplicate-vifname", Severity.ERROR, "Every vif needs its own vifname."),

    /** An HVM vifname too long for the "-emu" tap suffix. */
    VIFNAME_TOO_LONG("vifname-too-long", Severity.WARNING,
            "On an HVM guest vifname gets a \"-emu\" twin, so it should be at most 11 characters (interface names "
                    + "are limited to 15)."),

    /** vif type/model on a guest that has no emulated NICs. */
    HVM_ONLY_VIF_SETTING("hvm-only-vif-setting", Severity.WARNING,
            "vif type and model apply to HVM guests only."),

    /** VNC display number in both vnclisten and vncdisplay. */
    VNC_DISPLAY_TWICE("vnc-display-twice", Severity.WARNING,
            "Give the VNC display number either in vnclisten (ADDRESS:N) or in vncdisplay, not both."),

    /** VNC settings while vnc is false. */
    VNC_SETTINGS_UNUSED("vnc-settings-unused", Severity.WARNING,
            "vnclisten, vncdisplay, vncpasswd and vncunused only take effect when vnc is enabled."),

    /** VNC reachable from the network without a password. */
    VNC_WITHOUT_PASSWORD("vnc-without-password", Severity.WARNING,
            "A VNC console listening on a non-loopback address should have a vncpasswd."),

    /** An xlKey carries a key whose model field is set as well: two competing values. */
    XLKEY_SHADOWS_MODEL("xlkey-shadows-model", Severity.ERROR,
            "An xlKey must not carry a key whose model field (memory, disk, vif, ...) is set as well."),

    /** An xlKey carries a key the model represents, in a form the model could hold: it escapes validation. */
    XLKEY_MODELLED_KEY("xlkey-modelled-key", Severity.WARNING,
            "A key the model represents should be set as a field, not kept as raw xlKey text (allowed raw forms: "
                    + "the per-vCPU list form of cpus/cpus_soft, the string form of bootloader_args, a vfb list)."),

    /** The same xlKey key assigned twice with "=". */
    DUPLICATE_XLKEY("duplicate-xlkey", Severity.WARNING,
            "An xlKey key should be assigned once with '=' (xl uses only the last assignment); '+=' is append."),

    /** An xlParam repeats a keyword the disk/vif model represents. */
    XLPARAM_SHADOWS_MODEL("xlparam-shadows-model", Severity.ERROR,
            "A disk's or vif's xlParam must not carry a keyword the model represents (vdev, mac, ...): set the "
                    + "attribute instead.");

    private final String id;
    private final Severity severity;
    private final String description;

    DomainRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    /** {@return a stable, human-readable identifier, e.g. "maxmem-below-memory"} */
    public String id() {
        return id;
    }

    /** {@return the severity of the problems this rule reports} */
    public Severity severity() {
        return severity;
    }

    /** {@return what the rule requires, one sentence} */
    public String description() {
        return description;
    }
}
