package org.xenophilia.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.xenophilia.storage.Capability;
import org.xenophilia.storage.StorageApi;
import org.xenophilia.storage.StorageFailure;

/** The version rule a plug-in author relies on, and the names xapi's clients know. */
public class StorageApiTest {

    @Test
    public void aBackendRunsIfBuiltForTheSameMajorVersionAndNoLaterMinor() {
        assertTrue(StorageApi.runs("1.0"), "a backend built for 1.0 runs on every 1.x Agent");
        assertTrue(StorageApi.runs("1.1"));
        assertFalse(StorageApi.runs("1.2"), "built against API additions this Agent does not have");
        assertFalse(StorageApi.runs("2.0"));
        assertFalse(StorageApi.runs("0.9"));
        assertFalse(StorageApi.runs(null));
        assertFalse(StorageApi.runs("1"));
        assertFalse(StorageApi.runs("one.zero"));
    }

    @Test
    public void theVersionIsTheExportedPackagesVersion() throws IOException {
        Manifest m;
        Path repo = Path.of(System.getProperty("xenophilia.repo", "../.."));
        Path manifest = repo.resolve("bundles/org.xenophilia.storage/META-INF/MANIFEST.MF");
        try (InputStream in = Files.newInputStream(manifest)) {
            m = new Manifest(in);
        }
        String exported = m.getMainAttributes().getValue("Export-Package");
        assertTrue(exported.contains("org.xenophilia.storage;version=\"" + StorageApi.VERSION + ".0\""), exported);
    }

    @Test
    public void failuresAndCapabilitiesCarryXapisNames() {
        assertEquals("SR_BACKEND_FAILURE_44", StorageFailure.INSUFFICIENT_SPACE.xapiCode());
        assertEquals("SR_BACKEND_FAILURE_79", StorageFailure.SIZE_INVALID.xapiCode());
        assertEquals("VDI_RESIZE", Capability.RESIZE.xapiFeature().orElseThrow());
        assertEquals("THIN_PROVISIONING", Capability.THIN_PROVISIONING.xapiFeature().orElseThrow());
        assertTrue(Capability.SHARED.xapiFeature().isEmpty(), "shared is an SR field in xapi, not a feature");
    }
}
