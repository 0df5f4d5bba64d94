package org.xenophilia.agent.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;
import org.xenophilia.xl.codec.XlDomainCodec;

/**
 * An operation that changes the host, as the kill -9 suite ({@link KillAtEachStepTest}) drives it on the domain
 * {@code web}: how the host is made ready for it, the call itself, and how {@code web} looks before and after it
 * ({@link #summary}). After a crash at any step the Agent must show one of the two, never a mixture.
 */
enum HostChange {

    CREATE_FROM_XML(List.of(), "absent", Expect.HALTED) {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("Xenophilia.VM.create_from_xml", web());
        }
    },
    IMPORT_XL_CFG(List.of(), "absent", Expect.HALTED) {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("Xenophilia.VM.import_xl_cfg", XlDomainCodec.encode(DomainDefinitions.load(web())));
        }
    },
    SET_XML_HALTED(List.of(Setup.DEFINE), Expect.HALTED, Expect.HALTED_TAKEN) {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("Xenophilia.VM.set_xml", vm(admin), NextBootTest.biggerWeb());
        }
    },
    /** {@code set_xml} of a running VM: the next-boot definition is saved, the description changes at once. */
    NEXT_BOOT_SAVE(List.of(Setup.DEFINE, Setup.START), Expect.RUNNING, Expect.STILL_RUNNING_PENDING) {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("Xenophilia.VM.set_xml", vm(admin), NextBootTest.biggerWeb());
        }
    },
    START(List.of(Setup.DEFINE), Expect.HALTED, "Running maxmem=512 'shop front' pending=[] in a new domain") {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("VM.start", vm(admin), false, false);
        }
    },
    /** Shutdowns and reboots of a VM whose next-boot definition waits: it becomes the definition. */
    CLEAN_SHUTDOWN(Setup.PENDING, Expect.STILL_RUNNING_PENDING, Expect.HALTED_TAKEN) {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("VM.clean_shutdown", vm(admin));
        }
    },
    HARD_SHUTDOWN(Setup.PENDING, Expect.STILL_RUNNING_PENDING, Expect.HALTED_TAKEN) {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("VM.hard_shutdown", vm(admin));
        }
    },
    CLEAN_REBOOT(Setup.PENDING, Expect.STILL_RUNNING_PENDING, Expect.REBOOTED_TAKEN) {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("VM.clean_reboot", vm(admin));
        }
    },
    HARD_REBOOT(Setup.PENDING, Expect.STILL_RUNNING_PENDING, Expect.REBOOTED_TAKEN) {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("VM.hard_reboot", vm(admin));
        }
    },
    PAUSE(List.of(Setup.DEFINE, Setup.START), Expect.RUNNING,
            "Paused maxmem=512 'shop front' pending=[] in the same domain") {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("VM.pause", vm(admin));
        }
    },
    /** {@code VBD.unplug} of the running VM's disk ({@code xl block-detach}): it stays in the definition, detached. */
    VBD_UNPLUG(List.of(Setup.DEFINE, Setup.START), Expect.RUNNING, Expect.RUNNING + " detached=[xvda]") {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("VBD.unplug", xvda(admin));
        }
    },
    /** {@code VBD.plug} of the running VM's unplugged disk ({@code xl block-attach}). */
    VBD_PLUG(List.of(Setup.DEFINE, Setup.START, Setup.UNPLUG), Expect.RUNNING + " detached=[xvda]", Expect.RUNNING) {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("VBD.plug", xvda(admin));
        }
    },
    /** {@code VM.destroy} of a VM that ran once (so the xl backend has its xl.cfg too). */
    DESTROY(List.of(Setup.DEFINE, Setup.START, Setup.HARD_SHUTDOWN), Expect.HALTED, "absent") {
        @Override
        void perform(XenApiClient admin) throws Exception {
            admin.callWithSession("VM.destroy", vm(admin));
        }
    };

    /** The summaries several operations share. */
    private static final class Expect {
        static final String HALTED = "Halted maxmem=512 'shop front' pending=[]";
        static final String RUNNING = "Running maxmem=512 'shop front' pending=[] in the same domain";
        static final String STILL_RUNNING_PENDING = "Running maxmem=512 'the shop' pending=[maxmem, disks] in the"
                + " same domain";
        static final String HALTED_TAKEN = "Halted maxmem=1024 'the shop' pending=[]";
        static final String REBOOTED_TAKEN = "Running maxmem=1024 'the shop' pending=[] in a new domain";
    }

    /** The steps that make the host ready, done by an Agent in the test's own JVM. */
    enum Setup {
        DEFINE, START, HARD_SHUTDOWN, REDEFINE, UNPLUG;

        static final List<Setup> PENDING = List.of(DEFINE, START, REDEFINE);

        void run(XenApiClient admin) throws Exception {
            switch (this) {
                case DEFINE -> admin.callWithSession("Xenophilia.VM.create_from_xml", web());
                case START -> admin.callWithSession("VM.start", vm(admin), false, false);
                case HARD_SHUTDOWN -> admin.callWithSession("VM.hard_shutdown", vm(admin));
                case REDEFINE -> admin.callWithSession("Xenophilia.VM.set_xml", vm(admin), NextBootTest.biggerWeb());
                case UNPLUG -> admin.callWithSession("VBD.unplug", xvda(admin));
            }
        }
    }

    private final List<Setup> setup;
    private final String before;
    private final String after;

    HostChange(List<Setup> setup, String before, String after) {
        this.setup = setup;
        this.before = before;
        this.after = after;
    }

    /** Brings the host to the state the operation starts from. */
    void prepare(XenApiClient admin) throws Exception {
        for (Setup s : setup) {
            s.run(admin);
        }
    }

    /** The call: on a halted Agent it fails with the connection. */
    abstract void perform(XenApiClient admin) throws Exception;

    /** @return {@link #summary} of {@code web} before the operation */
    String before() {
        return before;
    }

    /** @return {@link #summary} of {@code web} after it */
    String after() {
        return after;
    }

    /** The domain every operation acts on. */
    static String web() {
        return XlBackendTest.WEB.formatted(XlBackendTest.UUID, 256);
    }

    static String vm(XenApiClient c) throws Exception {
        return (String) c.callWithSession("VM.get_by_uuid", XlBackendTest.UUID);
    }

    /** @return the VBD of {@code web}'s disk {@code xvda} */
    static String xvda(XenApiClient c) throws Exception {
        return (String) WireValues.asList(WireValues.asMap(c.callWithSession("VM.get_record", vm(c))).get("VBDs"))
                .get(0);
    }

    /** @return the domid of {@code web}, -1 while it is halted or not defined */
    static long domid(XenApiClient c) throws Exception {
        try {
            return WireValues.asLong(c.callWithSession("VM.get_domid", vm(c)));
        } catch (XenApiException e) {
            return -1;
        }
    }

    /**
     * @param domid the domid of {@code web} before the operation ({@link #domid})
     * @return what an operation changes of {@code web}, as the API shows it: its power state, the maxmem it runs with
     *         (or starts with when halted), its description, what waits for its next boot, and whether it runs in
     *         the domain it ran in before the operation, and the disks it has not attached (only when it has such);
     *         {@code absent} when it is not defined
     */
    static String summary(XenApiClient c, long domid) throws Exception {
        return summary(c, XlBackendTest.UUID, domid);
    }

    /** {@link #summary(XenApiClient, long)} of any domain. */
    static String summary(XenApiClient c, String uuid, long domid) throws Exception {
        String vm;
        try {
            vm = (String) c.callWithSession("VM.get_by_uuid", uuid);
        } catch (XenApiException e) {
            return "absent";
        }
        Map<String, Object> r = WireValues.asMap(c.callWithSession("VM.get_record", vm));
        long maxmem = WireValues.asLong(r.get("memory_static_max")) >> 20;
        long now = WireValues.asLong(r.get("domid"));
        List<String> detached = new ArrayList<>();
        for (Object vbd : WireValues.asList(r.get("VBDs"))) {
            Map<String, Object> d = WireValues.asMap(c.callWithSession("VBD.get_record", vbd));
            if (now >= 0 && !WireValues.asBoolean(d.get("currently_attached"))) {
                detached.add((String) d.get("device"));
            }
        }
        return r.get("power_state") + " maxmem=" + maxmem + " '" + r.get("name_description") + "' pending="
                + WireValues.asList(c.callWithSession("Xenophilia.VM.get_pending_changes", vm))
                + (now < 0 ? "" : now == domid ? " in the same domain" : " in a new domain")
                + (detached.isEmpty() ? "" : " detached=" + detached);
    }
}
