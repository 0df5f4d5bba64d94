package org.xenophilia.xenapi.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.Envelope;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;

class EnvelopeTest {

    @Test
    void successCarriesTheWireValue() throws Exception {
        Map<String, Object> s = Envelope.success(5L);
        assertEquals("Success", s.get("Status"));
        assertEquals("5", s.get("Value"));
        assertEquals("5", Envelope.unwrap(s));
        assertEquals("", Envelope.unwrap(Envelope.success(null)));
    }

    @Test
    void failureCarriesCodeAndParameters() {
        XenApiException e = ErrorCode.VM_BAD_POWER_STATE.exception("OpaqueRef:1", "Halted", "Running");
        Map<String, Object> f = Envelope.failure(e);
        assertEquals("Failure", f.get("Status"));
        assertArrayEquals(new Object[] {"VM_BAD_POWER_STATE", "OpaqueRef:1", "Halted", "Running"},
                (Object[]) f.get("ErrorDescription"));

        XenApiException back = assertThrows(XenApiException.class, () -> Envelope.unwrap(f));
        assertEquals("VM_BAD_POWER_STATE", back.code());
        assertEquals(List.of("OpaqueRef:1", "Halted", "Running"), back.params());
        assertTrue(back.is(ErrorCode.VM_BAD_POWER_STATE));
        assertEquals(Optional.of("Running"), back.param("actual"));
        assertEquals(Optional.of("Halted"), back.param("expected"));
    }

    @Test
    void unknownCodesAreCarriedToo() {
        Map<String, Object> f = Map.of("Status", "Failure", "ErrorDescription", new Object[] {"SR_BACKEND_FAILURE_1",
                "x"});
        XenApiException e = assertThrows(XenApiException.class, () -> Envelope.unwrap(f));
        assertEquals("SR_BACKEND_FAILURE_1", e.code());
        assertTrue(e.errorCode().isEmpty());
        assertEquals(Optional.empty(), e.param("anything"));
    }

    @Test
    void somethingElseIsAProtocolError() {
        assertThrows(XenApiProtocolException.class, () -> Envelope.unwrap("OpaqueRef:1"));
        assertThrows(XenApiProtocolException.class, () -> Envelope.unwrap(Map.of("Status", "Maybe")));
        assertThrows(XenApiProtocolException.class, () -> Envelope.unwrap(Map.of("Status", "Success")));
        assertThrows(XenApiProtocolException.class,
                () -> Envelope.unwrap(Map.of("Status", "Failure", "ErrorDescription", new Object[0])));
    }

    @Test
    void errorCodesCheckTheirParameterCount() {
        assertEquals(List.of("vm", "expected", "actual"), ErrorCode.VM_BAD_POWER_STATE.parameterNames());
        assertEquals(List.of("method", "expected", "received"),
                ErrorCode.MESSAGE_PARAMETER_COUNT_MISMATCH.parameterNames());
        assertEquals(List.of("needed", "available"), ErrorCode.HOST_NOT_ENOUGH_FREE_MEMORY.parameterNames());
        assertEquals(List.of(), ErrorCode.SESSION_AUTHENTICATION_FAILED.parameterNames());
        assertThrows(IllegalArgumentException.class, () -> ErrorCode.SESSION_INVALID.exception());
        assertEquals(ErrorCode.HANDLE_INVALID, ErrorCode.lookup("HANDLE_INVALID").orElseThrow());
        assertTrue(ErrorCode.known().containsKey("EVENT_FROM_TOKEN_PARSE_FAILURE"));
    }
}
