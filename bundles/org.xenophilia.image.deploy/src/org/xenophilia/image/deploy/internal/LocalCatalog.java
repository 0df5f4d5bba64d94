package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.files.AtomicFiles;
import org.xenophilia.image.CatalogProblem;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.ImageCatalogException;
import org.xenophilia.image.ImageCatalogValidator;
import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.ImageException;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.CatalogFactory;
import org.xenophilia.image.catalog.Image;

/**
 * The node's local catalog ({@code images.directory}): where pushed images land. A push streams the file into the
 * directory as a hidden temporary ({@code .NAME.UUID.import}), checks its size and SHA-256, then renames it to the
 * entry's file name and adds the entry to {@code catalog.xml} (written whole with {@code AtomicFiles}); a failure or
 * a cancel removes the temporary, and a catalog that cannot be written takes the renamed file back out: both or
 * neither. Temporaries a crash left are removed at {@link #open}.
 */
final class LocalCatalog {

    /** A file name an entry's first URL may be: no directory, not hidden. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+~\\-]{0,254}");
    private static final String TEMPORARY = ".import";

    private final Path directory;

    private LocalCatalog(Path directory) {
        this.directory = directory;
    }

    /**
     * @param directory the local catalog's directory, made if missing
     * @return the catalog, cleared of interrupted pushes
     * @throws IOException when the directory cannot be made or read
     */
    static LocalCatalog open(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, ".*" + TEMPORARY)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
        return new LocalCatalog(directory);
    }

    /**
     * Adds a pushed image.
     *
     * @param entry the image's entry; its first URL is the file's name
     * @param content the file, read to its end
     * @param meter the push's progress ({@link DeployPhase#DOWNLOADING})
     * @return the entry as stored (a copy)
     * @throws ImageException INVALID, CONFLICT, CHECKSUM_MISMATCH, DISK_FULL, CANCELLED, FAILED
     */
    Image add(Image entry, InputStream content, ProgressMeter meter) throws ImageException {
        List<CatalogProblem> problems = ImageCatalogValidator.validate(entry);
        if (!problems.isEmpty()) {
            CatalogProblem first = problems.get(0);
            throw new ImageException(ImageException.Kind.INVALID, "the pushed entry: " + first, List.of(first.path(),
                    first.message()));
        }
        String name = entry.getUrls().get(0);
        if (!FILE_NAME.matcher(name).matches() || name.equals(CatalogLocation.CATALOG_FILE)) {
            throw new ImageException(ImageException.Kind.INVALID, "the pushed entry's first url must be a plain file "
                    + "name (no directory, not hidden, not catalog.xml): " + name, List.of("urls[0]", name));
        }
        Image stored = EcoreUtil.copy(entry);
        synchronized (this) {
            conflicts(stored, read());
        }
        Path temporary = directory.resolve("." + name + "." + UUID.randomUUID() + TEMPORARY);
        try {
            receive(stored, content, temporary, meter);
            commit(stored, temporary);
            return stored;
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // an open of the catalog removes it
            }
        }
    }

    private void receive(Image entry, InputStream content, Path temporary, ProgressMeter meter)
            throws ImageException {
        long size = entry.getFileSize();
        MessageDigest digest = FileDigest.sha256();
        meter.phase(DeployPhase.DOWNLOADING, size, 0);
        byte[] buf = new byte[FileDigest.BLOCK / 4];
        long have = 0;
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int n; (n = read(content, buf, entry)) >= 0;) {
                if (have + n > size) {
                    throw new ImageException(ImageException.Kind.INVALID, "the pushed file is longer than the "
                            + "entry's fileSize of " + size + " bytes", List.of("fileSize", Long.toString(size)));
                }
                ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                while (b.hasRemaining()) {
                    out.write(b);
                }
                digest.update(buf, 0, n);
                have += n;
                meter.add(n);
            }
            out.force(true);
        } catch (IOException e) {
            throw FullFileSystem.failure(directory, "cannot store the pushed file in " + directory, e,
                    ImageException.Kind.FAILED);
        }
        meter.flush();
        if (have != size) {
            throw new ImageException(ImageException.Kind.INVALID, "the pushed file has " + have + " bytes, the "
                    + "entry's fileSize is " + size, List.of("fileSize", Long.toString(size)));
        }
        String actual = FileDigest.hex(digest);
        if (!actual.equals(entry.getSha256().toLowerCase(Locale.ROOT))) {
            throw FileDigest.mismatch(entry.getSha256(), actual, entry.getUrls().get(0));
        }
    }

    /** Reads the pushed content; a sender that stopped midway is FAILED, not a shorter file. */
    private static int read(InputStream content, byte[] buf, Image entry) throws ImageException {
        try {
            return content.read(buf);
        } catch (IOException e) {
            throw new ImageException(ImageException.Kind.FAILED, "the push of " + entry.getName() + ":"
                    + entry.getVersion() + " broke off: " + e.getMessage(), List.of(), e);
        }
    }

    private synchronized void commit(Image entry, Path temporary) throws ImageException {
        Catalog catalog = read();
        conflicts(entry, catalog);
        Path file = directory.resolve(entry.getUrls().get(0));
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw FullFileSystem.failure(directory, "cannot rename the pushed file to " + file, e,
                    ImageException.Kind.FAILED);
        }
        catalog.getImages().add(EcoreUtil.copy(entry));
        try {
            ImageCatalogs.save(catalog, directory.resolve(CatalogLocation.CATALOG_FILE));
        } catch (IOException e) {
            ImageException failure = FullFileSystem.failure(directory, "cannot add the entry to "
                    + directory.resolve(CatalogLocation.CATALOG_FILE), e, ImageException.Kind.FAILED);
            try {
                AtomicFiles.delete(file);
            } catch (IOException f) {
                failure.addSuppressed(f);
            }
            throw failure;
        }
    }

    private void conflicts(Image entry, Catalog catalog) throws ImageException {
        String id = entry.getName() + ":" + entry.getVersion();
        for (Image image : catalog.getImages()) {
            if ((image.getName() + ":" + image.getVersion()).equals(id)) {
                throw new ImageException(ImageException.Kind.CONFLICT, id + " is already in the local catalog "
                        + directory, List.of(id));
            }
        }
        Path file = directory.resolve(entry.getUrls().get(0));
        if (Files.exists(file)) {
            throw new ImageException(ImageException.Kind.CONFLICT, "the local catalog " + directory
                    + " already has a file " + file.getFileName(), List.of(id, file.getFileName().toString()));
        }
    }

    /** @return the local catalog as it is on disk, or an empty one */
    private Catalog read() throws ImageException {
        Path file = directory.resolve(CatalogLocation.CATALOG_FILE);
        try {
            return ImageCatalogs.load(file);
        } catch (NoSuchFileException e) {
            return CatalogFactory.eINSTANCE.createCatalog();
        } catch (IOException | ImageCatalogException e) {
            throw new ImageException(ImageException.Kind.FAILED, "the local catalog cannot be read: "
                    + e.getMessage(), List.of(file.toString()), e);
        }
    }
}
