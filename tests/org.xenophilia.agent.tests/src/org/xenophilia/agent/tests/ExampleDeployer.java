package org.xenophilia.agent.tests;

import java.nio.file.Path;
import java.util.Map;

/**
 * A third party's image deployer, compiled at test time against the image deployer SPI alone and packed with its
 * {@code META-INF/services} file ({@link PluginJars}), as an outsider would ship one: it offers each {@code NAME.img}
 * (a raw disk image) of the directory its setting {@code example-images.directory} names as the image
 * {@code NAME:1}, fetches nothing (it verifies the file's sum) and writes the file into the new volume, skipping
 * zeros, as the SPI asks. While a file {@code NAME.stall-fetch} or {@code NAME.stall-write} is in the directory it
 * stalls in that phase (a slow source), until the file is removed or the deployment is cancelled: how the tests
 * catch a deployment in a phase. A pushed image is stored as {@code NAME.img} once its size and sum are checked.
 */
final class ExampleDeployer {

    /** Its name: the prefix of its settings. */
    static final String NAME = "example-images";

    private static final String PACKAGE = "com.example.images";

    private static final String SOURCE = """
            package com.example.images;

            import java.io.IOException;
            import java.io.InputStream;
            import java.nio.ByteBuffer;
            import java.nio.channels.FileChannel;
            import java.nio.file.DirectoryStream;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.nio.file.StandardOpenOption;
            import java.security.MessageDigest;
            import java.security.NoSuchAlgorithmException;
            import java.util.ArrayList;
            import java.util.Comparator;
            import java.util.HexFormat;
            import java.util.List;
            import java.util.Optional;

            import org.xenophilia.image.*;
            import org.xenophilia.image.catalog.*;

            public final class ExampleDeployerType implements ImageDeployerType {
                public String name() {
                    return "example-images";
                }

                public String description() {
                    return "raw disk images from a directory";
                }

                public String apiVersion() {
                    return "API_VERSION";
                }

                public List<ImageSetting> settings() {
                    return List.of(new ImageSetting("directory", "where the images are", null,
                            v -> v.startsWith("/") ? Optional.empty() : Optional.of("an absolute path, not " + v)));
                }

                public ImageDeployer open(ImageDeployerContext context) throws ImageException {
                    String dir = context.settings().get("directory");
                    if (dir == null) {
                        throw new ImageException(ImageException.Kind.UNAVAILABLE, "example-images.directory is not"
                                + " set", List.of());
                    }
                    return new Deployer(Path.of(dir));
                }

                static final class Deployer implements ImageDeployer {
                    private final Path dir;

                    Deployer(Path dir) {
                        this.dir = dir;
                    }

                    public List<CatalogImage> images(boolean refresh) throws ImageException {
                        List<CatalogImage> out = new ArrayList<>();
                        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.img")) {
                            for (Path f : files) {
                                out.add(new CatalogImage(entry(f), dir.toString(), true));
                            }
                        } catch (IOException e) {
                            throw new ImageException(ImageException.Kind.UNAVAILABLE, e.toString(), List.of());
                        }
                        out.sort(Comparator.comparing(CatalogImage::id));
                        return out;
                    }

                    private static Image entry(Path f) throws IOException {
                        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64"
                                : System.getProperty("os.arch");
                        long size = Files.size(f);
                        Image i = CatalogFactory.eINSTANCE.createImage();
                        i.setName(f.getFileName().toString().replace(".img", ""));
                        i.setVersion("1");
                        i.setArchitecture(Architecture.get(arch));
                        i.setGuestType(GuestType.PV);
                        i.setContent(Content.DISK);
                        i.setFileSize(size);
                        i.setContentSize(size);
                        i.setSha256(sha256(f));
                        i.getUrls().add(f.getFileName().toString());
                        i.setMinimumMemory(32);
                        i.setMinimumDisk(size);
                        Template t = CatalogFactory.eINSTANCE.createTemplate();
                        t.setBoot(Boot.KERNEL);
                        t.setKernel("/boot/vmlinuz");
                        t.setCmdline("root=/dev/xvda ro console=hvc0");
                        t.setMemory(64);
                        i.setTemplate(t);
                        return i;
                    }

                    private static String sha256(Path f) throws IOException {
                        try (InputStream in = Files.newInputStream(f)) {
                            MessageDigest md = MessageDigest.getInstance("SHA-256");
                            byte[] buf = new byte[65536];
                            for (int n; (n = in.read(buf)) > 0;) {
                                md.update(buf, 0, n);
                            }
                            return HexFormat.of().formatHex(md.digest());
                        } catch (NoSuchAlgorithmException e) {
                            throw new IOException(e);
                        }
                    }

                    public List<String> sourceProblems() {
                        return List.of();
                    }

                    public Path fetch(CatalogImage image, DeployProgress progress) throws ImageException {
                        Path f = dir.resolve(image.entry().getName() + ".img");
                        progress.phase(DeployPhase.VERIFYING, image.entry().getFileSize());
                        stallWhile(image, ".stall-fetch", progress);
                        progress.bytes(image.entry().getFileSize());
                        return f;
                    }

                    public void write(CatalogImage image, Path file, DeployTarget target, DeployProgress progress)
                            throws ImageException {
                        try (InputStream in = Files.newInputStream(file);
                                FileChannel out = FileChannel.open(target.path(), StandardOpenOption.WRITE)) {
                            progress.phase(DeployPhase.WRITING, Files.size(file));
                            byte[] buf = new byte[65536];
                            long done = 0;
                            for (int n; (n = in.readNBytes(buf, 0, buf.length)) > 0;) {
                                if (!target.readsAsZeros() || !zeros(buf, n)) {
                                    out.write(ByteBuffer.wrap(buf, 0, n), done);
                                }
                                done += n;
                                progress.bytes(done);
                                stallWhile(image, ".stall-write", progress);
                            }
                            out.force(true);
                        } catch (IOException e) {
                            throw new ImageException(ImageException.Kind.FAILED, e.toString(), List.of());
                        }
                    }

                    private static boolean zeros(byte[] b, int n) {
                        for (int i = 0; i < n; i++) {
                            if (b[i] != 0) {
                                return false;
                            }
                        }
                        return true;
                    }

                    /** A slow source: waits while the flag file is there, and stops when cancelled. */
                    private void stallWhile(CatalogImage image, String flag, DeployProgress progress)
                            throws ImageException {
                        Path f = dir.resolve(image.entry().getName() + flag);
                        while (Files.exists(f)) {
                            if (progress.cancelled()) {
                                throw new ImageException(ImageException.Kind.CANCELLED, "cancelled", List.of());
                            }
                            try {
                                Thread.sleep(10);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new ImageException(ImageException.Kind.CANCELLED, "interrupted", List.of());
                            }
                        }
                    }

                    /** Streams the file in as a hidden temporary, checks it, then renames it: all or nothing. */
                    public CatalogImage importImage(Image entry, InputStream content, DeployProgress progress)
                            throws ImageException {
                        Path file = dir.resolve(entry.getName() + ".img");
                        if (Files.exists(file)) {
                            throw new ImageException(ImageException.Kind.CONFLICT, entry.getName() + " is here",
                                    List.of(entry.getName()));
                        }
                        Path part = dir.resolve("." + entry.getName() + ".part");
                        try {
                            MessageDigest md = MessageDigest.getInstance("SHA-256");
                            long n = 0;
                            try (var out = Files.newOutputStream(part)) {
                                byte[] buf = new byte[65536];
                                for (int r; (r = content.read(buf)) > 0;) {
                                    out.write(buf, 0, r);
                                    md.update(buf, 0, r);
                                    n += r;
                                }
                            }
                            String sum = HexFormat.of().formatHex(md.digest());
                            if (n != entry.getFileSize() || !sum.equals(entry.getSha256())) {
                                throw new ImageException(ImageException.Kind.CHECKSUM_MISMATCH, "got " + n
                                        + " bytes of sum " + sum, List.of(entry.getSha256(), sum, file.toString()));
                            }
                            Files.move(part, file);
                            return new CatalogImage(entry(file), dir.toString(), true);
                        } catch (IOException | NoSuchAlgorithmException e) {
                            throw new ImageException(ImageException.Kind.FAILED, e.toString(), List.of());
                        } finally {
                            try {
                                Files.deleteIfExists(part);
                            } catch (IOException e) {
                                // the directory is the test's
                            }
                        }
                    }

                    public boolean forgetDownload(CatalogImage image) {
                        return false;
                    }

                    public void close() {
                    }
                }
            }
            """;

    private ExampleDeployer() {
    }

    /**
     * @param dir a directory of the test's own to build it in
     * @param apiVersion the image deployer API it says it was built for
     * @return its jar
     */
    static Path jar(Path dir, String apiVersion) throws Exception {
        return PluginJars.make(dir, "example-images.jar", PACKAGE, Map.of("ExampleDeployerType",
                SOURCE.replace("API_VERSION", apiVersion)), "org.xenophilia.image.ImageDeployerType");
    }
}
