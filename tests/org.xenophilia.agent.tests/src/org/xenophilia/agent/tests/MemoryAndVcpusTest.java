package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.internal.sim.SimulatedBackend;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/** The VM memory and vCPU setters, halted and live, on the simulated backend over TLS. */
class MemoryAndVcpusTest {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;
    AgentFixture f;
    XenApiClient op;
    String vm;

    @BeforeEach
    void start() throws Exception {
        f = new AgentFixture(dir);
        String uuid = UUID.randomUUID().toString();
        ((SimulatedBackend) f.agent.backend()).define(new DomainSpec(uuid, "web", "", GIB, 2 * GIB, 2, 4));
        op = f.loggedIn(AgentFixture.OPERATOR);
        vm = (String) op.callWithSession("VM.get_by_uuid", uuid);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private Map<String, Object> record() throws Exception {
        return WireValues.asMap(op.callWithSession("VM.get_record", vm));
    }

    private XenApiException fails(ErrorCode code, String method, Object... params) {
        XenApiException e = assertThrows(XenApiException.class, () -> op.callWithSession(method, params));
        assertEquals(code.code(), e.code(), e.getMessage());
        return e;
    }

    private static String bytes(long n) {
        return Long.toString(n);
    }

    @Test
    void haltedSettersChangeTheDefinition() throws Exception {
        op.callWithSession("VM.set_memory", vm, bytes(1536 * MIB));
        Map<String, Object> r = record();
        assertEquals(1536 * MIB, WireValues.asLong(r.get("memory_static_max")));
        assertEquals(1536 * MIB, WireValues.asLong(r.get("memory_dynamic_max")));
        assertEquals(1536 * MIB, WireValues.asLong(r.get("memory_dynamic_min")));

        op.callWithSession("VM.set_VCPUs_max", vm, "6");
        op.callWithSession("VM.set_VCPUs_at_startup", vm, "3");
        r = record();
        assertEquals(6, WireValues.asLong(r.get("VCPUs_max")));
        assertEquals(3, WireValues.asLong(r.get("VCPUs_at_startup")));
        fails(ErrorCode.INVALID_VALUE, "VM.set_VCPUs_at_startup", vm, "7");
        fails(ErrorCode.INVALID_VALUE, "VM.set_VCPUs_max", vm, "2"); // below VCPUs_at_startup
        fails(ErrorCode.INVALID_VALUE, "VM.set_memory", vm, bytes(GIB + 1)); // definitions keep whole MiB

        op.callWithSession("VM.set_memory_dynamic_range", vm, bytes(512 * MIB), bytes(GIB));
        assertEquals(GIB, WireValues.asLong(record().get("memory_dynamic_max")));
        XenApiException e = fails(ErrorCode.MEMORY_CONSTRAINT_VIOLATION, "VM.set_memory_dynamic_range", vm,
                bytes(GIB), bytes(512 * MIB));
        assertEquals(1, e.params().size());
        fails(ErrorCode.MEMORY_CONSTRAINT_VIOLATION, "VM.set_memory_dynamic_range", vm, bytes(GIB),
                bytes(2 * GIB)); // above static_max (1536 MiB)

        op.callWithSession("VM.start", vm, false, false);
        r = record();
        assertEquals(GIB, WireValues.asLong(r.get("memory_target")));
    }

    @Test
    void liveSettersNeedARunningVmAndKeepToItsLimits() throws Exception {
        XenApiException e = fails(ErrorCode.VM_BAD_POWER_STATE, "VM.set_VCPUs_number_live", vm, "3");
        assertEquals(List.of(vm, "Running", "Halted"), e.params());
        fails(ErrorCode.VM_BAD_POWER_STATE, "VM.set_memory_target_live", vm, bytes(GIB));

        op.callWithSession("VM.start", vm, false, false);
        op.callWithSession("VM.set_VCPUs_number_live", vm, "4");
        fails(ErrorCode.INVALID_VALUE, "VM.set_VCPUs_number_live", vm, "5");
        op.callWithSession("VM.set_memory_dynamic_range", vm, bytes(GIB), bytes(1536 * MIB));
        assertEquals(1536 * MIB, WireValues.asLong(record().get("memory_target")));
        op.callWithSession("VM.set_memory_target_live", vm, bytes(768 * MIB));
        assertEquals(768 * MIB, WireValues.asLong(record().get("memory_target")));

        e = fails(ErrorCode.VM_BAD_POWER_STATE, "VM.set_memory", vm, bytes(GIB));
        assertEquals(List.of(vm, "Halted", "Running"), e.params());
        fails(ErrorCode.VM_BAD_POWER_STATE, "VM.set_VCPUs_max", vm, "4");
        fails(ErrorCode.VM_BAD_POWER_STATE, "VM.set_VCPUs_at_startup", vm, "1");

        XenApiClient viewer = f.loggedIn(AgentFixture.VIEWER);
        e = assertThrows(XenApiException.class,
                () -> viewer.callWithSession("VM.set_memory_dynamic_range", vm, bytes(GIB), bytes(GIB)));
        assertEquals(ErrorCode.PERMISSION_DENIED.code(), e.code());
    }
}
