package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.agent.backend.VmOperation;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The one table of which VM operation applies in which power state ({@link VmOperation}), checked cell by cell
 * against what a client sees: for every operation and every power state, the VM record's {@code allowed_operations}
 * and whether the API call is accepted or refused with {@code VM_BAD_POWER_STATE [vm, expected, actual]}, on the
 * simulated backend and on the xl backend (against {@link FakeXl}). The lifecycle and live calls reach the backend
 * without a check of the API layer, so what is seen of them is the backend's own acceptance.
 */
class VmOperationTableTest {

    private static final long MIB = 1L << 20;
    private static final String MEMORY = Long.toString(256 * MIB);

    /**
     * The table as decided: xapi's {@code allowed_power_states} where xl can do the same; live memory and vCPU changes
     * also on a paused domain (xl can); nothing on a suspended VM (no backend can resume it or discard its image).
     */
    private static final Map<String, Set<VmPowerState>> DECIDED = new LinkedHashMap<>();

    static {
        DECIDED.put("start", EnumSet.of(VmPowerState.HALTED));
        DECIDED.put("clean_shutdown", EnumSet.of(VmPowerState.RUNNING));
        DECIDED.put("hard_shutdown", EnumSet.of(VmPowerState.RUNNING, VmPowerState.PAUSED));
        DECIDED.put("clean_reboot", EnumSet.of(VmPowerState.RUNNING));
        DECIDED.put("hard_reboot", EnumSet.of(VmPowerState.RUNNING, VmPowerState.PAUSED));
        DECIDED.put("pause", EnumSet.of(VmPowerState.RUNNING));
        DECIDED.put("unpause", EnumSet.of(VmPowerState.PAUSED));
        DECIDED.put("changing_memory_live", EnumSet.of(VmPowerState.RUNNING, VmPowerState.PAUSED));
        DECIDED.put("changing_VCPUs_live", EnumSet.of(VmPowerState.RUNNING, VmPowerState.PAUSED));
        DECIDED.put("changing_dynamic_range", EnumSet.of(VmPowerState.HALTED, VmPowerState.RUNNING,
                VmPowerState.PAUSED));
        DECIDED.put("changing_memory_limits", EnumSet.of(VmPowerState.HALTED));
        DECIDED.put("changing_VCPUs", EnumSet.of(VmPowerState.HALTED));
        DECIDED.put("destroy", EnumSet.of(VmPowerState.HALTED));
    }

    @TempDir
    Path dir;
    AgentFixture f;
    XenApiClient admin;
    String vm;
    /** The VM's power state, as the operations made it. */
    VmPowerState current;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    /** The API calls of an operation, with their parameters after the VM: each must be accepted or refused. */
    private static List<Object[]> calls(VmOperation op) {
        return switch (op) {
            case START -> List.<Object[]>of(new Object[] {"VM.start", false, false});
            case CLEAN_SHUTDOWN -> List.<Object[]>of(new Object[] {"VM.clean_shutdown"});
            case HARD_SHUTDOWN -> List.<Object[]>of(new Object[] {"VM.hard_shutdown"});
            case CLEAN_REBOOT -> List.<Object[]>of(new Object[] {"VM.clean_reboot"});
            case HARD_REBOOT -> List.<Object[]>of(new Object[] {"VM.hard_reboot"});
            case PAUSE -> List.<Object[]>of(new Object[] {"VM.pause"});
            case UNPAUSE -> List.<Object[]>of(new Object[] {"VM.unpause"});
            case CHANGING_MEMORY_LIVE -> List.<Object[]>of(new Object[] {"VM.set_memory_target_live", MEMORY});
            case CHANGING_VCPUS_LIVE -> List.<Object[]>of(new Object[] {"VM.set_VCPUs_number_live", "1"});
            case CHANGING_DYNAMIC_RANGE -> List.<Object[]>of(new Object[] {"VM.set_memory_dynamic_range", MEMORY,
                MEMORY});
            case CHANGING_MEMORY_LIMITS -> List.<Object[]>of(new Object[] {"VM.set_memory", MEMORY});
            case CHANGING_VCPUS -> List.of(new Object[] {"VM.set_VCPUs_at_startup", "1"},
                    new Object[] {"VM.set_VCPUs_max", "2"});
            case DESTROY -> List.<Object[]>of(new Object[] {"VM.destroy"});
        };
    }

    @Test
    void theTableIsTheOneDecided() {
        Map<String, Set<VmPowerState>> table = new LinkedHashMap<>();
        for (VmOperation op : VmOperation.values()) {
            table.put(op.xenApiName(), EnumSet.copyOf(op.powerStates()));
            assertEquals(op, VmOperation.byXenApiName(op.xenApiName()).orElseThrow());
        }
        assertEquals(DECIDED, table);
        assertEquals(List.of(), VmOperation.allowedOperations(VmPowerState.SUSPENDED));
    }

