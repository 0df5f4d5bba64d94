package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * A start that {@code xl create} refuses because another domain on the host, one the Agent does not manage, has the
 * VM's name: the real xl 4.17 answer ({@code xl-create-duplicate-name.txt}, exit 3, replayed by {@link FakeXl}) is a
 * typed error, and nothing changes.
 */
class XlDuplicateNameTest {

    @TempDir
    Path dir;
    AgentFixture f;
    FakeXl xl;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aNameTakenOnTheHostIsATypedErrorAndChangesNothing() throws Exception {
        xl = FakeXl.install(dir.resolve("xl"));
        f = AgentFixture.onFakeXl(dir.resolve("agent"), xl);
        XenApiClient admin = f.loggedIn(AgentFixture.ADMIN);
        XenApiClient op = f.loggedIn(AgentFixture.OPERATOR);
        String vm = (String) admin.callWithSession("Xenophilia.VM.create_from_xml",
                XlBackendTest.WEB.formatted(XlBackendTest.UUID, 256));
        String definition = (String) op.callWithSession("Xenophilia.VM.get_xml", vm);

        // an administrator created a domain called "web" by hand, with a uuid of its own
        Path byHand = dir.resolve("by-hand.cfg");
        Files.writeString(byHand, "name = \"web\"\nuuid = \"0b6f1c52-8a4e-4d8e-9c1e-2f3a4b5c6d7e\"\nmemory = 64\n");
        xl.xl("create", byHand.toString());
        String hostBefore = xl.xl("list");

        XenApiException e = assertThrows(XenApiException.class, () -> op.callWithSession("VM.start", vm, false,
                false));
        assertEquals("XENOPHILIA_DOMAIN_NAME_IN_USE", e.code(), e.getMessage());
        assertEquals(List.of(vm, "web"), e.params());
        String cfg = f.stateDir.resolve("xl").resolve(XlBackendTest.UUID + ".cfg").toString();
        assertTrue(xl.invocations("create").contains(List.of("create", cfg)), "xl create was asked and refused");

        // the VM is as it was, and so is the other domain
        Map<String, Object> r = WireValues.asMap(op.callWithSession("VM.get_record", vm));
        assertEquals("Halted", r.get("power_state"));
        assertEquals(-1, WireValues.asLong(r.get("domid")));
        assertEquals(definition, op.callWithSession("Xenophilia.VM.get_xml", vm));
        assertEquals(hostBefore, xl.xl("list"));
        assertEquals(List.of(), xl.invocations("destroy"), "the other domain of that name is not ours to destroy");

        // once the name is free, the same VM starts
        xl.xl("destroy", "web");
        op.callWithSession("VM.start", vm, false, false);
        assertEquals("Running", op.callWithSession("VM.get_power_state", vm));
    }
}
