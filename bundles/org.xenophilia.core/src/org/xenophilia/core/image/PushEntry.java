package org.xenophilia.core.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.image.CatalogProblem;
import org.xenophilia.image.ImageCatalogException;
import org.xenophilia.image.ImageCatalogValidator;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Architecture;
import org.xenophilia.image.catalog.Boot;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.CatalogFactory;
import org.xenophilia.image.catalog.Compression;
import org.xenophilia.image.catalog.Content;
import org.xenophilia.image.catalog.Filesystem;
import org.xenophilia.image.catalog.GuestType;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.image.catalog.Template;

/**
 * The catalog entry of an image pushed to a node (docs/images.md, <i>Push</i>): an image of the catalog model whose
 * only url is the file's plain name, with the file's size and SHA-256 as the push measured them, sent as a catalog
 * document of one image ({@link ImageCatalogs#toXml(Image)}). It comes from the {@code catalog.xml} beside the file
 * (the image whose first url names the file, as {@code releng/images/*} write them), read by the model's safe loader,
 * or from what the user entered; either is checked by {@link ImageCatalogValidator} before anything is sent.
 */
public final class PushEntry {

    /** The name of the catalog beside an image's file. */
    public static final String CATALOG_FILE = "catalog.xml";
    /** Stands for the SHA-256 not measured yet, in {@link #problems()}. */
    private static final String UNMEASURED = "0".repeat(64);

    /**
     * What a user enters for an image without a catalog beside it, as the catalog schema has its elements.
     *
     * @param name its name
     * @param version its version
     * @param description what it is (may be empty)
     * @param architecture {@code x86_64} or {@code aarch64}
     * @param guestType {@code pv}, {@code pvh} or {@code hvm}
     * @param content {@code disk} or {@code rootfs}
     * @param compression {@code none}, {@code gz}, {@code xz} or {@code zstd}
     * @param contentSize the bytes unpacked
     * @param minimumMemoryMib the least memory it boots with, in MiB
     * @param minimumDisk the smallest volume it is deployed onto, in bytes
     * @param boot {@code pygrub}, {@code kernel} or {@code firmware}
     * @param kernel the kernel's path inside the image, for {@code kernel} (may be empty)
     * @param cmdline the kernel's command line (may be empty)
     */
    public record Fields(String name, String version, String description, String architecture, String guestType,
            String content, String compression, long contentSize, long minimumMemoryMib, long minimumDisk,
            String boot, String kernel, String cmdline) {
    }

    private final Image image;
    private final String fileName;

    private PushEntry(Image image, String fileName) {
        this.image = image;
        this.fileName = fileName;
    }

    /**
     * @param file an image's file
     * @return its entry in the {@code catalog.xml} beside it, if that catalog has an image whose first url names the
     *         file
     * @throws IOException if the catalog beside it cannot be read or is not a valid catalog (the message names the file
     *             and the line)
     */
    public static Optional<PushEntry> besideFile(Path file) throws IOException {
        Path catalogFile = file.toAbsolutePath().resolveSibling(CATALOG_FILE);
        if (!Files.isRegularFile(catalogFile)) {
            return Optional.empty();
        }
        Catalog catalog;
        try {
            catalog = ImageCatalogs.load(catalogFile);
        } catch (ImageCatalogException e) {
            throw new IOException(e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        for (Image i : catalog.getImages()) {
            if (!i.getUrls().isEmpty() && fileName(i.getUrls().get(0)).equals(name)) {
                return Optional.of(new PushEntry(EcoreUtil.copy(i), name));
            }
        }
        return Optional.empty();
    }

    /**
     * @param file the image's file
     * @param f what the user entered; a value the schema does not know is left unset, which {@link #problems()}
     *            reports
     * @return the entry
     */
    public static PushEntry of(Path file, Fields f) {
        Image i = CatalogFactory.eINSTANCE.createImage();
        i.setName(f.name());
        i.setVersion(f.version());
        if (!f.description().isEmpty()) {
            i.setDescription(f.description());
        }
        i.setArchitecture(Architecture.get(f.architecture()));
        i.setGuestType(GuestType.get(f.guestType()));
        i.setContent(Content.get(f.content()));
        i.setCompression(Compression.get(f.compression()));
        if (i.getContent() == Content.ROOTFS) {
            i.setFilesystem(Filesystem.EXT4);
        }
        i.setContentSize(f.contentSize());
        i.setMinimumMemory(f.minimumMemoryMib());
        i.setMinimumDisk(f.minimumDisk());
        Template t = CatalogFactory.eINSTANCE.createTemplate();
        t.setBoot(Boot.get(f.boot()));
        if (!f.kernel().isEmpty()) {
            t.setKernel(f.kernel());
        }
        if (!f.cmdline().isEmpty()) {
            t.setCmdline(f.cmdline());
        }
        i.setTemplate(t);
        return new PushEntry(i, file.getFileName().toString());
    }

    /** @return what the entry says, as a user would have entered it (empty where it says nothing) */
    public Fields fields() {
        Template t = image.getTemplate();
        return new Fields(image.getName(), image.getVersion(), text(image.getDescription()), image.getArchitecture()
                .getLiteral(), image.getGuestType().getLiteral(), image.getContent().getLiteral(), image
                        .getCompression().getLiteral(), image.getContentSize(), image.getMinimumMemory(), image
                                .getMinimumDisk(), t == null ? "" : t.getBoot().getLiteral(), t == null ? "" : text(t
                                        .getKernel()), t == null ? "" : text(t.getCmdline()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** @return the image's id, {@code NAME:VERSION}, as the node will list it */
    public String id() {
        return image.getName() + ":" + image.getVersion();
    }

    /**
     * @param fileSize the file's size now (the push measures it again)
     * @return what the catalog rules find wrong with the entry as it will be sent (a SHA-256 stands in for the one the
     *         push measures), each "field: words"
     */
    public List<String> problems(long fileSize) {
        return ImageCatalogValidator.validate(measured(fileSize, UNMEASURED)).stream().map(
                (CatalogProblem p) -> p.path() + ": " + p.message()).toList();
    }

    /**
     * @param fileSize the file's size
     * @param sha256 the file's SHA-256, lower-case hex
     * @return the entry as a catalog document of one image, with these and the file's name as its only url
     */
    public String document(long fileSize, String sha256) {
        return ImageCatalogs.toXml(measured(fileSize, sha256));
    }

    private Image measured(long fileSize, String sha256) {
        Image copy = EcoreUtil.copy(image);
        copy.setFileSize(fileSize);
        copy.setSha256(sha256);
        copy.getUrls().clear();
        copy.getUrls().add(fileName);
        return copy;
    }

    private static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
