package com.example.storage.reflink.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's Workbench bundle installed into the unpacked product with its {@code install-plugin}, as its README
 * says: the Workbench resolves it against the storage bundle's API, reads its contribution to
 * {@code org.xenophilia.ui.storage.backendTypes} (the label from its plugin.properties, its icon), makes its page
 * as the New Storage Repository wizard does (created from the registry, controls on a real display), and the page
 * says what is wrong with what a user types and gives the Agent-side type's {@code device_config}. The Workbench
 * itself then starts with the bundle installed and logs nothing about it.
 */
class ReflinkWorkbenchPluginTest {

    private static final String POINT = "org.xenophilia.ui.storage.backendTypes";

    @TempDir
    Path tmp;

    @Test
    void theExampleBundleAddsTheReflinkPoolTypeToTheWorkbench() throws Exception {
        Path jar = Path.of(System.getProperty("reflink.ui.jar", "missing.jar"));
        assertTrue(Files.isRegularFile(jar), "build the example's Workbench bundle first: " + jar);
        UnpackedWorkbench wb = UnpackedWorkbench.unpack(tmp.resolve("wb"));
        wb.startAndExit();

        String installed = wb.installPlugin(0, jar);
        assertTrue(installed.contains("com.example.storage.reflink.ui 1.0.0."), installed);
        wb.installPlugin(0, wb.buildProbe(tmp, "1.0.0"));
        Path inputs = UnpackedWorkbench.lines(tmp.resolve("inputs.txt"), List.of(
                "\t",
                "/srv/xen/pool.img\t100G",
                "/dev/vg0/pool\t",
                "pool.img\t",
                "/srv/../etc/pool.img\t",
                "/srv/xen/pool.img\t100M",
                "/srv/xen/pool.img\tlots"));
        List<String> report = wb.probe(Map.of("point", POINT, "inputs", inputs.toString()));

        assertTrue(report.stream().anyMatch(l -> l.matches("bundle com\\.example\\.storage\\.reflink\\.ui 1\\.0\\.0\\."
                + "\\S+ (RESOLVED|STARTING|ACTIVE)")), "resolved: " + report);
        String contribution = report.stream().filter(l -> l.startsWith("contribution com.example.storage.reflink.ui"))
                .findFirst().orElseThrow(() -> new AssertionError("no contribution of the example: " + report));
        for (String attribute : List.of("type=reflink-pool", "label=Reflink pool (XFS)",
                "icon=icons/reflink-pool16.png", "page=com.example.storage.reflink.ui.ReflinkPoolPage")) {
            assertTrue(contribution.contains(attribute), attribute + " in " + contribution);
        }
        assertTrue(report.contains("icon-found true"), report.toString());
        String ui = "com.example.storage.reflink.ui";
        assertTrue(report.contains("page " + ui + " com.example.storage.reflink.ui.ReflinkPoolPage implements"
                + " org.xenophilia.ui.storage.StorageTypePage"), report.toString());
        assertTrue(report.contains("fields " + ui + " 2"), report.toString());
        assertEquals(List.of(
                "input 0 problem=Enter the pool: an image file or a block device of node1. config={image=}",
                "input 1 problem=null config={image=/srv/xen/pool.img, size=100G}",
                "input 2 problem=null config={image=/dev/vg0/pool}",
                "input 3 problem=Enter an absolute path, without . or .. in it. config={image=pool.img}",
                "input 4 problem=Enter an absolute path, without . or .. in it. config={image=/srv/../etc/pool.img}",
                "input 5 problem=A pool has at least 300M: XFS makes nothing smaller. config={image=/srv/xen/pool.img,"
                        + " size=100M}",
                "input 6 problem=Enter the size in bytes, or with K, M, G, T or P (e.g. 100G). config={image="
                        + "/srv/xen/pool.img, size=lots}"),
                report.stream().filter(l -> l.startsWith("input " + ui + " ")).map(l -> l.replace(ui + " ", ""))
                        .toList());
        assertTrue(report.contains("changed " + ui + " true"), "the page tells the wizard when a value changes: "
                + report);

        String log = wb.startAndExit();
        assertFalse(log.contains("com.example.storage.reflink.ui"), "the Workbench says nothing about it:\n" + log);
    }
}
