package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xenophilia.agent.internal.api.ApiMethod;
import org.xenophilia.agent.internal.api.ApiRegistry;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * What the tests that go over every registered method ({@link TransportEquivalenceTest}, {@link RoleMatrixTest})
 * need to call any of them: a subject VM with a fixed uuid (so it has the same reference each time it is defined
 * afresh) brought into a power state, a task for the {@code task.*} calls, and each call's arguments made from the
 * method's parameter names. A method registered later with a parameter not known here fails, saying where to teach
 * it. Everything is made and read through an admin client of the Agent's own.
 */
final class CallFixture {

    /** The uuid of the VM every call is made on. */
    static final String SUBJECT = "5ab1ec70-0000-4000-8000-00000000000a";
    /** A uuid no object has. */
    static final String NO_SUCH_UUID = "5ab1ec70-0000-4000-8000-0000000000ff";
    /** The uuid of the VM the creating calls make. */
    static final String NEWBORN = "5ab1ec70-0000-4000-8000-00000000000b";
    /** The name of the network {@code network.create} makes. */
    static final String NETWORK = "call-fixture";

    /**
     * What one call is made on, and in.
     *
     * @param subject the subject VM's reference
     * @param task a task for the {@code task.*} calls, or {@code null}
     * @param callerSession the session the call is made in (also the {@code self} of {@code session.*})
     */
    record CallContext(String subject, String task, String callerSession) {
    }

    private final ApiRegistry registry;
    private final XenApiClient admin;
    private final String session;
    private final String subjectXml;

    /**
     * @param registry the Agent's methods
     * @param admin a logged-in admin client, for making and reading what the calls need
     */
    CallFixture(ApiRegistry registry, XenApiClient admin) {
        this.registry = registry;
        this.admin = admin;
        this.session = admin.session().orElseThrow().value();
        this.subjectXml = XlBackendTest.WEB.formatted(SUBJECT, 256).replace("<name>web</name>", "<name>subject</name>");
    }

    // ---- what a method is

    /** @return whether the method only reads (so a call leaves the host as it was) */
    static boolean isRead(String method) {
        String message = method.substring(method.lastIndexOf('.') + 1);
        // a network's check compares it with the host and validate_xml checks a document: both change nothing
        return !method.startsWith("Async.") && (message.startsWith("get") || message.equals("compute_free_memory")
                || method.equals("event.from") || method.equals("system.listMethods")
                || method.equals("Xenophilia.network.check") || method.equals("Xenophilia.network.validate_xml"));
    }

    /** @return whether the method is called on the subject VM */
    boolean takesVm(String method) {
        ApiMethod m = registry.lookup(method).orElse(null);
        if (m == null) {
            return false;
        }
        String cls = method.replaceFirst("^Async\\.", "").replaceFirst("^Xenophilia\\.", "");
        return m.parameterNames().contains("vm") || cls.startsWith("VM.") && m.parameterNames().contains("self");
    }

    /** @return whether the method is called on a task */
    boolean needsTask(String method) {
        ApiMethod m = registry.lookup(method).orElse(null);
        return m != null && (m.parameterNames().contains("task") || method.startsWith("task."));
    }

    // ---- the state calls are made in

    /**
     * Defines the subject afresh (and removes the VM the creating calls make) and brings it into {@code state}.
     *
     * @param state {@code Halted}, {@code Running} or {@code Paused}
     * @return the subject's reference
     */
    String freshSubject(String state) throws Exception {
        for (String uuid : List.of(NEWBORN, SUBJECT)) {
            String vm = vmByUuid(uuid);
            if (vm != null) {
                if (!"Halted".equals(admin.call("VM.get_power_state", session, vm))) {
                    admin.call("VM.hard_shutdown", session, vm);
                }
                admin.call("VM.destroy", session, vm);
            }
        }
        // the network network.create makes (the views of bridges cannot be destroyed: those are left)
        for (Object net : WireValues.asList(admin.call("network.get_by_name_label", session, NETWORK))) {
            admin.call("network.destroy", session, net);
        }
        String subject = (String) admin.call("Xenophilia.VM.create_from_xml", session, subjectXml);
        move(subject, "Halted", state);
        return subject;
    }

    /**
     * Moves a VM between power states by the shortest way round Halted → Running → Paused → Halted.
     *
     * @param vm the VM
     * @param from its power state now
     * @param to the one wanted
     */
    void move(String vm, String from, String to) throws Exception {
        String now = from;
        for (int steps = 0; !to.equals(now) && steps < 3; steps++) {
            switch (now) {
                case "Halted" -> {
                    admin.call("VM.start", session, vm, false, false);
                    now = "Running";
                }
                case "Running" -> {
                    admin.call("VM.pause", session, vm);
                    now = "Paused";
                }
                default -> {
                    admin.call("VM.hard_shutdown", session, vm);
                    now = "Halted";
                }
            }
        }
    }

    /**
     * Makes a finished task of {@code owner}'s session that changed nothing: a clean shutdown of the halted subject,
     * which fails.
     *
     * @param owner the client whose session the task belongs to
     * @param subject the subject, halted
     * @return the task's reference
     */
    String taskOf(XenApiClient owner, String subject) throws Exception {
        String task = (String) owner.callWithSession("Async.VM.clean_shutdown", subject);
        awaitTask(task);
        return task;
    }

    private String vmByUuid(String uuid) throws Exception {
        try {
            return (String) admin.call("VM.get_by_uuid", session, uuid);
        } catch (XenApiException e) {
            return null;
        }
    }

