package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xenophilia.core.VmOperation;
import org.xenophilia.core.XenApiErrorMessages;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.UntrustedCertificateException;

/** Every XenAPI error code {@link XenApiErrorMessages} turns into words, with the parameters as xapi sends them. */
class XenApiErrorMessagesTest {

    private static String start(String code, String... params) {
        return XenApiErrorMessages.operationFailed(VmOperation.START, "web01", "alpha",
                new XenApiException(code, List.of(params)));
    }

    @Test
    void notEnoughFreeMemory() {
        assertEquals("Cannot start web01: node alpha has 512 MiB free, web01 needs 1024 MiB",
                start("HOST_NOT_ENOUGH_FREE_MEMORY", "1073741824", "536870912"));
        assertEquals("Cannot start web01: node alpha has 0.5 MiB free, web01 needs 1.5 MiB",
                start("HOST_NOT_ENOUGH_FREE_MEMORY", "1572864", "524288"));
    }

    @Test
    void badPowerStateInTheAgentsAndInXapisSpelling() {
        assertEquals("Cannot start web01: web01 is Running, expected Halted",
                start("VM_BAD_POWER_STATE", "OpaqueRef:1", "Halted", "Running"));
        assertEquals("Cannot pause web01: web01 is Halted, expected Running",
                XenApiErrorMessages.operationFailed(VmOperation.PAUSE, "web01", "alpha",
                        new XenApiException("VM_BAD_POWER_STATE", List.of("OpaqueRef:1", "running", "halted"))));
    }

    @Test
    void notEnoughPhysicalCpus() {
        assertEquals("Cannot start web01: web01 has 16 vCPUs, node alpha only 8 physical CPUs",
                start("HOST_NOT_ENOUGH_PCPUS", "16", "8"));
    }

    @Test
    void vmGone() {
        assertEquals("Cannot start web01: web01 no longer exists on node alpha",
                start("HANDLE_INVALID", "VM", "OpaqueRef:1"));
        assertEquals("Cannot start web01: web01 no longer exists on node alpha",
                start("UUID_INVALID", "VM", "0f6c..."));
    }

    @Test
    void permissionAndSession() {
        assertEquals("Cannot start web01: the user's role on node alpha does not allow VM.start (an operator or admin"
                + " role is needed)", start("PERMISSION_DENIED", "VM.start"));
        assertEquals("Cannot start web01: node alpha refused the user name or password",
                start("SESSION_AUTHENTICATION_FAILED"));
        assertEquals("Cannot start web01: the session on node alpha has expired; try again",
                start("SESSION_INVALID", "OpaqueRef:9"));
    }

    @Test
    void notAllowedInvalidUnknownInternal() {
        assertEquals("Cannot start web01: node alpha does not allow it: vm is a template",
                start("OPERATION_NOT_ALLOWED", "vm is a template"));
        assertEquals("Cannot start web01: node alpha refused 99 as VCPUs_number",
                start("INVALID_VALUE", "VCPUs_number", "99"));
        assertEquals("Cannot start web01: node alpha does not support VM.start",
                start("MESSAGE_METHOD_UNKNOWN", "VM.start"));
        assertEquals("Cannot start web01: node alpha failed internally: disk full",
                start("INTERNAL_ERROR", "disk full"));
    }

    @Test
    void anyOtherCodeKeepsItsCodeAndNamedParameters() {
        assertEquals("Cannot start web01: node alpha answered SR_BACKEND_FAILURE_44 (x, y)",
                start("SR_BACKEND_FAILURE_44", "x", "y"));
        assertEquals("MEMORY_CONSTRAINT_VIOLATION (constraint static_min <= dynamic_min)",
                XenApiErrorMessages.describe(new XenApiException("MEMORY_CONSTRAINT_VIOLATION",
                        List.of("static_min <= dynamic_min"))));
    }

    @Test
    void transportFailures() {
        assertEquals("Cannot shut down web01: node alpha cannot be reached (Connection refused)",
                XenApiErrorMessages.operationFailed(VmOperation.SHUTDOWN, "web01", "alpha",
                        (IOException) new ConnectException("Connection refused")));
        assertEquals("Cannot start web01: the certificate of node alpha is not the trusted one (pinned AA:BB); it"
                + " presented CC:DD", XenApiErrorMessages.operationFailed(VmOperation.START, "web01", "alpha",
                        new UntrustedCertificateException("AA:BB", "CC:DD", null)));
    }
}
