package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * An image deployed on the {@code xl} backend, against {@link FakeXl} (the boundary double replaying xl 4.17's
 * captures), in a real {@code xenophiliad} process with the {@code file} storage backend and a third party's deployer
 * ({@link ExampleDeployer}): the started domain's xl.cfg boots it with pygrub from the new volume, whose target it
 * names, and {@code xl create} ran it.
 */
class XlImageDeployTest {

    @TempDir
    Path dir;
    private AgentProcess agent;

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void aDeployedDomainBootsWithPygrubFromItsNewVolume() throws Exception {
        Path conf = dir.resolve("etc/agent.conf");
        assertEquals(0, AgentProcess.run("a-long-password\n", "user", "add", "adm", "--role", "admin",
                "--iterations", "20000", "--config", conf.toString()).exitValue());
        FakeXl xl = FakeXl.install(dir.resolve("xl"));
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.write(images.resolve("tiny.img"), new byte[(int) (2 * VolumeCalls.MIB)]);
        Files.writeString(conf, "xl.path = " + xl.executable + "\nxl.poll-interval = 3600000\n"
                + ExampleDeployer.NAME + ".directory = " + images + "\n");
        Path jar = ExampleDeployer.jar(Files.createDirectories(dir.resolve("plugin")), "1.0");
        agent = AgentProcess.startWithPlugins(List.of(StorageApiTest.fileBackendJar(), jar), null, "serve",
                "--backend", "xl", "--config", conf.toString(), "--state-dir", dir.resolve("state").toString(),
                "--listen", "127.0.0.1:0");
        XenApiClient admin = agent.client();
        admin.login("adm", "a-long-password");
        Path location = dir.resolve("disks");
        String sr = new VolumeCalls(admin).sr(location, "disks");

        String vm = (String) admin.callWithSession("Xenophilia.image.deploy", Map.of("image", "tiny:1", "SR", sr,
                "name_label", "deployed", "start", true));
        assertEquals("Running", admin.callWithSession("VM.get_power_state", vm));
        String uuid = (String) admin.callWithSession("VM.get_uuid", vm);
        String cfg = Files.readString(dir.resolve("state/xl/" + uuid + ".cfg"));
        assertTrue(cfg.contains("bootloader = \"pygrub\""), cfg);
        assertTrue(cfg.contains("--kernel=/boot/vmlinuz"), cfg);
        assertTrue(cfg.contains("target=" + location.resolve("deployed.raw") + "\""), cfg);
        assertEquals(1, xl.invocations("create").size(), xl.invocations().toString());
    }
}
