package org.xenophilia.core.image;

import java.util.List;
import java.util.Map;

import org.xenophilia.xenapi.WireValues;

/**
 * An image of a node's catalog, as {@code Xenophilia.image.get_all} reports it (docs/images.md, <i>Image record</i>):
 * what it is, how big it is unpacked and at least on disk, where it comes from, whether the node has it already, and
 * the domain template it boots with. Immutable.
 *
 * @param id its id, {@code NAME:VERSION}: what a deployment names
 * @param name its name
 * @param version its version
 * @param description what it is, in its catalog's words
 * @param architecture its architecture ({@code x86_64})
 * @param guestType the guest type it boots as ({@code pv}, {@code pvh}, {@code hvm})
 * @param content {@code disk} (a raw disk image) or {@code rootfs} (a root filesystem tarball)
 * @param compression {@code none}, {@code gz}, {@code xz} or {@code zstd}
 * @param filesystem the filesystem made from a root tarball, empty for a disk image
 * @param fileSize the bytes downloaded
 * @param contentSize the bytes unpacked
 * @param minimumDisk the smallest volume it is deployed onto, in bytes
 * @param minimumMemory the least memory it boots with, in bytes
 * @param sha256 the SHA-256 of its file
 * @param urls where its file is read from
 * @param source the catalog that lists it (a directory or a URL)
 * @param local whether deploying it needs no download (in the node's own catalog, or downloaded already)
 * @param templateMemory the memory its template gives a domain, in bytes; 0 when it names none
 * @param templateVcpus the vCPUs its template gives a domain; 0 when it names none
 * @param boot how its template boots ({@code pygrub}, {@code kernel} ...)
 */
public record ImageInfo(String id, String name, String version, String description, String architecture,
        String guestType, String content, String compression, String filesystem, long fileSize, long contentSize,
        long minimumDisk, long minimumMemory, String sha256, List<String> urls, String source, boolean local,
        long templateMemory, int templateVcpus, String boot) {

    /** Makes the list immutable. */
    public ImageInfo {
        urls = List.copyOf(urls);
    }

    /**
     * @param record an image record, in either wire's form
     * @return the image
     */
    public static ImageInfo fromRecord(Map<String, Object> record) {
        Map<String, Object> template = WireValues.asMap(record.getOrDefault("template", Map.of()));
        return new ImageInfo(text(record, "id"), text(record, "name"), text(record, "version"), text(record,
                "description"), text(record, "architecture"), text(record, "guest_type"), text(record, "content"),
                text(record, "compression"), text(record, "filesystem"), bytes(record, "file_size"), bytes(record,
                        "content_size"), bytes(record, "minimum_disk"), bytes(record, "minimum_memory"), text(record,
                                "sha256"), WireValues.asList(record.getOrDefault("urls", List.of())).stream().map(
                                        String::valueOf).toList(), text(record, "source"), record.get("local") != null
                                                && WireValues.asBoolean(record.get("local")), bytes(template, "memory"), (int) bytes(
                                                        template, "vcpus"), text(template, "boot"));
    }

    /** @return whether deploying it means downloading its file first */
    public boolean needsDownload() {
        return !local;
    }

    /** @return the memory a domain of it gets unless told otherwise: its template's, else its minimum */
    public long defaultMemory() {
        return templateMemory > 0 ? templateMemory : minimumMemory;
    }

    /** @return the vCPUs a domain of it gets unless told otherwise: its template's, else 1 */
    public int defaultVcpus() {
        return templateVcpus > 0 ? templateVcpus : 1;
    }

    private static String text(Map<String, Object> record, String key) {
        Object v = record.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    /** A size in bytes: a decimal string (XML-RPC has no 64-bit int) or a number; 0 when absent or unreadable. */
    private static long bytes(Map<String, Object> record, String key) {
        String v = text(record, key).strip();
        try {
            return v.isEmpty() ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
