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
 * How a third party installs a Workbench plug-in: into the product unpacked from the reactor's archive, with the
 * product's {@code install-plugin} (the jar into {@code plugins/}, its line in {@code bundles.info}, the extension
 * registry's cache dropped), into a Workbench that has run before, as a user's has. A probe bundle, installed the same
 * way and run in the product instead of the Workbench's application, reports what the OSGi runtime made of it: the
 * bundle resolved and started, its plugin.xml read. An upgrade replaces the earlier version; a jar that is not a
 * bundle changes nothing.
 */
class WorkbenchInstallTest {

    @TempDir
    Path tmp;

    @Test
    void aPlugInInstalledWithTheProductsScriptIsResolvedAndReadAtTheNextStart() throws Exception {
        UnpackedWorkbench wb = UnpackedWorkbench.unpack(tmp.resolve("wb"));
        wb.startAndExit(); // a Workbench that has run: its configuration (and the registry's cache) exists
        List<String> before = wb.bundlesInfo();

        String installed = wb.installPlugin(0, wb.buildProbe(tmp, "1.0.0"));
        assertTrue(installed.contains("com.example.workbench.probe 1.0.0 installed"), installed);
        assertTrue(Files.isRegularFile(wb.home().resolve("plugins/com.example.workbench.probe_1.0.0.jar")));
        List<String> after = wb.bundlesInfo();
        assertEquals(before.size() + 1, after.size());
        assertEquals("com.example.workbench.probe,1.0.0,plugins/com.example.workbench.probe_1.0.0.jar,4,false",
                after.get(after.size() - 1));
        assertEquals(before, after.subList(0, before.size()), "the product's own lines as they were");

        List<String> report = wb.probe(Map.of());
        assertTrue(report.contains("bundle com.example.workbench.probe 1.0.0 ACTIVE"), report.toString());

        // an upgrade replaces the earlier version, its line and its jar
        wb.installPlugin(0, wb.buildProbe(tmp, "1.0.1"));
        assertEquals(1, wb.bundlesInfo().stream().filter(l -> l.startsWith("com.example.workbench.probe,")).count());
        assertTrue(wb.bundlesInfo().contains("com.example.workbench.probe,1.0.1,"
                + "plugins/com.example.workbench.probe_1.0.1.jar,4,false"));
        assertFalse(Files.exists(wb.home().resolve("plugins/com.example.workbench.probe_1.0.0.jar")));
        assertTrue(wb.probe(Map.of()).contains("bundle com.example.workbench.probe 1.0.1 ACTIVE"));

        // a jar without a bundle's manifest is refused and changes nothing
        Path notABundle = tmp.resolve("notes.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(notABundle))) {
            out.putNextEntry(new java.util.jar.JarEntry("notes.txt"));
        }
        List<String> listed = wb.bundlesInfo();
        String refused = wb.installPlugin(1, notABundle);
        assertTrue(refused.contains("not a jar with a manifest") || refused.contains("not an OSGi bundle"), refused);
        assertEquals(listed, wb.bundlesInfo());
    }
}
