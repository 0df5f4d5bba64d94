package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.Xenophiliad;
import org.xenophilia.storage.StorageApi;

/**
 * Storage backend types are plug-ins found with {@link java.util.ServiceLoader}, as hypervisor backends are: a third
 * party's jar, compiled here against the storage SPI alone and named in its {@code META-INF/services}, is put on the
 * class path of a real {@code xenophiliad} process, which lists the type, checks its settings with the type's own
 * keys, and opens it when it starts, in a state directory of its own. A type built for a later storage API, and one
 * whose name another plug-in has, are skipped with a log line, and the Agent runs on.
 */
class StoragePluginTest {

    private static final String PACKAGE = "com.example.storage";

    /** A type that only records how it was opened. */
    private static final String EXAMPLE = """
            package com.example.storage;

            import java.io.IOException;
            import java.nio.file.Files;
            import java.util.EnumSet;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.Set;
            import java.util.TreeMap;

            import org.xenophilia.storage.*;

            public final class ExampleStoreType implements StorageBackendType {
                public String name() {
                    return "example-store";
                }

                public String description() {
                    return "an example third-party storage type";
                }

                public String apiVersion() {
                    return StorageApi.VERSION;
                }

                public List<ConfigKey> repositoryKeys() {
                    return List.of(ConfigKey.required("root", ConfigKey.Type.PATH, "where its volumes go"));
                }

                public List<ConfigKey> settingKeys() {
                    return List.of(ConfigKey.optional("pool-size", ConfigKey.Type.SIZE, "1G", "how large"),
                            ConfigKey.optional("label", ConfigKey.Type.STRING, null, "a label"));
                }

                public StorageBackend open(StorageContext context) throws StorageException {
                    try {
                        Files.writeString(context.stateDir().resolve("opened"), new TreeMap<>(context.settings())
                                .toString());
                    } catch (IOException e) {
                        throw StorageException.failure(StorageFailure.PROBE_FAILED, "cannot write", e.getMessage());
                    }
                    return new StorageBackend() {
                        public Set<Capability> capabilities() {
                            return EnumSet.of(Capability.SHARED);
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

    /** The same, built for an API this Agent does not have yet, and one that takes a hypervisor backend's name. */
    private static String variant(String className, String name, String apiVersion) {
        return EXAMPLE.replace("ExampleStoreType", className).replace("\"example-store\"", "\"" + name + "\"")
                .replace("return StorageApi.VERSION;", "return \"" + apiVersion + "\";");
    }

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void buildThePlugin() throws Exception {
        jar = pluginJar();
        assertEquals(0, AgentProcess.run("admin-password\n", "user", "add", "adm", "--role", "admin", "--iterations",
                "20000", "--config", conf().toString()).exitValue());
    }

    private Path conf() {
        return dir.resolve("etc/agent.conf");
    }

    /** Compiles the types against the Agent's class path and packs them with their services file. */
    private Path pluginJar() throws IOException {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("ExampleStoreType", EXAMPLE);
        types.put("FutureStoreType", variant("FutureStoreType", "future-store", "1.9"));
        types.put("TakenNameType", variant("TakenNameType", "xl", StorageApi.VERSION));
        return PluginJars.make(dir, "example-storage.jar", PACKAGE, types,
                "org.xenophilia.storage.StorageBackendType");
    }

    private String[] serve(String... more) {
        return Stream.concat(Stream.of("serve", "--backend", "simulated", "--config", conf().toString(),
                "--state-dir", dir.resolve("state").toString(), "--listen", "127.0.0.1:0"), Stream.of(more))
                .toArray(String[]::new);
    }

    @Test
    void theHelpListsTheTypeAndItsSettingsAndSaysWhyOthersWereSkipped() throws Exception {
        AgentProcess help = AgentProcess.runWithPlugins(List.of(jar), null, "--help");
        String out = help.output();
        assertTrue(out.contains("Storage backends found (SR types):"), out);
        assertTrue(out.contains("example-store") && out.contains("an example third-party storage type"), out);
        assertTrue(out.contains("settings: example-store.label example-store.pool-size"), out);
        assertFalse(out.contains("future-store  "), "not listed: " + out);
        assertTrue(out.contains("skipping storage backend plug-in com.example.storage.FutureStoreType: it was built"
                + " for storage API 1.9, this Agent runs " + StorageApi.VERSION), out);
        assertTrue(out.contains("skipping plug-in com.example.storage.TakenNameType: the name 'xl' is taken by"
                + " org.xenophilia.agent.internal.xl.XlBackendFactory"), out);
    }

    @Test
    void itsSettingsAreCheckedAtStartByItsOwnKeys() throws Exception {
        for (String[] bad : List.of(
                new String[] { "example-store.pool-size = lots",
                    "xenophiliad: example-store.pool-size: not a size (bytes, or a number with K, M, G, T, P): lots" },
                new String[] { "example-store.colour = red", "xenophiliad: unknown setting 'example-store.colour'"
                        + " (example-store has example-store.label, example-store.pool-size)" },
                new String[] { "backend = example-store",
                    "xenophiliad: unknown backend 'example-store' (found: simulated, xl)" })) {
            Files.writeString(conf(), bad[0] + "\n");
            AgentProcess p = AgentProcess.runWithPlugins(List.of(jar), null, serve());
            assertEquals(Xenophiliad.EXIT_USAGE, p.exitValue(), p.output());
            assertTrue(p.output().contains(bad[1]), p.output());
        }
        Files.writeString(conf(), "example-store.pool-size = 1G\n");
        AgentProcess without = AgentProcess.run(null, serve());
        assertEquals(Xenophiliad.EXIT_USAGE, without.exitValue(), "without the jar, no such setting");
        assertTrue(without.output().contains("unknown setting 'example-store.pool-size'"), without.output());
    }

    @Test
    void theAgentOpensItWithItsCheckedSettingsInItsOwnDirectory() throws Exception {
        Files.writeString(conf(), "example-store.pool-size = 2G\n");
        try (AgentProcess agent = AgentProcess.startWithPlugins(List.of(jar), null, serve())) {
            agent.client().close();
            Path opened = dir.resolve("state/storage/example-store/opened");
            assertEquals("{pool-size=2147483648}", Files.readString(opened),
                    "the canonical value; no label, which has no default");
            assertTrue(agent.output().contains("storage backend example-store: formats [raw], capabilities [SHARED]"),
                    agent.output());
        }
    }

    /** The SPI's jar is optional: the tools and benchmarks that embed an Agent run it without. */
    @Test
    void anAgentWithoutTheStorageSpiRunsAsBeforeAndIgnoresStoragePlugins() throws Exception {
        Files.writeString(conf(), "");
        Path spi = Path.of(StorageApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (AgentProcess agent = AgentProcess.startWithout(entry -> Path.of(entry).equals(spi), List.of(jar),
                serve())) {
            agent.client().close();
            assertFalse(agent.output().contains("storage"), agent.output());
            assertFalse(Files.exists(dir.resolve("state/storage")));
        }
    }
}
