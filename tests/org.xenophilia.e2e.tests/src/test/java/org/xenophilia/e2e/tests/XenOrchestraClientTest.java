package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Xen Orchestra's XenAPI library (the npm package {@code xen-api}, run by {@code releng/xen-orchestra-client}) against
 * the Agent's xl backend on a real Xen, over JSON-RPC as Xen Orchestra chooses it: it logs in with the Agent's
 * certificate verified, fills its object cache through events, starts a guest and sees it running through events,
 * hard-shuts it down as a task, and gets xapi's error codes; each state is checked in {@code xl list} too.
 */
class XenOrchestraClientTest extends RealXenTest {

    private static final String NAME = "e2e-xo";

    XenOrchestraClientTest() {
        super(NAME);
    }

    @Test
    void xenOrchestrasClientStartsAndStopsAGuestOnRealXen() throws Exception {
        try (XenApiClient admin = xen.admin()) {
            admin.callWithSession("Xenophilia.VM.import_xl_cfg",
                    RealXen.guestCfg(NAME, 96, 96, "192.168.77.42", "", RealXen.GUEST_KERNEL, ""));
        }
        Path work = Path.of("target/xen-orchestra-client").toAbsolutePath();
        List<String> cmd = List.of(xen.harness.resolveSibling("xen-orchestra-client").resolve("run.sh").toString(),
                "--work", work.toString(), "--url", xen.url.toString(), "--fingerprint", xen.fingerprint,
                "--user", xen.user, "--password-file", System.getProperty("xenophilia.e2e.passwordFile"),
                "--transport", "auto", "--vm", NAME, "--timeout", String.valueOf(RealXen.STATE_TIMEOUT.toSeconds()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(900, TimeUnit.SECONDS), "the scenario did not end:\n" + out);
        System.out.println(out);
        assertEquals(0, p.exitValue(), "Xen Orchestra's client failed:\n" + out);
        for (String line : List.of("ok the event watch filled the object cache",
                "ok " + NAME + " shows as Running in the cache, through events",
                "ok it runs on the pool master with a domid",
                "ok starting it again is refused with the XenAPI error VM_BAD_POWER_STATE",
                "ok an asynchronous hard shutdown finished as a task watched through events",
                "ok " + NAME + " shows as Halted in the cache", "PASSED transport=auto wire=JSON-RPC")) {
            assertTrue(out.contains(line), "'" + line + "' missing from:\n" + out);
        }
        assertNull(xen.xlState(NAME), NAME + " is still known to xl after Xen Orchestra's hard shutdown");
    }
}
