package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.VmOperation;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The Workbench offers a VM operation exactly when the node's VM record allows it: for VMs in every power state the
 * simulated Agent produces, the operations {@link VmOperation#isAllowed(VmInfo)} enables (what the Workbench's VM
 * commands are enabled by) are those named in the record's {@code allowed_operations}, as another client reads it
 * with {@code VM.get_record}. The record reaches the Workbench's model through {@code event.from}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VmOperationEnablementTest {

    NodeFixture f;
    NodeConnection c;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        f = new NodeFixture(dir);
        c = f.connected(null);
        try (XenApiClient other = f.otherClient()) {
            other.callWithSession("VM.start", NodeFixture.vmRef(other, "demo-web"), false, false);
            other.callWithSession("VM.start", NodeFixture.vmRef(other, "demo-db"), false, false);
            other.callWithSession("VM.pause", NodeFixture.vmRef(other, "demo-db"));
        }
    }

    @AfterAll
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void enabledOperationsAreTheRecordsAllowedOperationsInEveryPowerState() throws Exception {
        Map<String, VmPowerState> states = new LinkedHashMap<>();
        states.put("demo-build", VmPowerState.HALTED);
        states.put("demo-web", VmPowerState.RUNNING);
        states.put("demo-db", VmPowerState.PAUSED);
        for (Map.Entry<String, VmPowerState> e : states.entrySet()) {
            String name = e.getKey();
            Await.until(name + " " + e.getValue() + " in the model", () -> NodeFixture.vm(c, name).powerState()
                    == e.getValue(), () -> NodeFixture.names(c));
            Set<String> recordAllows;
            try (XenApiClient other = f.otherClient()) {
                Map<String, Object> record = WireValues.asMap(other.callWithSession("VM.get_record",
                        NodeFixture.vmRef(other, name)));
                recordAllows = WireValues.asList(record.get("allowed_operations")).stream().map(String::valueOf)
                        .collect(Collectors.toSet());
            }
            // the event with this record may arrive a moment after the call that read it
            Await.until(name + "'s allowed_operations in the model", () -> NodeFixture.vm(c, name)
                    .allowedOperations().equals(Optional.of(recordAllows)), () -> NodeFixture.vm(c, name).toString());

            VmInfo vm = NodeFixture.vm(c, name);
            Set<VmOperation> enabled = EnumSet.noneOf(VmOperation.class);
            Set<VmOperation> allowedByRecord = EnumSet.noneOf(VmOperation.class);
            for (VmOperation op : VmOperation.values()) {
                if (op.isAllowed(vm)) {
                    enabled.add(op);
                }
                if (recordAllows.contains(op.allowedOperation())) {
                    allowedByRecord.add(op);
                }
            }
            assertEquals(allowedByRecord, enabled, name + " (" + e.getValue() + "), record allows " + recordAllows);
            assertEquals(fromAgentsTable(e.getValue()), enabled, name + " (" + e.getValue() + ") against the Agent's"
                    + " table of which operation applies in which power state");
        }
    }

    /**
     * The Suspended column too, which the simulated Agent cannot produce: a record carrying what the Agent's one table
     * ({@link org.xenophilia.agent.backend.VmOperation}, which its API and both backends follow) allows in a power
     * state enables exactly the Workbench operations that table allows.
     */
    @Test
    void everyPowerStateEnablesWhatTheAgentsTableAllows() {
        for (VmPowerState state : VmPowerState.values()) {
            Set<String> allowed = Set.copyOf(org.xenophilia.agent.backend.VmOperation.allowedOperations(state));
            VmInfo vm = new VmInfo(Ref.of("OpaqueRef:vm"), "uuid", "vm", "", state, 0, 0, 1, 1, -1, List.of(),
                    Ref.NULL, List.of(), List.of(), false, false, Ref.NULL, Optional.of(allowed), null);
            Set<VmOperation> enabled = EnumSet.noneOf(VmOperation.class);
            for (VmOperation op : VmOperation.values()) {
                if (op.isAllowed(vm)) {
                    enabled.add(op);
                }
            }
            assertEquals(fromAgentsTable(state), enabled, state.toString());
        }
    }

    /** @return the Workbench operations the Agent's table allows in a power state */
    private static Set<VmOperation> fromAgentsTable(VmPowerState state) {
        Set<VmOperation> ops = EnumSet.noneOf(VmOperation.class);
        for (VmOperation op : VmOperation.values()) {
            org.xenophilia.agent.backend.VmOperation agents = org.xenophilia.agent.backend.VmOperation
                    .byXenApiName(op.allowedOperation()).orElseThrow(() -> new AssertionError(op
                            + " has no operation in the Agent's table: " + op.allowedOperation()));
            if (agents.allowedIn(state)) {
                ops.add(op);
            }
        }
        return ops;
    }
}
