package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.internal.sim.SimulatedBackend;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * A real client nobody here wrote: the XenServer Java SDK 8.1.0 (on the patched XML-RPC 4.0.0 jars) against a real
 * Agent over TLS, in its own JVM (see {@link SdkScenario}).
 */
class SdkCompatibilityTest {

    @TempDir
    Path dir;

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void xenServerSdkLogsInListsStartsStopsAndSeesEvents() throws Exception {
        try (AgentFixture f = new AgentFixture(dir)) {
            ((SimulatedBackend) f.agent.backend()).define(new DomainSpec(UUID.randomUUID().toString(), "sdk-vm",
                    "", 256L << 20, 512L << 20, 1, 2));
            // a halted VM with a disk and a vif, so that there are network, SR and VDI records to read
            try (XenApiClient admin = f.loggedIn(AgentFixture.ADMIN)) {
                admin.callWithSession("Xenophilia.VM.create_from_xml",
                        XlBackendTest.WEB.formatted(UUID.randomUUID().toString(), 256));
            }
            ClassLoader client = XenApiClient.class.getClassLoader();
            Set<String> cp = new LinkedHashSet<>();
            cp.add(location(SdkScenario.class));
            cp.add(location(com.xensource.xenapi.Connection.class));
            cp.add(location(XenApiClient.class));
            cp.add(location(Class.forName("org.apache.xmlrpc.client.XmlRpcClient", false, client)));
            cp.add(location(Class.forName("org.apache.ws.commons.util.Base64", false, Class.forName(
                    "org.apache.xmlrpc.client.XmlRpcClient", false, client).getClassLoader())));
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", String.join(File.pathSeparator, cp), SdkScenario.class.getName(),
                    f.uri().toString(), f.agent.fingerprint(), AgentFixture.OPERATOR, AgentFixture.PASSWORD,
                    "sdk-vm"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            for (String line : List.of("login ok", "vm sdk-vm Halted memory 536870912 vcpus 2",
                    "event mod vm sdk-vm Running", "second start refused: expected Halted actual Running",
                    "event mod vm sdk-vm Halted", "control domain Running domid 0", "network xenbr0 bridge xenbr0 MTU 1500",
                    "VDI web.img type USER SR Image files", "VBD xvda VDI web.img", "VIF 0 network xenbr0",
                    "task Async.VM.start SUCCESS progress 1.0", "task Async.VM.unpause FAILURE VM_BAD_POWER_STATE",
                    "done")) {
                assertTrue(out.contains(line), "'" + line + "' missing from:\n" + out);
            }
        }
    }
}
