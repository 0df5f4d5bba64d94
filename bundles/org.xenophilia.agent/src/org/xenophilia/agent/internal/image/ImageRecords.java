package org.xenophilia.agent.internal.image;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.image.catalog.Template;

/**
 * An image's record as {@code Xenophilia.image.*} answers it (docs/images.md): sizes and memory in bytes as strings
 * (XML-RPC has no 64-bit int), absent optional fields {@code ""}, and the entry itself as a catalog document of one
 * image, so that a client can show or push it without knowing every field.
 */
public final class ImageRecords {

    private static final long MIB = 1L << 20;

    private ImageRecords() {
    }

    /** @return the image's record */
    public static Map<String, Object> record(CatalogImage image) {
        Image e = image.entry();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", image.id());
        r.put("name", e.getName());
        r.put("version", e.getVersion());
        r.put("description", orEmpty(e.getDescription()));
        r.put("architecture", literal(e.getArchitecture()));
        r.put("guest_type", literal(e.getGuestType()));
        r.put("content", literal(e.getContent()));
        r.put("compression", e.isSetCompression() ? literal(e.getCompression()) : "none");
        r.put("filesystem", e.isSetFilesystem() ? literal(e.getFilesystem()) : "");
        r.put("file_size", Long.toString(e.getFileSize()));
        r.put("content_size", Long.toString(e.getContentSize()));
        r.put("minimum_disk", Long.toString(e.getMinimumDisk()));
        r.put("minimum_memory", Long.toString(e.getMinimumMemory() * MIB));
        r.put("sha256", e.getSha256());
        r.put("urls", List.copyOf(e.getUrls()));
        r.put("source", image.source());
        r.put("local", image.local());
        r.put("template", template(e));
        r.put("catalog_xml", ImageCatalogs.toXml(e));
        return r;
    }

    private static Map<String, Object> template(Image e) {
        Template t = e.getTemplate();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("boot", literal(t.getBoot()));
        r.put("kernel", orEmpty(t.getKernel()));
        r.put("ramdisk", orEmpty(t.getRamdisk()));
        r.put("cmdline", orEmpty(t.getCmdline()));
        r.put("console", orEmpty(t.getConsole()));
        r.put("memory", t.isSetMemory() ? Long.toString(t.getMemory() * MIB) : "");
        r.put("vcpus", t.isSetVcpus() ? t.getVcpus() : 1);
        r.put("vdev", orEmpty(t.getVdev()));
        return r;
    }

    private static String literal(Enumerator e) {
        return e == null ? "" : e.getLiteral();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
