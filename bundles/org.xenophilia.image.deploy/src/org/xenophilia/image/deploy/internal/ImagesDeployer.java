package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.xenophilia.image.CatalogImage;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.DeployProgress;
import org.xenophilia.image.DeployTarget;
import org.xenophilia.image.ImageDeployer;
import org.xenophilia.image.ImageDeployerContext;
import org.xenophilia.image.ImageException;
import org.xenophilia.image.catalog.Compression;
import org.xenophilia.image.catalog.Content;
import org.xenophilia.image.catalog.Filesystem;
import org.xenophilia.image.catalog.Image;

/**
 * The deployer {@code images}: the node's catalogs ({@link CatalogSources}), an image's file fetched and verified
 * ({@link Download} into {@code <state>/downloads/}, or a local catalog's file verified in place), written into the
 * new volume ({@link Decompression} then {@link SparseWriter}, or {@link RootfsArchive} then {@code mkfs.ext4 -d}),
 * its filesystem grown ({@link Ext4Tools}), and pushed images added to the local catalog ({@link LocalCatalog}).
 * One file is fetched by one deployment at a time: another deployment of it waits, then finds it verified.
 */
final class ImagesDeployer implements ImageDeployer {

    /** How long a server may send nothing before a download or a catalog's read fails. */
    static final Duration STALL = Duration.ofSeconds(30);
    /** How long one e2fsprogs tool may run. */
    static final Duration TOOL_LIMIT = Duration.ofHours(2);

    private final DeployerSettings settings;
    private final Path downloads;
    private final Path staging;
    private final CatalogLocation local;
    private final LocalCatalog localCatalog;
    private final CatalogSources sources;
    private final Duration stall;
    private final Ext4Tools ext4 = new Ext4Tools(TOOL_LIMIT);
    private final ConcurrentHashMap<String, ReentrantLock> fetching = new ConcurrentHashMap<>();

    /**
     * @param context the state directory and settings
     * @param stall how long a server may send nothing
     * @throws IOException when the state directory or the local catalog's directory cannot be prepared
     */
    ImagesDeployer(ImageDeployerContext context, Duration stall) throws IOException {
        this.settings = DeployerSettings.of(context.settings());
        this.stall = stall;
        this.downloads = Files.createDirectories(context.stateDirectory().resolve("downloads"));
        this.staging = context.stateDirectory().resolve("staging");
        // staging trees a crash left behind (a download's part is kept: it is resumed)
        RootfsArchive.removeTree(staging);
        this.local = CatalogLocation.directory(settings.directory());
        this.localCatalog = LocalCatalog.open(settings.directory());
        this.sources = new CatalogSources(local, settings, stall, Clock.systemUTC());
    }

    @Override
    public List<CatalogImage> images(boolean refresh) throws ImageException {
        List<CatalogImage> images = new ArrayList<>();
        for (CatalogSources.Found f : sources.images(refresh)) {
            images.add(new CatalogImage(f.entry(), f.location().text(), isLocal(f.entry(), f.location())));
        }
        return images;
    }

    @Override
    public List<String> sourceProblems() {
        return sources.problems();
    }