    /** Waits until the task a call answered (if it answered one) is no longer pending. */
    void awaitTask(Object value) throws Exception {
        if (!(value instanceof String ref) || !ref.startsWith("OpaqueRef:")) {
            return;
        }
        Map<String, Object> r;
        try {
            r = WireValues.asMap(admin.call("task.get_record", session, ref));
        } catch (XenApiException notATask) {
            return;
        }
        String token = "";
        while ("pending".equals(r.get("status"))) {
            token = admin.eventFrom(List.of("task/" + ref), token, Duration.ofSeconds(5)).token();
            r = WireValues.asMap(admin.call("task.get_record", session, ref));
        }
    }

    // ---- the arguments of each call

    /**
     * @param method a registered method, or {@code system.listMethods}
     * @param on the objects the call is made on
     * @return its arguments, the session first (if it takes one)
     */
    List<Object> arguments(String method, CallContext on) throws Exception {
        ApiMethod m = registry.lookup(method).orElse(null);
        if (m == null) {
            return List.of(); // system.listMethods
        }
        String cls = method.replaceFirst("^Async\\.", "").replaceFirst("^Xenophilia\\.", "");
        cls = cls.substring(0, cls.indexOf('.'));
        List<Object> args = new ArrayList<>();
        for (String p : m.parameterNames()) {
            args.add(argument(method, cls, p, on));
        }
        return args;
    }

    private Object argument(String method, String cls, String parameter, CallContext on) throws Exception {
        switch (parameter) {
            case "session_id":
                return on.callerSession();
            case "self":
                return self(cls, on);
            case "vm", "ref":
                return on.subject();
            case "host":
                return firstOf("host");
            case "task":
                return on.task();
            case "uuid":
                if (self(cls, on).equals("OpaqueRef:NULL")) {
                    return NO_SUCH_UUID; // a class with no object here (a PBD without SRs, an SM): the lookup fails
                }
                return WireValues.asMap(admin.call(cls + ".get_record", session, self(cls, on))).get("uuid");
            case "label":
                if (self(cls, on).equals("OpaqueRef:NULL")) {
                    return "no-such-label"; // a class with no object here (an SM without storage types)
                }
                return WireValues.asMap(admin.call(cls + ".get_record", session, self(cls, on))).get("name_label");
            case "class":
                return "VM";
            case "classes":
                return List.of("vm", "task");
            case "token":
                return admin.eventFrom(List.of("vm", "task"), "", Duration.ZERO).token();
            case "timeout":
                return 0.0;
            case "uname":
                return AgentFixture.ADMIN;
            case "pwd":
                return AgentFixture.PASSWORD;
            case "version":
                return "1.0";
            case "originator":
                return "call-fixture";
            case "start_paused", "force":
                return false;
            case "nvcpu":
                return 2L;
            case "target", "min":
                return 256L << 20;
            case "max":
                return 512L << 20;
            case "value":
                return method.contains("VCPUs") ? 2L : method.contains("set_name") ? "renamed" : 384L << 20;
            case "sr":
                return firstOf("SR");
            case "vdi":
                return firstOf("VDI");
            case "device_config":
                // no location: a file SR is refused whatever backends the Agent has, nothing is made
                return Map.of();
            case "physical_size":
                return 0L;
            case "name_label", "name_description":
                return "call-fixture";
            case "type":
                return "file";
            case "content_type":
                return "user";
            case "shared":
                return false;
            case "sm_config", "driver_params":
                return Map.of();
            case "args":
                // VBD.create: an empty CD drive, which needs no storage; VDI.create: a small volume;
                // network.create: xapi's record, a private network
                if (cls.equals("image")) {
                    // an image deployment: on an Agent without a deployer every image call answers why
                    return Map.of("image", "call-fixture:1", "SR", firstOf("SR"), "name_label", "call-fixture");
                }
                if (cls.equals("network")) {
                    return Map.of("name_label", NETWORK, "name_description", "", "MTU", "1500", "other_config",
                            Map.of(), "bridge", "", "managed", true, "tags", List.of());
                }
                return cls.equals("VBD") ? Map.of("VM", on.subject(), "VDI", "OpaqueRef:NULL", "userdevice",
                        "autodetect", "mode", "RO", "type", "CD", "empty", true)
                        : Map.of("SR", firstOf("SR"), "name_label", "call-fixture", "virtual_size", "1048576");
            case "size":
                return 2L << 20;
            case "id":
                return "call-fixture:1";
            case "xml":
                return method.endsWith("create_from_xml")
                        ? XlBackendTest.WEB.formatted(NEWBORN, 256).replace("<name>web</name>", "<name>newborn</name>")
                        : subjectXml.replace("<memory>256</memory>", "<memory>384</memory>");
            case "xl_cfg":
                return "name = \"newborn\"\nuuid = \"" + NEWBORN + "\"\ntype = \"pv\"\nmemory = 256\n"
                        + "kernel = \"/boot/vmlinuz\"\n";
            default:
                return fail(method + " takes a parameter '" + parameter + "' the tests cannot supply yet: teach"
                        + " CallFixture.argument what to pass");
        }
    }

    private String self(String cls, CallContext on) throws Exception {
        return switch (cls) {
            case "VM" -> on.subject();
            case "VM_metrics" -> (String) admin.call("VM.get_metrics", session, on.subject());
            case "session" -> on.callerSession();
            case "task" -> on.task();
            case "VIF", "VBD" -> (String) WireValues.asList(WireValues.asMap(admin.call("VM.get_record", session,
                    on.subject())).get(cls + "s")).get(0);
            default -> firstOf(cls);
        };
    }

    private String firstOf(String cls) throws Exception {
        List<Object> all = WireValues.asList(admin.call(cls + ".get_all", session));
        return all.isEmpty() ? "OpaqueRef:NULL" : (String) all.get(0);
    }
}
