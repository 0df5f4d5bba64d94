package org.xenophilia.agent.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlDecodeResult;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * The Agent's own {@code Xenophilia.VM.*} namespace, for what XenAPI lacks: a domain's full definition as XML (the
 * model's {@link Domain}, checked with {@link DomainDefinitionValidator}) and as xl.cfg ({@link XlDomainCodec}).
 * Changing definitions needs {@code admin}; reading them {@code operator} (they may carry a VNC password). Also the
 * one way a definition changes through the API ({@link #redefine}), which the {@code VM.set_*} setters of halted VMs
 * use too.
 */
final class VmDefinitionApi {

    /** Our own error for a definition that is not valid: {@code [line, message]} (line 0 when unknown). */
    static final String INVALID_DEFINITION = "XENOPHILIA_INVALID_DEFINITION";
    /** Our own error for a change that needs the VM halted: {@code [vm, field, ...]} (today only a rename). */
    static final String CHANGE_NEEDS_HALTED = "XENOPHILIA_CHANGE_NEEDS_HALTED";
    /**
     * Our own error for a call that would take the Agent past one of its limits: {@code [setting, value, what to
     * do]}, the setting being the {@code agent.conf} key that changes it.
     */
    static final String LIMIT_REACHED = "XENOPHILIA_LIMIT_REACHED";

    private final HypervisorBackend backend;
    private final VmDirectory vms;
    private final EventHub events;
    private final VmApi.Limits limits;

    VmDefinitionApi(HypervisorBackend backend, VmDirectory vms, EventHub events, VmApi.Limits limits) {
        this.backend = backend;
        this.vms = vms;
        this.events = events;
        this.limits = limits;
    }

    /** @return {@code XENOPHILIA_LIMIT_REACHED [setting, value, what to do]} */
    static XenApiException limitReached(String setting, long value, String what) {
        return new XenApiException(LIMIT_REACHED, List.of(setting, Long.toString(value), what));
    }

    /** Refuses a definition larger than {@code max-definition-bytes} (UTF-8) before it is parsed. */
    private String sized(String text) throws XenApiException {
        long max = limits.maxDefinitionBytes();
        long bytes = text.length() <= max / 3 ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > max) {
            throw limitReached("max-definition-bytes", max, "the definition has " + bytes + " bytes; raise"
                    + " max-definition-bytes in agent.conf and restart the Agent to accept larger ones (a definition"
                    + " costs the Agent several times its size whenever it is read)");
        }
        return text;
    }

    void register(ApiRegistry registry, TaskManager tasks) {
        registry.register("Xenophilia.VM.create_from_xml", Role.ADMIN, c -> create(parseXml(sized(c.string(1)))),
                "xml");
        registry.register("Async.Xenophilia.VM.create_from_xml", Role.ADMIN, c -> {
            Domain d = parseXml(sized(c.string(1)));
            return tasks.submit("Async.Xenophilia.VM.create_from_xml", c.session(), () -> create(d));
        }, "xml");
        registry.register("Xenophilia.VM.import_xl_cfg", Role.ADMIN, c -> create(parseXlCfg(sized(c.string(1)))),
                "xl_cfg");
        // what an editor edits: the definition the domain starts with next
        registry.register("Xenophilia.VM.get_xml", Role.OPERATOR,
                c -> DomainDefinitions.toXml(vms.resolve(c).nextBootOrCurrent()), "self");
        // what a running domain was started with, to tell what an edit can change on it now
        registry.register("Xenophilia.VM.get_running_xml", Role.OPERATOR,
                c -> DomainDefinitions.toXml(vms.resolve(c).definition()), "self");
        registry.register("Xenophilia.VM.get_pending_changes", Role.READ_ONLY,
                c -> VmRecords.pendingChanges(vms.resolve(c)), "self");
        registry.register("Xenophilia.VM.export_xl_cfg", Role.OPERATOR, c -> {
            DomainState d = vms.resolve(c);
            try {
                return XlDomainCodec.encode(d.nextBootOrCurrent());
            } catch (XlEncodeException e) {
                throw ErrorCode.INTERNAL_ERROR.exception("cannot write " + d.name() + " as xl.cfg: "
                        + e.getMessage());
            }
        }, "self");
        registry.register("Xenophilia.VM.set_xml", Role.ADMIN, c -> {
            DomainState d = vms.resolve(c);
            return redefine(d, parseXml(sized(c.string(2))));
        }, "self", "xml");
    }

    private static Domain parseXml(String xml) throws XenApiException {
        Domain d;
        try {
            d = DomainDefinitions.load(xml);
        } catch (DomainDefinitionException e) {
            throw invalid(e.getProblems(), null);
        }
        List<DomainProblem> problems = DomainDefinitionValidator.validate(d);
        if (DomainDefinitionValidator.hasErrors(problems)) {
            throw invalid(problems, null);
        }
        return d;
    }

    private static Domain parseXlCfg(String text) throws XenApiException {
        XlDecodeResult r;
        try {
            r = XlDomainCodec.decode(text, "xl.cfg");
        } catch (XlSyntaxException e) {
            throw new XenApiException(INVALID_DEFINITION, List.of(Integer.toString(e.line()), e.getMessage()));
        }
        List<DomainProblem> problems = DomainDefinitionValidator.validate(r.domain());
        if (DomainDefinitionValidator.hasErrors(problems)) {
            throw invalid(problems, r);
        }
        return r.domain();
    }

    /** @return the first error as {@code XENOPHILIA_INVALID_DEFINITION [line, message]} */
    private static XenApiException invalid(List<DomainProblem> problems, XlDecodeResult xlCfg) {
        DomainProblem first = problems.stream().filter(DomainProblem::isError).findFirst().orElse(problems.get(0));
        int line = first.line();
        if (xlCfg != null && first.path() != null) {
            line = xlCfg.locate(first.path()).map(p -> p.line()).orElse(0);
        }
        String message = first.message();
        long more = problems.stream().filter(DomainProblem::isError).count() - 1;
        if (more > 0) {
            message += " (and " + more + " more error" + (more > 1 ? "s" : "") + ")";
        }
        return new XenApiException(INVALID_DEFINITION, List.of(Integer.toString(Math.max(0, line)), message));
    }

    Ref create(Domain d) throws XenApiException {
        if (d.getUuid() == null) {
            d.setUuid(UUID.randomUUID().toString());
        } else {
            d.setUuid(d.getUuid().toLowerCase(Locale.ROOT));
        }
        DomainState created;
        synchronized (this) { // the count and the definition together, so that no two calls pass the limit
            try {
                if (backend.domainCount() >= limits.maxDomains()) {
                    throw limitReached("max-domains", limits.maxDomains(), "the host has " + limits.maxDomains()
                            + " domains defined; remove some, or raise max-domains in agent.conf and restart the"
                            + " Agent (each domain costs it about 1 KB of heap: past 30,000 give it more than the"
                            + " default -Xmx64m, e.g. XENOPHILIAD_JAVA_OPTS=-Xmx128m)");
                }
                created = backend.define(d);
            } catch (BackendException e) {
                throw BackendErrors.toXenApi(e, null);
            }
        }
        Ref ref = vms.ref(created);
        events.created("VM", ref);
        return ref;
    }

    /**
     * Gives a VM a new definition and publishes the change. A running VM takes it at its next boot (its description
     * and tags at once) and keeps its name until then.
     *
     * @param current the VM as it is
     * @param next its new definition; without a uuid it gets the VM's
     * @return void
     * @throws XenApiException {@code INVALID_VALUE [uuid, ...]} for another VM's uuid,
     *             {@code XENOPHILIA_CHANGE_NEEDS_HALTED [vm, name]} for a running VM's rename, or the backend's error
     */
    Object redefine(DomainState current, Domain next) throws XenApiException {
        if (next.getUuid() == null) {
            next.setUuid(current.uuid());
        } else if (!next.getUuid().equalsIgnoreCase(current.uuid())) {
            throw ErrorCode.INVALID_VALUE.exception("uuid", next.getUuid());
        }
        next.setUuid(current.uuid());
        // a running domain takes the rest at its next boot, but xl knows it by its name until then
        if (current.powerState() != VmPowerState.HALTED && !current.name().equals(next.getName())) {
            throw new XenApiException(CHANGE_NEEDS_HALTED, List.of(vms.ref(current).value(), "name"));
        }
        try {
            backend.redefine(next);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, vms.ref(current));
        }
        events.changed("VM", vms.ref(current));
        return null;
    }
}
