package org.xenophilia.ui.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.storage.StorageBackendType;

/**
 * Storage types of a third party that ships only the Agent-side jar (no Workbench plug-in), made as its author would
 * make it: compiled against the storage SPI's jar and packed with its {@code META-INF/services} file. Two types:
 * {@value #PLAIN} (no Workbench contribution at all: the generic page) and {@value #BROKEN} (the test bundle
 * contributes a page class for it that does not exist). Their repositories are never made; only their configuration
 * is shown.
 */
final class ThirdPartyTypes {

    /** A type no plug-in contributes a page for. */
    static final String PLAIN = "example-store";
    /** A type whose contributed page class is missing. */
    static final String BROKEN = "broken-store";

    private static final String PACKAGE = "com.example.storage";
    private static final String SOURCE = """
            package com.example.storage;

            import java.util.EnumSet;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.Set;

            import org.xenophilia.storage.*;

            public final class ClassName implements StorageBackendType {
                public String name() {
                    return "TYPE";
                }

                public String description() {
                    return "an example third-party storage type";
                }

                public String apiVersion() {
                    return StorageApi.VERSION;
                }

                public List<ConfigKey> repositoryKeys() {
                    return List.of(ConfigKey.required("root", ConfigKey.Type.PATH, "where its volumes go"),
                            ConfigKey.optional("block-size", ConfigKey.Type.SIZE, "4K", "the size of its blocks"),
                            ConfigKey.optional("verify", ConfigKey.Type.BOOLEAN, "false",
                                    "whether writes are read back"));
                }

                public List<ConfigKey> settingKeys() {
                    return List.of();
                }

                public StorageBackend open(StorageContext context) {
                    return new StorageBackend() {
                        public Set<Capability> capabilities() {
                            return EnumSet.noneOf(Capability.class);
                        }

                        public Set<DiskFormat> formats() {
                            return EnumSet.of(DiskFormat.RAW);
                        }

                        public Probe probe(Map<String, String> config) {
                            return new Probe(Optional.empty(), List.of(), 0, 0);
                        }

                        public Repository create(String uuid, Map<String, String> config, boolean force)
                                throws StorageException {
                            throw StorageException.notSupported(uuid, "create", "it is an example");
                        }

                        public Repository attach(String uuid, Map<String, String> config) throws StorageException {
                            throw StorageException.notSupported(uuid, "attach", "it is an example");
                        }
                    };
                }
            }
            """;

    private ThirdPartyTypes() {
    }

    /**
     * @param dir a directory of the test's own
     * @return the jar with both types
     */
    static Path jar(Path dir) throws IOException, URISyntaxException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        Path src = Files.createDirectories(dir.resolve("src").resolve(PACKAGE.replace('.', '/')));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String spi = location(StorageBackendType.class) + File.pathSeparator + location(AtomicFiles.class);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-classpath", spi, "-d",
                classes.toString()));
        StringBuilder services = new StringBuilder();
        for (String[] t : List.of(new String[] {"ExampleStoreType", PLAIN}, new String[] {"BrokenStoreType",
            BROKEN})) {
            Path file = src.resolve(t[0] + ".java");
            Files.writeString(file, SOURCE.replace("ClassName", t[0]).replace("TYPE", t[1]));
            args.add(file.toString());
            services.append(PACKAGE).append('.').append(t[0]).append('\n');
        }
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "the types compile against the SPI");
        Path jar = dir.resolve("example-storage.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                put(out, classes.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
            }
            put(out, "META-INF/services/" + StorageBackendType.class.getName(), services.toString()
                    .getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
