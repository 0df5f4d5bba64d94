package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.AgentConfig;
import org.xenophilia.agent.Xenophiliad;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Hypervisor backends are plug-ins found with {@link java.util.ServiceLoader}: a third party's jar, compiled here
 * against the Agent's exported API only and named in its {@code META-INF/services}, is put on the class path of a real
 * {@code xenophiliad} process, which then runs on it with {@code --backend example} and its own setting
 * {@code example.vm-name}.
 */
class BackendPluginTest {

    /** A read-only backend that reports one running VM, named by its setting. */
    private static final String SOURCE = """
            package com.example.xenophilia;

            import java.nio.file.Path;
            import java.util.List;
            import java.util.Optional;
            import java.util.Set;

            import org.xenophilia.agent.backend.BackendException;
            import org.xenophilia.agent.backend.DomainSpec;
            import org.xenophilia.agent.backend.DomainState;
            import org.xenophilia.agent.backend.HostInfo;
            import org.xenophilia.agent.backend.HypervisorBackend;
            import org.xenophilia.agent.backend.HypervisorBackendFactory;
            import org.xenophilia.agent.backend.PluginContext;
            import org.xenophilia.domain.Domain;
            import org.xenophilia.xenapi.VmPowerState;

            public final class ExampleBackendFactory implements HypervisorBackendFactory {
                static final String UUID = "0e7a3c2b-5d4f-4b1a-9c8e-7f6a5b4c3d2e";

                public String name() {
                    return "example";
                }

                public String description() {
                    return "an example third-party backend with one VM";
                }

                public Set<String> settingKeys() {
                    return Set.of("vm-name");
                }

                public void checkSetting(String key, String value) {
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("a VM needs a name");
                    }
                }

                public HypervisorBackend open(PluginContext context) {
                    Domain vm = new DomainSpec(UUID, context.setting("vm-name", "example-vm"), "reported by a plug-in",
                            512L << 20, 512L << 20, 1, 1).toDomain();
                    return new Backend(vm, context.stateDir());
                }

                static final class Backend implements HypervisorBackend {
                    private final Domain vm;
                    private final Path stateDir;

                    Backend(Domain vm, Path stateDir) {
                        this.vm = vm;
                        this.stateDir = stateDir;
                    }

                    public String name() {
                        return "example";
                    }

                    public HostInfo hostInfo() {
                        return new HostInfo("example-host", 8L << 30, 4L << 30, 4, 1, "", "", 1000, "example");
                    }

                    public List<DomainState> domains() {
                        return List.of(new DomainState(org.eclipse.emf.ecore.util.EcoreUtil.copy(vm),
                                VmPowerState.RUNNING, 7, 512L << 20, 1));
                    }

                    public Optional<DomainState> domain(String uuid) {
                        return domains().stream().filter(d -> d.uuid().equals(uuid)).findFirst();
                    }

                    private BackendException readOnly(String what) {
                        return BackendException.failed("the example backend cannot " + what + " (state in "
                                + stateDir + ")");
                    }

                    public DomainState define(Domain d) throws BackendException {
                        throw readOnly("define");
                    }

                    public DomainState redefine(Domain d) throws BackendException {
                        throw readOnly("redefine");
                    }

                    public void undefine(String uuid) throws BackendException {
                        throw readOnly("undefine");
                    }

                    public void start(String uuid, boolean paused) throws BackendException {
                        throw readOnly("start");
                    }

                    public void shutdown(String uuid, boolean hard) throws BackendException {
                        throw readOnly("shut down");
                    }

                    public void reboot(String uuid, boolean hard) throws BackendException {
                        reboot(uuid, !hard); // a plug-in's bug: it recurses until its stack overflows
                    }

                    public void pause(String uuid) throws BackendException {
                        throw readOnly("pause");
                    }

                    public void unpause(String uuid) throws BackendException {
                        throw readOnly("unpause");
                    }

                    public void setMemory(String uuid, long bytes) throws BackendException {
                        throw readOnly("set memory");
                    }

                    public void setVcpus(String uuid, int vcpus) throws BackendException {
                        throw readOnly("set vCPUs");
                    }

                    public void close() {
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    /** Compiles the example against the Agent's jars and packs it with its services file, as a third party would. */
    private Path exampleJar() throws IOException {
        return PluginJars.make(dir, "example-backend.jar", "com.example.xenophilia",
                Map.of("ExampleBackendFactory", SOURCE), "org.xenophilia.agent.backend.HypervisorBackendFactory");
    }

    private String[] with(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--config", dir.resolve("etc/agent.conf").toString(),
                "--state-dir", dir.resolve("state").toString(), "--listen", "127.0.0.1:0")).toArray(String[]::new);
    }

    @Test
    void theAgentRunsOnABackendFromAThirdPartysJar() throws Exception {
        Path jar = exampleJar();
        assertEquals(0, AgentProcess.run("admin-password\n", "user", "add", "adm", "--role", "admin", "--iterations",
                "20000", "--config", dir.resolve("etc/agent.conf").toString()).exitValue());
        Files.writeString(dir.resolve("etc/agent.conf"), "example.vm-name = plugged-in\n");

        // without the jar there is no such backend, nor its settings
        AgentProcess without = AgentProcess.run(null, with("serve", "--backend", "example"));
        assertEquals(Xenophiliad.EXIT_USAGE, without.exitValue(), without.output());
        assertTrue(without.output().contains("unknown setting 'example.vm-name'"), without.output());

        AgentProcess help = AgentProcess.runWithPlugins(List.of(jar), null, "--help");
        assertTrue(help.output().contains("example") && help.output().contains("example.vm-name"), help.output());

        try (AgentProcess serve = AgentProcess.startWithPlugins(List.of(jar), null, with("serve", "--backend",
                "example"));
                XenApiClient c = CrashSafetyTest.connect(serve)) {
            Map<String, Object> vms = WireValues.asMap(c.callWithSession("VM.get_all_records"));
            assertEquals(2, vms.size(), "the plug-in's VM and the control domain");
            String vm = WireValues.asList(c.callWithSession("VM.get_by_name_label", "plugged-in")).get(0).toString();
            Map<String, Object> r = WireValues.asMap(vms.get(vm));
            assertEquals("Running", r.get("power_state"));
            assertEquals(7, WireValues.asLong(r.get("domid")));
            assertEquals("reported by a plug-in", r.get("name_description"));
            String host = WireValues.asList(c.callWithSession("host.get_all")).get(0).toString();
            Map<String, Object> software = WireValues.asMap(WireValues.asMap(c.callWithSession("host.get_record",
                    host)).get("software_version"));
            assertEquals("example", software.get("backend"));
            // operations reach it
            XenApiException e = assertThrows(XenApiException.class, () -> c.callWithSession("VM.pause", vm));
            assertEquals(ErrorCode.INTERNAL_ERROR.code(), e.code());
            assertTrue(e.params().get(0).startsWith("the example backend cannot pause"), e.getMessage());
            // a plug-in's Error fails the call with an answer, and the Agent serves on
            for (String op : List.of("VM.clean_reboot", "VM.hard_reboot")) {
                e = assertThrows(XenApiException.class, () -> c.callWithSession(op, vm));
                assertEquals(List.of(ErrorCode.INTERNAL_ERROR.code(), "java.lang.StackOverflowError"),
                        e.errorDescription(), op);
            }
            assertEquals("Running", c.callWithSession("VM.get_power_state", vm));
        }
    }

    @Test
    void backendsAndTheirSettingsAreCheckedAgainstThoseFound() throws Exception {
        AgentConfig c = AgentConfig.load(dir.resolve("none.conf"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.set("backend", "qemu"));
        assertEquals("unknown backend 'qemu' (found: simulated, xl)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.set("xl.pth", "/usr/sbin/xl"));
        assertEquals("unknown setting 'xl.pth' (xl has xl.command-timeout, xl.path, xl.poll-interval,"
                + " xl.shutdown-timeout)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.set("qemu.path", "/usr/bin/qemu"));
        assertEquals("unknown setting 'qemu.path'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.set("xl.command-timeout", "soon"));
        assertEquals("xl.command-timeout: not a number: soon", e.getMessage());
        // a setting of a backend other than the one chosen is still checked, and kept for it
        c.set("backend", "simulated").set("xl.path", "/opt/xen/bin/xl");
        assertEquals(Map.of("path", "/opt/xen/bin/xl"), c.pluginSettings("xl"));
        // the earlier name of simulated.demo-domains is still read
        c.set("simulated-demo-domains", "true");
        assertEquals(Map.of("demo-domains", "true"), c.pluginSettings("simulated"));
        assertThrows(IllegalArgumentException.class, () -> c.set("simulated-demo-domains", "maybe"));
    }
}