    @Override
    public Path fetch(CatalogImage image, DeployProgress progress) throws ImageException {
        ProgressMeter meter = new ProgressMeter(progress);
        meter.checkCancelled();
        CatalogLocation location = locationOf(image);
        Image entry = image.entry();
        Optional<Path> file = localFile(entry, location);
        if (file.isPresent()) {
            return verifyInPlace(entry, file.get(), meter);
        }
        String sum = entry.getSha256().toLowerCase(Locale.ROOT);
        ReentrantLock lock = fetching.computeIfAbsent(sum, s -> new ReentrantLock());
        lockCancellably(lock, meter);
        try {
            Path verified = downloads.resolve(sum);
            if (Files.isRegularFile(verified)) {
                return verified;
            }
            HttpGet http = new HttpGet(location.tls(), settings.maxRedirects(), stall);
            return new Download(http, downloads, entry.getFileSize(), sum).fetch(mirrors(entry, location), meter);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write(CatalogImage image, Path file, DeployTarget target, DeployProgress progress)
            throws ImageException {
        ProgressMeter meter = new ProgressMeter(progress);
        meter.checkCancelled();
        Image entry = image.entry();
        long contentSize = entry.getContentSize();
        meter.phase(DeployPhase.WRITING, contentSize, 0);
        if (entry.getContent() == Content.ROOTFS) {
            writeRootfs(entry, file, target, meter);
        } else {
            writeDisk(entry, file, target, meter);
        }
    }

    private void writeDisk(Image entry, Path file, DeployTarget target, ProgressMeter meter) throws ImageException {
        if (entry.getContentSize() > target.size()) {
            throw new ImageException(ImageException.Kind.INVALID, "the image's content of " + entry.getContentSize()
                    + " bytes is larger than the volume of " + target.size() + " bytes", List.of("size"));
        }
        long written;
        try (InputStream content = Decompression.open(file, compression(entry), entry.getContentSize())) {
            written = new SparseWriter(target).write(content, meter);
        } catch (IOException e) {
            throw Decompression.unwrap(e, file, compression(entry));
        }
        meter.flush();
        if (written != entry.getContentSize()) {
            throw new ImageException(ImageException.Kind.INVALID, file + " decompresses into " + written
                    + " bytes, the catalog's contentSize is " + entry.getContentSize(), List.of("contentSize"));
        }
        // an unset filesystem reads as the enumeration's first literal: only a set one is grown
        if (entry.isSetFilesystem() && entry.getFilesystem() == Filesystem.EXT4) {
            meter.phase(DeployPhase.GROWING_FILESYSTEM, -1, 0);
            ext4.grow(target.path(), meter);
        }
    }

    private void writeRootfs(Image entry, Path file, DeployTarget target, ProgressMeter meter)
            throws ImageException {
        RootfsArchive archive = new RootfsArchive(staging);
        RootfsArchive.Staging tree;
        try (InputStream content = Decompression.open(file, compression(entry), entry.getContentSize())) {
            tree = archive.unpack(content, meter);
        } catch (IOException e) {
            throw Decompression.unwrap(e, file, compression(entry));
        }
        try (tree) {
            meter.flush();
            meter.phase(DeployPhase.MAKING_FILESYSTEM, -1, 0);
            ext4.makeFilesystem(tree.dir(), target.path(), meter);
        }
    }

    @Override
    public CatalogImage importImage(Image entry, InputStream content, DeployProgress progress)
            throws ImageException {
        Image stored = localCatalog.add(entry, content, new ProgressMeter(progress));
        sources.forget(local);
        return new CatalogImage(stored, local.text(), true);
    }

    @Override
    public boolean forgetDownload(CatalogImage image) throws ImageException {
        String sum = image.entry().getSha256().toLowerCase(Locale.ROOT);
        ReentrantLock lock = fetching.computeIfAbsent(sum, s -> new ReentrantLock());
        lock.lock();
        try {
            boolean removed = false;
            for (String name : List.of(sum, sum + ".part", sum + ".part.if-range")) {
                removed |= Files.deleteIfExists(downloads.resolve(name));
            }
            return removed;
        } catch (IOException e) {
            throw new ImageException(ImageException.Kind.FAILED, "cannot remove the download of " + image.id() + ": "
                    + e.getMessage(), List.of(image.id()), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        // nothing runs in the background: catalogs are read by the callers' threads
    }

    private boolean isLocal(Image entry, CatalogLocation location) {
        try {
            Optional<Path> file = localFile(entry, location);
            return file.isPresent() ? Files.isRegularFile(file.get())
                    : Files.isRegularFile(downloads.resolve(entry.getSha256().toLowerCase(Locale.ROOT)));
        } catch (ImageException e) {
            return false;
        }
    }

    private CatalogLocation locationOf(CatalogImage image) throws ImageException {
        CatalogLocation location = sources.location(image.source());
        if (location == null) {
            throw new ImageException(ImageException.Kind.NOT_FOUND, "no catalog source " + image.source()
                    + " on this node", List.of(image.source()));
        }
        return location;
    }

    /** @return the file of a directory's catalog the entry's first URL names, or empty for one to download */
    private static Optional<Path> localFile(Image entry, CatalogLocation location) throws ImageException {
        String first = entry.getUrls().get(0);
        try {
            if (location.resolveUrl(first).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(location.file(first));
        } catch (IllegalArgumentException e) {
            throw new ImageException(ImageException.Kind.INVALID, e.getMessage(), List.of("urls[0]", first));
        }
    }

    private static List<URI> mirrors(Image entry, CatalogLocation location) throws ImageException {
        List<URI> mirrors = new ArrayList<>();
        for (String url : entry.getUrls()) {
            try {
                location.resolveUrl(url).ifPresent(mirrors::add);
            } catch (IllegalArgumentException e) {
                throw new ImageException(ImageException.Kind.INVALID, "not a URL: " + url, List.of("urls", url));
            }
        }
        return mirrors;
    }

    private static Path verifyInPlace(Image entry, Path file, ProgressMeter meter) throws ImageException {
        try {
            long size = Files.size(file);
            if (size != entry.getFileSize()) {
                throw new ImageException(ImageException.Kind.INVALID, file + " has " + size + " bytes, the catalog's "
                        + "fileSize is " + entry.getFileSize(), List.of("fileSize", file.toString()));
            }
            meter.phase(DeployPhase.VERIFYING, size, 0);
            var digest = FileDigest.sha256();
            FileDigest.update(digest, file, size, meter);
            meter.flush();
            String actual = FileDigest.hex(digest);
            if (!actual.equals(entry.getSha256().toLowerCase(Locale.ROOT))) {
                // the administrator's own file: named, never removed
                throw FileDigest.mismatch(entry.getSha256(), actual, file.toString());
            }
            return file;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImageException(ImageException.Kind.NOT_FOUND, "the local catalog's file " + file
                    + " is missing", List.of(file.toString()), e);
        } catch (IOException e) {
            throw new ImageException(ImageException.Kind.FAILED, "cannot read " + file + ": " + e.getMessage(),
                    List.of(file.toString()), e);
        }
    }

    /** @return the entry's compression, {@code null} when unset (none) */
    private static Compression compression(Image entry) {
        return entry.isSetCompression() ? entry.getCompression() : null;
    }

    private static void lockCancellably(ReentrantLock lock, ProgressMeter meter) throws ImageException {
        try {
            while (!lock.tryLock(100, TimeUnit.MILLISECONDS)) {
                meter.checkCancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProgressMeter.cancellation();
        }
    }
}
