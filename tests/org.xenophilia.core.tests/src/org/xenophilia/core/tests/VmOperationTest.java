package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.VmOperation;
import org.xenophilia.core.internal.Records;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;

/**
 * Which operations a VM record allows: its {@code allowed_operations} decide, whatever the power state; a record
 * without the field (an old server) falls back to the power state. Records as xapi sends them.
 */
class VmOperationTest {

    private static VmInfo vm(String powerState, List<String> allowedOperations) {
        Map<String, Object> record = new HashMap<>();
        record.put("uuid", "6b9d5a3e-0000-4000-8000-000000000001");
        record.put("name_label", "web01");
        record.put("power_state", powerState);
        record.put("domid", "running".equalsIgnoreCase(powerState) ? "7" : "-1");
        if (allowedOperations != null) {
            record.put("allowed_operations", allowedOperations.toArray());
        }
        return (VmInfo) Records.read("vm", Ref.of("OpaqueRef:0001"), record).orElseThrow();
    }

    private static Set<VmOperation> allowed(VmInfo vm) {
        return Arrays.stream(VmOperation.values()).filter(op -> op.isAllowed(vm)).collect(Collectors.toSet());
    }

    @Test
    void everyOperationHasXapisNameForIt() {
        assertEquals(List.of("start", "clean_shutdown", "clean_reboot", "pause", "unpause", "hard_shutdown",
                "hard_reboot"), Arrays.stream(VmOperation.values()).map(VmOperation::allowedOperation).toList());
    }

    @Test
    void theRecordsAllowedOperationsDecideNotThePowerState() {
        // xapi while a clean shutdown is in progress: the VM is still Running, but only the hard operations remain
        VmInfo shuttingDown = vm("Running", List.of("hard_shutdown", "hard_reboot", "snapshot"));
        assertEquals(Optional.of(Set.of("hard_shutdown", "hard_reboot", "snapshot")),
                shuttingDown.allowedOperations());
        assertEquals(Set.of(VmOperation.FORCE_OFF, VmOperation.FORCE_REBOOT), allowed(shuttingDown));

        // a VM that is Halted by its power state but that its node does not let start (e.g. a host in maintenance)
        assertEquals(Set.of(), allowed(vm("Halted", List.of())));
        // and names this Workbench has no operation for are no harm
        assertEquals(Set.of(VmOperation.START), allowed(vm("Halted", List.of("start", "start_on", "export"))));
    }

    @Test
    void aRecordWithoutTheFieldFallsBackToThePowerState() {
        VmInfo old = vm("Running", null);
        assertEquals(Optional.empty(), old.allowedOperations());
        assertEquals(Set.of(VmOperation.SHUTDOWN, VmOperation.REBOOT, VmOperation.PAUSE, VmOperation.FORCE_OFF,
                VmOperation.FORCE_REBOOT), allowed(old));
        assertEquals(Set.of(VmOperation.START), allowed(vm("Halted", null)));
        assertEquals(Set.of(VmOperation.RESUME, VmOperation.FORCE_OFF, VmOperation.FORCE_REBOOT),
                allowed(vm("Paused", null)));
        assertEquals(Set.of(VmOperation.FORCE_OFF), allowed(vm("Suspended", null)));
    }

    @Test
    void thePowerStateTableIsXapisWhenNothingElseStandsInTheWay() {
        assertTrue(VmOperation.START.appliesTo(VmPowerState.HALTED));
        assertFalse(VmOperation.START.appliesTo(VmPowerState.RUNNING));
        assertTrue(VmOperation.PAUSE.appliesTo(VmPowerState.RUNNING));
        assertFalse(VmOperation.PAUSE.appliesTo(VmPowerState.PAUSED));
        assertTrue(VmOperation.RESUME.appliesTo(VmPowerState.PAUSED));
        assertFalse(VmOperation.SHUTDOWN.appliesTo(VmPowerState.PAUSED));
        assertTrue(VmOperation.FORCE_OFF.appliesTo(VmPowerState.PAUSED));
        assertTrue(VmOperation.FORCE_OFF.appliesTo(VmPowerState.SUSPENDED));
        assertFalse(VmOperation.FORCE_OFF.appliesTo(VmPowerState.HALTED));
        assertFalse(VmOperation.REBOOT.appliesTo(null));
    }
}