    @Test
    void theSimulatedBackendAndTheRecordsFollowTheTable() throws Exception {
        f = new AgentFixture(dir);
        everyCell();
    }

    @Test
    void theXlBackendAndTheRecordsFollowTheTable() throws Exception {
        f = AgentFixture.onFakeXl(dir.resolve("agent"), FakeXl.install(dir.resolve("xl")));
        // xl shows no Suspended domain: a domain saved by xl save is gone from xl list, Halted to the backend
        everyCell();
    }

    @Test
    void nothingAppliesToASuspendedVm() throws Exception {
        // no backend makes a VM Suspended yet; the simulated one takes the state from its state file
        f = new AgentFixture(dir.resolve("first"));
        admin = f.loggedIn(AgentFixture.ADMIN);
        define();
        f.close();
        Path state = f.stateDir.resolve("simulated.properties");
        Files.writeString(state, Files.readString(state) + "domain." + XlBackendTest.UUID + ".state=Suspended\n");
        Path configDir = f.configDir;
        Path stateDir = f.stateDir;
        f = new AgentFixture(dir.resolve("second"), c -> c.configDir(configDir).stateDir(stateDir));
        admin = f.loggedIn(AgentFixture.ADMIN);
        vm = (String) admin.callWithSession("VM.get_by_uuid", XlBackendTest.UUID);
        current = VmPowerState.SUSPENDED;
        checkCells(VmPowerState.SUSPENDED);
    }

    private void define() throws Exception {
        vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(XlBackendTest.UUID, 256));
        current = VmPowerState.HALTED;
    }

    /** @return the power state an accepted operation leaves the VM in (a destroyed VM is defined again) */
    private static VmPowerState after(VmOperation op, VmPowerState before) {
        return switch (op) {
            case START, CLEAN_REBOOT, HARD_REBOOT, UNPAUSE -> VmPowerState.RUNNING;
            case CLEAN_SHUTDOWN, HARD_SHUTDOWN, DESTROY -> VmPowerState.HALTED;
            case PAUSE -> VmPowerState.PAUSED;
            default -> before;
        };
    }

    private void everyCell() throws Exception {
        admin = f.loggedIn(AgentFixture.ADMIN);
        define();
        for (VmPowerState s : List.of(VmPowerState.HALTED, VmPowerState.RUNNING, VmPowerState.PAUSED)) {
            bringTo(s);
            checkCells(s);
        }
    }

    /** In state {@code s}: the record advertises the table's row, and each call is accepted or refused as it says. */
    private void checkCells(VmPowerState s) throws Exception {
        Map<String, Object> record = WireValues.asMap(admin.callWithSession("VM.get_record", vm));
        assertEquals(s.wireName(), record.get("power_state"));
        assertEquals(VmOperation.allowedOperations(s), WireValues.asList(record.get("allowed_operations")),
                "allowed_operations when " + s.wireName());
        for (VmOperation op : VmOperation.values()) {
            for (Object[] call : calls(op)) {
                String method = (String) call[0];
                List<Object> params = new ArrayList<>(List.of(vm));
                params.addAll(List.of(call).subList(1, call.length));
                if (op.allowedIn(s)) {
                    admin.callWithSession(method, params.toArray());
                    current = after(op, s);
                    if (op == VmOperation.DESTROY) {
                        define();
                    }
                    bringTo(s);
                } else {
                    XenApiException e = assertThrows(XenApiException.class,
                            () -> admin.callWithSession(method, params.toArray()), method + " when " + s.wireName());
                    assertEquals(ErrorCode.VM_BAD_POWER_STATE.code(), e.code(), method + ": " + e.getMessage());
                    assertEquals(List.of(vm, op.powerStates().get(0).wireName(), s.wireName()), e.params(),
                            method + " when " + s.wireName());
                }
            }
        }
    }

    /**
     * Puts the VM in a power state with the fewest operations. The state it is in is known from the operations
     * accepted so far: were it another, the operation chosen here would be refused and the test would fail.
     */
    private void bringTo(VmPowerState s) throws Exception {
        if (current == s) {
            return;
        }
        switch (s) {
            case HALTED -> admin.callWithSession("VM.hard_shutdown", vm);
            case RUNNING -> {
                if (current == VmPowerState.PAUSED) {
                    admin.callWithSession("VM.unpause", vm);
                } else {
                    admin.callWithSession("VM.start", vm, false, false);
                }
            }
            case PAUSED -> {
                if (current == VmPowerState.RUNNING) {
                    admin.callWithSession("VM.pause", vm);
                } else {
                    admin.callWithSession("VM.start", vm, true, false);
                }
            }
            default -> throw new IllegalArgumentException(s.wireName());
        }
        current = s;
    }
}
