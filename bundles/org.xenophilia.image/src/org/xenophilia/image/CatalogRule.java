package org.xenophilia.image;

/**
 * Every check applied to an image catalog. The first group makes {@link ImageCatalogs#load} reject a document (a
 * loaded catalog never has these problems; a catalog built in code can still have {@link #INVALID_VALUE} and
 * {@link #REQUIRED}, which {@link ImageCatalogValidator} reports). The second group are the rules of one image, the
 * last the rule of a whole catalog.
 */
public enum CatalogRule {

    // ------------------------------------------------------------------------------------------- document level

    /** The text is not well-formed XML (or not readable). */
    XML_SYNTAX("xml-syntax", "The document must be well-formed XML."),

    /** A DOCTYPE (DTD, entity declarations) was found: refused, so no entity expansion or external fetch happens. */
    DOCTYPE("doctype",
            "DTDs are not allowed: a <!DOCTYPE> (and with it any entity, external or recursive) is refused."),

    /** The document is larger than {@link ImageCatalogs#MAX_DOCUMENT_BYTES}. */
    SIZE_LIMIT("size-limit", "An image catalog must not be larger than 4 MiB."),

    /** The root element is not {@code <catalog>} in the catalog namespace, or a foreign namespace is used. */
    ROOT_ELEMENT("root-element", "The root element must be <catalog xmlns=\"" + ImageCatalogs.NAMESPACE
            + "\">; no other namespace is allowed."),

    /** An element or attribute the schema does not define. */
    UNKNOWN_CONTENT("unknown-content", "Only the elements and attributes of catalog.xsd are allowed."),

    /** A single-valued setting appears twice. */
    REPEATED_SETTING("repeated-setting", "A single-valued setting must appear at most once."),

    /** A value of the wrong type or outside the schema's facets (range, pattern, enumeration). */
    INVALID_VALUE("invalid-value", "Every value must have the schema's type and satisfy its facets (e.g. sizes of at "
            + "least 1 byte, memory of at least 16 MiB, a sha256 of 64 hexadecimal digits, boot one of pygrub, "
            + "kernel, firmware)."),

    /** A required setting (name, version, sizes, sum, a url, the template's boot ...) is missing. */
    REQUIRED("required", "Required settings must be present: name, version, architecture, guestType, content, "
            + "fileSize, contentSize, sha256, at least one url, minimumMemory, minimumDisk, and a template with "
            + "its boot."),

    // ------------------------------------------------------------------------------------------- one image

    /** A url that is neither an absolute http(s) URL nor a relative reference below the catalog. */
    URL("url", "A url is an absolute http or https URL with a host and without user information, or a reference "
            + "relative to the catalog's location that stays below it: no other scheme (file: included), no "
            + "leading /, no // network path, no .. segment (encoded or not), no control characters."),

    /** An uncompressed file whose two sizes differ. */
    UNCOMPRESSED_SIZE("uncompressed-size", "With compression none (or absent) the file is its content: fileSize "
            + "and contentSize are equal."),

    /** A disk image larger than the least volume it may be written to. */
    MINIMUM_DISK("minimum-disk", "A disk image's minimumDisk is at least its contentSize: the disk is written "
            + "whole into the volume."),

    /** A filesystem on a rootfs image. */
    FILESYSTEM_ON_ROOTFS("filesystem-on-rootfs", "filesystem describes a disk image's filesystem; a rootfs image "
            + "always becomes ext4 and has none."),

    /** boot kernel without the kernel's path. */
    KERNEL_REQUIRED("kernel-required", "A template with boot kernel names the kernel's path in the image."),

    /** A kernel or ramdisk path with a boot that does not take them. */
    KERNEL_NOT_USED("kernel-not-used", "kernel and ramdisk are given with boot kernel only: pygrub reads them "
            + "from the image's boot configuration, and firmware boots the disk's own bootloader."),

    /** A boot that cannot start the image's guest type. */
    BOOT_GUEST_TYPE("boot-guest-type", "pygrub (boot pygrub and kernel) boots PV and PVH guests only; an HVM "
            + "guest boots with boot firmware, and firmware boots HVM guests only."),

    /** boot firmware with a rootfs image. */
    FIRMWARE_NEEDS_DISK("firmware-needs-disk", "boot firmware needs a disk image: a filesystem made from a rootfs "
            + "archive has no bootloader."),

    /** A template proposing less memory than the image needs. */
    TEMPLATE_MEMORY("template-memory", "The template's memory is at least the image's minimumMemory."),

    // ------------------------------------------------------------------------------------------- whole catalog

    /** Two images of one name and version. */
    DUPLICATE_IMAGE("duplicate-image", "A name and version (NAME:VERSION, the image's id) appear at most once in "
            + "a catalog.");

    private final String id;
    private final String description;

    CatalogRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** {@return a stable, human-readable identifier, e.g. "minimum-disk"} */
    public String id() {
        return id;
    }

    /** {@return what the rule requires, one sentence or two} */
    public String description() {
        return description;
    }
}
