package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.Xenophiliad;
import org.xenophilia.storage.StorageApi;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

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

    /**
     * A type that works: its volumes are files in a directory, and it writes each {@code resolve} and
     * {@code resolveAll} the Agent calls to {@code calls} in its state directory. As written here it is built for
     * storage API 1.0: it returns "1.0" and has no {@code resolveAll} (a class compiled from this source against the
     * 1.1 jar is the class compiled against the 1.0 one: it uses nothing 1.1 added).
     */
    private static final String DIRECTORY = """
            package com.example.storage;

            import java.io.IOException;
            import java.io.RandomAccessFile;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.nio.file.StandardOpenOption;
            import java.util.ArrayList;
            import java.util.EnumSet;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.Set;
            import java.util.stream.Stream;

            import org.xenophilia.storage.*;

            public final class DirectoryStoreType implements StorageBackendType {
                public String name() {
                    return "directory-store";
                }

                public String description() {
                    return "volumes as files in a directory";
                }

                public String apiVersion() {
                    return "1.0";
                }

                public List<ConfigKey> repositoryKeys() {
                    return List.of(ConfigKey.required("root", ConfigKey.Type.PATH, "where its volumes go"));
                }

                public List<ConfigKey> settingKeys() {
                    return List.of();
                }

                public StorageBackend open(StorageContext context) {
                    Path calls = context.stateDir().resolve("calls");
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
                            try {
                                Files.createDirectories(Path.of(config.get("root")));
                            } catch (IOException e) {
                                throw StorageException.failure(StorageFailure.CREATE_REPOSITORY_FAILED, "cannot"
                                        + " create", String.valueOf(e.getMessage()));
                            }
                            return attach(uuid, config);
                        }

                        public Repository attach(String uuid, Map<String, String> config) {
                            return new Directory(uuid, config, calls);
                        }
                    };
                }

                static final class Directory implements Repository {
                    private final String uuid;
                    private final Map<String, String> config;
                    private final Path root;
                    private final Path calls;

                    Directory(String uuid, Map<String, String> config, Path calls) {
                        this.uuid = uuid;
                        this.config = config;
                        this.root = Path.of(config.get("root"));
                        this.calls = calls;
                    }

                    private void called(String what) throws StorageException {
                        try {
                            Files.writeString(calls, what + "\\n", StandardOpenOption.CREATE,
                                    StandardOpenOption.APPEND);
                        } catch (IOException e) {
                            throw failed(e);
                        }
                    }

                    private StorageException failed(IOException e) {
                        return StorageException.failure(StorageFailure.LOAD_VOLUME_FAILED, "cannot read " + root,
                                String.valueOf(e.getMessage()));
                    }

                    public String uuid() {
                        return uuid;
                    }

                    public Map<String, String> config() {
                        return config;
                    }

                    public RepositorySpace space() throws StorageException {
                        long used = volumes().stream().mapToLong(Volume::virtualSize).sum();
                        return new RepositorySpace(1L << 40, used, used);
                    }

                    public List<Volume> volumes() throws StorageException {
                        List<Volume> out = new ArrayList<>();
                        try (Stream<Path> s = Files.list(root)) {
                            for (Path p : s.sorted().toList()) {
                                out.add(describe(p));
                            }
                        } catch (IOException e) {
                            throw failed(e);
                        }
                        return out;
                    }

                    private static Volume describe(Path p) throws IOException {
                        long size = Files.size(p);
                        return new Volume(p.getFileName().toString(), DiskFormat.RAW, size, size, Optional.empty());
                    }

                    public Optional<Volume> volume(String name) throws StorageException {
                        if (!VolumeNames.NAME.matcher(name).matches() || !Files.isRegularFile(root.resolve(name))) {
                            return Optional.empty();
                        }
                        try {
                            return Optional.of(describe(root.resolve(name)));
                        } catch (IOException e) {
                            throw failed(e);
                        }
                    }

                    public Volume createVolume(String name, long size, DiskFormat format) throws StorageException {
                        VolumeNames.check(name);
                        try (RandomAccessFile f = new RandomAccessFile(root.resolve(name).toFile(), "rw")) {
                            f.setLength(size);
                        } catch (IOException e) {
                            throw failed(e);
                        }
                        return volume(name).orElseThrow();
                    }

                    public Volume resize(String name, long size) throws StorageException {
                        throw StorageException.notSupported(uuid, "resize", "an example");
                    }

                    public void destroyVolume(String name) throws StorageException {
                        if (volume(name).isEmpty()) {
                            throw StorageException.volumeMissing(uuid, name);
                        }
                        try {
                            Files.delete(root.resolve(name));
                        } catch (IOException e) {
                            throw failed(e);
                        }
                    }

                    public Volume copy(String source, String name, StorageProgress progress)
                            throws StorageException {
                        throw StorageException.notSupported(uuid, "copy", "an example");
                    }

                    public Volume snapshot(String source, String label, StorageProgress progress)
                            throws StorageException {
                        throw StorageException.notSupported(uuid, "snapshot", "an example");
                    }

                    public DiskTarget resolve(String name) throws StorageException {
                        called("resolve " + name);
                        if (volume(name).isEmpty()) {
                            throw StorageException.volumeMissing(uuid, name);
                        }
                        return target(name);
                    }

                    private DiskTarget target(String name) {
                        return new DiskTarget(root.resolve(name).toString(), DiskFormat.RAW, XlBackendType.PHY, false);
                    }

                    // API 1.1

                    public void detach() {
                    }

                    public void destroy() throws StorageException {
                        throw StorageException.notSupported(uuid, "destroy", "an example");
                    }
                }
            }
            """;

    /** The same type built for storage API 1.1, the Agent's: it lists its volumes with their targets in one call. */
    private static final String DIRECTORY_11 = DIRECTORY.replace("DirectoryStoreType", "BatchStoreType")
            .replace("\"directory-store\"", "\"batch-store\"").replace("return \"1.0\";", "return StorageApi.VERSION;")
            .replace("// API 1.1\n", """
                    @Override
                    public List<ResolvedVolume> resolveAll() throws StorageException {
                        called("resolveAll");
                        List<ResolvedVolume> out = new ArrayList<>();
                        for (Volume v : volumes()) {
                            out.add(new ResolvedVolume(v, target(v.name())));
                        }
                        return out;
                    }
            """);

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
        types.put("DirectoryStoreType", DIRECTORY);
        types.put("BatchStoreType", DIRECTORY_11);
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

    /**
     * The compatibility promise of a minor version: a backend built for API 1.0, which has no {@code resolveAll}, runs
     * on this 1.1 Agent, whose listing resolves its volumes one by one through the SPI's default; one built for 1.1
     * is listed in one call and never asked to resolve a volume by itself.
     */
    @Test
    void aBackendBuiltForApi10RunsAndOneBuiltFor11IsListedInOneCall() throws Exception {
        Files.writeString(conf(), "");
        try (AgentProcess agent = AgentProcess.startWithPlugins(List.of(jar), null, serve())) {
            XenApiClient c = agent.client();
            c.login("adm", "admin-password");
            Map<String, Object> sms = WireValues.asMap(c.callWithSession("SM.get_all_records"));
            Map<String, String> apis = new TreeMap<>();
            sms.values().forEach(sm -> apis.put((String) WireValues.asMap(sm).get("type"),
                    (String) WireValues.asMap(sm).get("required_api_version")));
            assertEquals("1.0", apis.get("directory-store"), apis.toString());
            assertEquals(StorageApi.VERSION, apis.get("batch-store"), apis.toString());
            String host = (String) WireValues.asList(c.callWithSession("host.get_all")).get(0);

            for (String type : List.of("directory-store", "batch-store")) {
                String sr = (String) c.callWithSession("SR.create", host, Map.of("root", dir.resolve(type)
                        .toString()), 0L, type, "", type, "user", false, Map.of());
                List<String> vdis = new ArrayList<>();
                for (String name : List.of("a", "b", "c")) {
                    vdis.add((String) c.callWithSession("VDI.create", Map.of("SR", sr, "name_label", name,
                            "virtual_size", Long.toString(1L << 20))));
                }
                Path calls = dir.resolve("state/storage/" + type + "/calls");
                Files.deleteIfExists(calls);

                Map<String, Object> all = WireValues.asMap(c.callWithSession("VDI.get_all_records"));
                Map<String, String> names = new TreeMap<>();
                all.forEach((ref, r) -> {
                    if (sr.equals(WireValues.asMap(r).get("SR"))) {
                        names.put((String) WireValues.asMap(r).get("name_label"), ref);
                    }
                });
                assertEquals(List.of("a", "b", "c"), List.copyOf(names.keySet()), type);
                assertEquals(new TreeSet<>(vdis), new TreeSet<>(names.values()), type + ": the VDIs VDI.create"
                        + " answered");
                List<String> called = Files.readAllLines(calls);
                if (type.equals("directory-store")) {
                    assertEquals(List.of("resolve a", "resolve b", "resolve c"), called, "1.0: one by one");
                } else {
                    assertEquals(List.of("resolveAll"), called, "1.1: the batch, and no volume resolved alone");
                }
                assertEquals("b", WireValues.asMap(c.callWithSession("VDI.get_record", names.get("b")))
                        .get("name_label"));
                c.callWithSession("VDI.destroy", names.get("b"));
                assertFalse(Files.exists(dir.resolve(type).resolve("b")));
            }
        }
    }
}
