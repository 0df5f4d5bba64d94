package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real client nobody here wrote: Xen Orchestra's XenAPI library, the npm package {@code xen-api} (the version
 * pinned in {@code releng/xen-orchestra-client/package-lock.json}), runs {@code scenario.mjs} against a real Agent
 * process on the simulated backend, over TLS with the Agent's certificate verified: it logs in, fills its object
 * cache through its event watch, starts a VM and sees it running through events, shuts it down as a task, and gets
 * xapi's error codes for refused calls. With its automatic choice of wire (as Xen Orchestra runs it: JSON-RPC on
 * {@code /jsonrpc} first) and with each wire forced. Needs Node.js 18.17 or later and npm (see README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XenOrchestraClientTest {

    private static final String PASSWORD = "orchestra-passw0rd";

    @TempDir
    static Path dir;
    AgentProcess agent;
    String url;
    String fingerprint;

    @BeforeAll
    void start() throws Exception {
        String[] files = {"--config", dir.resolve("etc/agent.conf").toString(), "--state-dir",
                dir.resolve("state").toString()};
        AgentProcess add = AgentProcess.run(PASSWORD + "\n", concat(new String[] {"user", "add", "xo", "--role",
                "operator", "--iterations", "20000"}, files));
        assertEquals(0, add.exitValue(), add.output());
        Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        agent = AgentProcess.start(null, concat(new String[] {"serve", "--listen", "127.0.0.1:0", "--demo-domains"},
                files));
        String fp = agent.awaitLine("xenophiliad: certificate SHA-256 fingerprint ", 120);
        fingerprint = fp.substring(fp.lastIndexOf(' ') + 1);
        url = agent.awaitLine("xenophiliad: serving XenAPI on ", 120).split(" ")[4];
    }

    @AfterAll
    void stop() {
        if (agent != null) {
            agent.close();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @ParameterizedTest(name = "transport {0} talks {1}")
    @CsvSource({"auto, JSON-RPC, demo-web", "json-rpc, JSON-RPC, demo-db", "xml-rpc, XML-RPC, demo-build"})
    void xenOrchestrasClientManagesTheAgent(String transport, String wire, String vm) throws Exception {
        String out = runScenario(transport, vm);
        for (String line : List.of("ok connected and logged in", "ok the event watch filled the object cache (4 VMs",
                "ok VM.get_all_records lists the VMs of the cache", "ok one control domain",
                "ok unpausing a halted VM is refused with the XenAPI error VM_BAD_POWER_STATE",
                "ok an unknown method is refused with the XenAPI error MESSAGE_METHOD_UNKNOWN",
                "ok " + vm + " shows as Running in the cache, through events",
                "ok starting it again is refused with the XenAPI error VM_BAD_POWER_STATE",
                "ok an asynchronous hard shutdown finished as a task watched through events",
                "ok " + vm + " shows as Halted in the cache",
                "PASSED transport=" + transport + " wire=" + wire + " vms=4")) {
            assertTrue(out.contains(line), "'" + line + "' missing from:\n" + out);
        }
    }

    private String runScenario(String transport, String vm) throws IOException, InterruptedException {
        Path repo = Path.of(System.getProperty("xenophilia.repo"));
        List<String> cmd = new ArrayList<>(List.of(repo.resolve("releng/xen-orchestra-client/run.sh").toString(),
                "--work", repo.resolve("tests/org.xenophilia.agent.tests/target/xen-orchestra-client").toString(),
                "--url", url, "--fingerprint", fingerprint, "--user", "xo", "--password-file",
                dir.resolve("password").toString(), "--transport", transport, "--vm", vm, "--timeout", "60"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the scenario did not end:\n" + out);
        assertEquals(0, p.exitValue(), "the scenario failed (exit 3: Node.js/npm missing or npm ci failed):\n"
                + out);
        return out;
    }
}
