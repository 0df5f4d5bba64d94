package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.files.HaltPoints;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * {@code kill -9} of a real {@code xenophiliad} with the {@code file} backend at each step of {@code SR.create},
 * {@code VDI.create}, {@code VDI.copy} and {@code VDI.resize} (the test seam {@link HaltPoints} halts it there, as
 * SIGKILL would), then a restart on the same directories: the SR or volume is either whole and listed, or gone with
 * nothing of it left to get in the way (the same create succeeds again). Never half made and unlisted: the directory
 * and {@code VDI.get_all_records} agree.
 * <p>
 * The cases run side by side, as {@link KillAtEachStepTest}'s do and for the same reason (waiting on processes): each
 * has its own {@code @TempDir} (configuration, state, the repository's location), its own Agent processes on
 * ephemeral ports, and the file backend's jar only read.
 */
class StorageKillTest extends AgentUsersFixture {

    private static final long SIZE = 8L << 20;

    @Override
    boolean withViewer() {
        return false;
    }

    private Path location() {
        return dir.resolve("disks");
    }

    private Path state() {
        return dir.resolve("state");
    }

    private XenApiClient start(String haltAt) throws Exception {
        List<String> jvm = haltAt == null ? List.of() : List.of("-D" + HaltPoints.PROPERTY + "=" + haltAt);
        agent = AgentProcess.startWithJvmOptionsAndPlugins(jvm, List.of(StorageApiTest.fileBackendJar()), null,
                "serve", "--backend", "simulated", "--config", conf().toString(), "--state-dir", state().toString(),
                "--listen", "127.0.0.1:0");
        XenApiClient c = agent.client();
        c.login("adm", "a-long-password");
        return c;
    }

    /** Runs the change in an Agent halted at the step, and checks that it halted there. */
    private void killDuring(String step, HaltedChange.Change change) throws Exception {
        XenApiClient c = start(step);
        HaltedChange.perform(agent, c, step, change);
        agent = null;
    }

    private String createSr(XenApiClient c) throws Exception {
        String host = (String) WireValues.asList(c.callWithSession("host.get_all")).get(0);
        return (String) c.callWithSession("SR.create", host, Map.of("location", location().toString()), 0L, "disks",
                "", "file", "user", false, Map.of());
    }

    private static String createVdi(XenApiClient c, String sr) throws Exception {
        return (String) c.callWithSession("VDI.create", Map.of("SR", sr, "name_label", "root", "virtual_size",
                Long.toString(SIZE)));
    }

    /** @return the SRs named disks */
    private static List<String> disks(XenApiClient c) throws Exception {
        return WireValues.asList(c.callWithSession("SR.get_by_name_label", "disks")).stream().map(String.class::cast)
                .toList();
    }

    @ParameterizedTest
    @Execution(ExecutionMode.CONCURRENT)
    @ValueSource(strings = {"renaming STATE/storage/srs/*.properties", "renamed STATE/storage/srs/*.properties",
        "renaming LOCATION/.xenophilia-repository", "renamed LOCATION/.xenophilia-repository"})
    void srCreateKilledAtEachStepLeavesAWholeSrOrNone(String step) throws Exception {
        killDuring(step.replace("STATE", state().toString()).replace("LOCATION", location().toString()),
                this::createSr);
        XenApiClient c = start(null);
        List<String> listed = disks(c);
        if (listed.isEmpty()) {
            try (Stream<Path> s = Files.exists(state().resolve("storage/srs")) ? Files.list(state().resolve(
                    "storage/srs")) : Stream.empty()) {
                assertEquals(List.of(), s.toList(), "an SR not listed is not registered");
            }
            // nothing half made in the way: the same create succeeds
            listed = List.of(createSr(c));
        }
        assertEquals(1, listed.size());
        String pbd = (String) WireValues.asList(WireValues.asMap(c.callWithSession("SR.get_record", listed.get(0)))
                .get("PBDs")).get(0);
        assertEquals(true, c.callWithSession("PBD.get_currently_attached", pbd));
        createVdi(c, listed.get(0));
    }

    @ParameterizedTest
    @Execution(ExecutionMode.CONCURRENT)
    @ValueSource(strings = {"publishing LOCATION/root.raw", "published LOCATION/root.raw"})
    void vdiCreateKilledAtEachStepLeavesAWholeVolumeOrNone(String step) throws Exception {
        XenApiClient before = start(null);
        createSr(before);
        agent.close();
        killDuring(step.replace("LOCATION", location().toString()), c -> createVdi(c, disks(c).get(0)));
        XenApiClient c = start(null);
        String sr = disks(c).get(0);
        List<Object> vdis = WireValues.asList(WireValues.asMap(c.callWithSession("SR.get_record", sr)).get("VDIs"));
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(location())) {
            s.forEach(p -> files.add(p.getFileName().toString()));
        }
        files.remove(".xenophilia-repository");
        if (vdis.isEmpty()) {
            assertEquals(List.of(), files, "an unlisted volume leaves nothing behind");
            createVdi(c, sr);
        } else {
            assertEquals(List.of("root.raw"), files, "a listed volume is whole, nothing else is left");
            Map<String, Object> v = WireValues.asMap(c.callWithSession("VDI.get_record", vdis.get(0)));
            assertEquals(SIZE, WireValues.asLong(v.get("virtual_size")));
            assertFalse(files.stream().anyMatch(f -> f.endsWith(".tmp")));
        }
    }

    /** @return the files of the repository but its mark: what the directory says the volumes are */
    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(location())) {
            return s.map(p -> p.getFileName().toString()).filter(f -> !f.equals(".xenophilia-repository")).sorted()
                    .toList();
        }
    }

    /** @return the VDIs' locations mapped to their records, as {@code VDI.get_all_records} has them */
    private static Map<String, Map<String, Object>> vdisByName(XenApiClient c) throws Exception {
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>();
        for (Object r : WireValues.asMap(c.callWithSession("VDI.get_all_records")).values()) {
            Map<String, Object> v = WireValues.asMap(r);
            out.put((String) v.get("name_label"), v);
        }
        return out;
    }

    /** @return the VDI of the volume root (references are this run's: an Agent's run mints its own) */
    private static Object root(XenApiClient c) throws Exception {
        return WireValues.asList(c.callWithSession("VDI.get_by_name_label", "root")).get(0);
    }

    /** An SR with one volume, root, whose first 3 MiB are written (so a copy has data to move). */
    private void rootWithData() throws Exception {
        XenApiClient before = start(null);
        createVdi(before, createSr(before));
        agent.close();
        byte[] data = new byte[3 << 20];
        java.util.Arrays.fill(data, (byte) 0x5a);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(location().resolve("root.raw").toFile(), "rw")) {
            f.write(data);
        }
    }

    @ParameterizedTest
    @Execution(ExecutionMode.CONCURRENT)
    @ValueSource(strings = {"copied 1 MiB to LOCATION/*", "copied 2 MiB to LOCATION/*",
        "publishing LOCATION/root-copy-*", "published LOCATION/root-copy-*"})
    void vdiCopyKilledAtEachStepLeavesAWholeCopyOrNone(String step) throws Exception {
        rootWithData();
        killDuring(step.replace("LOCATION", location().toString()), c -> c.callWithSession("VDI.copy", root(c),
                disks(c).get(0)));
        XenApiClient c = start(null);
        Map<String, Map<String, Object>> vdis = vdisByName(c);
        List<String> files = files();
        assertEquals(vdis.keySet().stream().map(n -> n + ".raw").sorted().toList(), files,
                "the directory and the VDIs agree");
        assertTrue(vdis.size() == 1 || vdis.size() == 2, vdis.keySet().toString());
        if (vdis.size() == 2) {
            String copy = files.stream().filter(f -> f.startsWith("root-copy-")).findFirst().orElseThrow();
            assertEquals(-1, Files.mismatch(location().resolve("root.raw"), location().resolve(copy)),
                    "a listed copy is whole");
        } else {
            String again = (String) c.callWithSession("VDI.copy", root(c), disks(c).get(0));
            assertEquals(SIZE, WireValues.asLong(c.callWithSession("VDI.get_virtual_size", again)));
        }
    }

    @ParameterizedTest
    @Execution(ExecutionMode.CONCURRENT)
    @ValueSource(strings = {"resizing LOCATION/root.raw", "resized LOCATION/root.raw"})
    void vdiResizeKilledAtEachStepLeavesTheOldSizeOrTheNew(String step) throws Exception {
        rootWithData();
        killDuring(step.replace("LOCATION", location().toString()), c -> c.callWithSession("VDI.resize", root(c),
                Long.toString(2 * SIZE)));
        XenApiClient c = start(null);
        Map<String, Map<String, Object>> vdis = vdisByName(c);
        assertEquals(List.of("root.raw"), files());
        long listed = WireValues.asLong(vdis.get("root").get("virtual_size"));
        assertTrue(listed == SIZE || listed == 2 * SIZE, "the old size or the new: " + listed);
        assertEquals(listed, Files.size(location().resolve("root.raw")), "the directory and the VDI agree");
        byte[] start = new byte[3 << 20];
        try (java.io.InputStream in = Files.newInputStream(location().resolve("root.raw"))) {
            assertEquals(start.length, in.readNBytes(start, 0, start.length));
        }
        for (byte b : start) {
            assertEquals((byte) 0x5a, b, "what the guest wrote is kept");
        }
    }
}
