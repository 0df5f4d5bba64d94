package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * vCPUs against the host's CPUs, as {@code xl} has it on both backends: a VM may be defined and started with more
 * vCPUs than the host has CPUs ({@code xl create} does not check, unlike xapi's start), but {@code xl vcpu-set}
 * refuses to bring more vCPUs online than the host has CPUs ({@code HOST_NOT_ENOUGH_PCPUS [vcpus, pcpus]}), and the
 * host's CPU count is the one the records report. The simulated host has 8 CPUs; the xl host, the real xl 4.17
 * {@code xl info} capture replayed by {@link FakeXl}, has 2.
 */
class VcpuAccountingTest {

    private static final String WIDE = XlBackendTest.WEB.replace("<vcpus>1</vcpus>", "<vcpus>2</vcpus>")
            .replace("<maxvcpus>2</maxvcpus>", "<maxvcpus>16</maxvcpus>");

    @TempDir
    Path dir;
    AgentFixture f;
    XenApiClient op;
    String vm;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private void define() throws Exception {
        op = f.loggedIn(AgentFixture.OPERATOR);
        vm = (String) f.loggedIn(AgentFixture.ADMIN).callWithSession("Xenophilia.VM.create_from_xml",
                WIDE.formatted(XlBackendTest.UUID, 256));
    }

    private String hostCpuCount() throws Exception {
        String host = (String) WireValues.asList(op.callWithSession("host.get_all")).get(0);
        return (String) WireValues.asMap(op.callWithSession("host.get_cpu_info", host)).get("cpu_count");
    }

    private long vcpusOnline() throws Exception {
        Object metrics = op.callWithSession("VM.get_metrics", vm);
        return WireValues.asLong(op.callWithSession("VM_metrics.get_VCPUs_number", metrics));
    }

    private void assertOvercommitRefusedUpTo(int pcpus) throws Exception {
        assertEquals(Integer.toString(pcpus), hostCpuCount());
        Map<String, Object> r = WireValues.asMap(op.callWithSession("VM.get_record", vm));
        assertEquals(16, WireValues.asLong(r.get("VCPUs_max")), "more vCPUs than host CPUs may be defined ...");
        op.callWithSession("VM.start", vm, false, false);
        assertEquals("Running", op.callWithSession("VM.get_power_state", vm), "... and started");
        assertEquals(2, vcpusOnline());

        XenApiException e = assertThrows(XenApiException.class, () -> op.callWithSession(
                "VM.set_VCPUs_number_live", vm, Integer.toString(pcpus + 1)));
        assertEquals(ErrorCode.HOST_NOT_ENOUGH_PCPUS.code(), e.code(), e.getMessage());
        assertEquals(List.of(Integer.toString(pcpus + 1), Integer.toString(pcpus)), e.params());
        assertEquals(2, vcpusOnline(), "nothing changed");

        op.callWithSession("VM.set_VCPUs_number_live", vm, Integer.toString(pcpus));
        assertEquals(pcpus, vcpusOnline());
        op.callWithSession("VM.set_VCPUs_number_live", vm, "1");
        assertEquals(1, vcpusOnline());
        // above the VM's own maximum is refused before anything runs, as before
        e = assertThrows(XenApiException.class, () -> op.callWithSession("VM.set_VCPUs_number_live", vm, "17"));
        assertEquals(ErrorCode.INVALID_VALUE.code(), e.code());
    }

    @Test
    void theSimulatedHostRefusesWhatXlVcpuSetRefuses() throws Exception {
        f = new AgentFixture(dir.resolve("agent"));
        define();
        assertOvercommitRefusedUpTo(8);
    }

    @Test
    void theXlBackendAnswersXlsRefusalAsXapiDoes() throws Exception {
        FakeXl xl = FakeXl.install(dir.resolve("xl"));
        f = AgentFixture.onFakeXl(dir.resolve("agent"), xl);
        define();
        assertOvercommitRefusedUpTo(2);
        assertEquals(List.of(List.of("vcpu-set", "web", "3"), List.of("vcpu-set", "web", "2"),
                List.of("vcpu-set", "web", "1")), xl.invocations("vcpu-set"), "xl itself refused the 3");
    }
}
