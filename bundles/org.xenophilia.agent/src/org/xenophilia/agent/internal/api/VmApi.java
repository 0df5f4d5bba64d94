package org.xenophilia.agent.internal.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DefinitionChanges;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.XlKey;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlDecodeResult;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code VM.*} over the hypervisor backend: the records XenAPI clients read and the lifecycle operations. Reading
 * needs {@code read-only}, the lifecycle {@code operator}. References come from {@link HostObjects#vmRefs()}.
 * <p>
 * Also the Agent's own {@code Xenophilia.VM.*} namespace for what XenAPI lacks: a domain's full definition as XML
 * (the model's {@link Domain}, checked with {@link DomainDefinitionValidator}) and as xl.cfg ({@link XlDomainCodec}).
 * Changing definitions needs {@code admin}; reading them {@code operator} (they may carry a VNC password).
 */
public final class VmApi {

    private final HostObjects host;
    private final HypervisorBackend backend;
    private final EventHub events;
    private final VmMetricsApi metrics;
    private final VmRecordCache records = new VmRecordCache();

    private VmApi(HostObjects host, EventHub events) {
        this.host = host;
        this.backend = host.backend();
        this.events = events;
        this.metrics = new VmMetricsApi(new VmMetricsApi.Domains() {
            @Override
            public List<DomainState> all() throws XenApiException {
                return VmApi.this.all();
            }

            @Override
            public Optional<DomainState> find(String uuid) throws XenApiException {
                return VmApi.this.find(uuid);
            }
        });
    }

    /** Reads a lifecycle call's parameters (after the VM) and makes its operation. */
    @FunctionalInterface
    private interface OperationParser {
        Operation parse(Call c) throws XenApiException;
    }

    /**
     * Registers a lifecycle operation and its {@code Async.} variant. Both check the parameters and the VM's handle
     * before anything runs; the asynchronous one then answers with a task and runs the operation on the task pool.
     */
    private void lifecycle(ApiRegistry registry, TaskManager tasks, String name, OperationParser parser,
            String... parameterNames) {
        registry.register(name, Role.OPERATOR, c -> {
            DomainState d = resolve(c);
            Operation op = parser.parse(c);
            return operate(d, op);
        }, parameterNames);
        registry.register("Async." + name, Role.OPERATOR, c -> {
            DomainState d = resolve(c);
            Operation op = parser.parse(c);
            return tasks.submit("Async." + name, c.session(), () -> operate(d, op));
        }, parameterNames);
    }

    /** A lifecycle operation on one domain. */
    @FunctionalInterface
    private interface Operation {
        void run(String uuid) throws BackendException;
    }

    /**
     * @param registry where to register
     * @param host the host objects (with the backend)
     * @param events where VM records are published; every operation publishes the VM and the host's metrics
     * @param tasks where the {@code Async.VM.*} operations run
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events, TaskManager tasks) {
        VmApi api = new VmApi(host, events);
        events.register("VM", new EventHub.ClassSource() {
            @Override
            public Map<Ref, Map<String, Object>> all() throws XenApiException {
                Map<Ref, Map<String, Object>> out = new LinkedHashMap<>();
                for (DomainState d : api.all()) {
                    out.put(api.ref(d), api.record(d));
                }
                return out;
            }

            @Override
            public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                Optional<String> uuid = host.vmRefs().uuid(ref);
                return uuid.isEmpty() ? Optional.empty() : api.find(uuid.get()).map(api::record);
            }

            @Override
            public long count() throws XenApiException {
                return api.all().size();
            }
        });
        registry.register("VM.get_all", Role.READ_ONLY, c -> api.all().stream().map(api::ref).toList());
        registry.register("VM.get_all_records", Role.READ_ONLY, c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (DomainState d : api.all()) {
                out.put(api.ref(d).value(), api.record(d));
            }
            return out;
        });
        registry.register("VM.get_record", Role.READ_ONLY, api::recordToSend, "self");
        registry.register("VM.get_metrics", Role.READ_ONLY, c -> api.metrics.ref(api.resolveAny(c).uuid()), "self");
        api.metrics.register(registry);
        registry.register("VM.get_by_uuid", Role.READ_ONLY, c -> {
            String uuid = c.string(1);
            return api.ref(api.find(uuid).orElseThrow(() -> ErrorCode.UUID_INVALID.exception("VM", uuid)));
        }, "uuid");
        registry.register("VM.get_by_name_label", Role.READ_ONLY, c -> {
            String label = c.string(1);
            List<Ref> refs = new ArrayList<>();
            for (DomainState d : api.all()) {
                if (d.name().equals(label)) {
                    refs.add(api.ref(d));
                }
            }
            return refs;
        }, "label");
        registry.register("VM.get_uuid", Role.READ_ONLY, c -> api.resolveAny(c).uuid(), "self");
        registry.register("VM.get_name_label", Role.READ_ONLY, c -> api.resolveAny(c).name(), "self");
        registry.register("VM.get_power_state", Role.READ_ONLY, c -> api.resolveAny(c).powerState(), "self");
        registry.register("VM.get_domid", Role.READ_ONLY, c -> api.resolveAny(c).domid(), "self");
        registry.register("VM.get_resident_on", Role.READ_ONLY, c -> api.residentOn(api.resolveAny(c)), "self");

        api.lifecycle(registry, tasks, "VM.start", c -> {
            boolean paused = c.bool(2);
            c.bool(3); // force: there are no health checks to override
            return uuid -> api.backend.start(uuid, paused);
        }, "vm", "start_paused", "force");
        api.lifecycle(registry, tasks, "VM.clean_shutdown", c -> u -> api.backend.shutdown(u, false), "vm");
        api.lifecycle(registry, tasks, "VM.hard_shutdown", c -> u -> api.backend.shutdown(u, true), "vm");
        api.lifecycle(registry, tasks, "VM.clean_reboot", c -> u -> api.backend.reboot(u, false), "vm");
        api.lifecycle(registry, tasks, "VM.hard_reboot", c -> u -> api.backend.reboot(u, true), "vm");
        api.lifecycle(registry, tasks, "VM.pause", c -> api.backend::pause, "vm");
        api.lifecycle(registry, tasks, "VM.unpause", c -> api.backend::unpause, "vm");
        registry.register("VM.set_VCPUs_number_live", Role.OPERATOR, c -> {
            long n = c.integer(2);
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw ErrorCode.INVALID_VALUE.exception("nvcpu", Long.toString(n));
            }
            return api.operate(c, u -> api.backend.setVcpus(u, (int) n));
        }, "self", "nvcpu");
        registry.register("VM.set_memory_target_live", Role.OPERATOR, c -> {
            long target = c.integer(2);
            return api.operate(c, u -> api.backend.setMemory(u, target));
        }, "self", "target");
        registry.register("VM.set_memory_dynamic_range", Role.OPERATOR, c -> {
            DomainState d = api.resolve(c);
            long min = c.integer(2);
            long max = c.integer(3);
            if (min <= 0 || min > max || max > d.spec().maxMemory()) {
                throw ErrorCode.MEMORY_CONSTRAINT_VIOLATION.exception(
                        "Memory limits must satisfy: static_min <= dynamic_min <= dynamic_max <= static_max");
            }
            if (d.powerState() == VmPowerState.HALTED) {
                Domain next = EcoreUtil.copy(d.definition());
                next.setMemory(wholeMiB("memory_dynamic_max", max));
                return api.redefine(d, next);
            }
            if (d.powerState() == VmPowerState.SUSPENDED) {
                throw ErrorCode.VM_BAD_POWER_STATE.exception(api.ref(d).value(), "Running",
                        d.powerState().wireName());
            }
            return api.operate(d, u -> api.backend.setMemory(u, max));
        }, "self", "min", "max");
        registry.register("VM.set_memory", Role.OPERATOR, c -> {
            DomainState d = api.halted(c);
            long value = c.integer(2);
            if (value <= 0) {
                throw ErrorCode.MEMORY_CONSTRAINT_VIOLATION.exception(
                        "Memory limits must satisfy: static_min <= dynamic_min <= dynamic_max <= static_max");
            }
            Domain next = EcoreUtil.copy(d.definition());
            int mib = wholeMiB("memory", value);
            next.setMemory(mib);
            next.setMaxmem(mib);
            return api.redefine(d, next);
        }, "self", "value");
        registry.register("VM.set_VCPUs_at_startup", Role.OPERATOR, c -> {
            DomainState d = api.halted(c);
            long n = c.integer(2);
            if (n < 1 || n > d.spec().maxVcpus()) {
                throw ErrorCode.INVALID_VALUE.exception("VCPUs_at_startup", Long.toString(n));
            }
            Domain next = EcoreUtil.copy(d.definition());
            next.setVcpus((int) n);
            next.setMaxvcpus(d.spec().maxVcpus());
            return api.redefine(d, next);
        }, "self", "value");
        registry.register("VM.set_VCPUs_max", Role.OPERATOR, c -> {
            DomainState d = api.halted(c);
            long n = c.integer(2);
            if (n < d.spec().vcpus() || n > MAX_VCPUS) {
                throw ErrorCode.INVALID_VALUE.exception("VCPUs_max", Long.toString(n));
            }
            Domain next = EcoreUtil.copy(d.definition());
            next.setVcpus(d.spec().vcpus());
            next.setMaxvcpus((int) n);
            return api.redefine(d, next);
        }, "self", "value");
        registry.register("VM.destroy", Role.ADMIN, c -> {
            DomainState d = api.resolve(c);
            try {
                api.backend.undefine(d.uuid());
            } catch (BackendException e) {
                throw BackendErrors.toXenApi(e, api.ref(d));
            }
            events.deleted("VM", api.ref(d));
            events.changed("host_metrics", host.hostMetricsRef());
            return null;
        }, "self");

        registry.register("Xenophilia.VM.create_from_xml", Role.ADMIN, c -> api.create(parseXml(c.string(1))),
                "xml");
        registry.register("Async.Xenophilia.VM.create_from_xml", Role.ADMIN, c -> {
            Domain d = parseXml(c.string(1));
            return tasks.submit("Async.Xenophilia.VM.create_from_xml", c.session(), () -> api.create(d));
        }, "xml");
        registry.register("Xenophilia.VM.import_xl_cfg", Role.ADMIN, c -> api.create(parseXlCfg(c.string(1))),
                "xl_cfg");
        // what an editor edits: the definition the domain starts with next
        registry.register("Xenophilia.VM.get_xml", Role.OPERATOR,
                c -> DomainDefinitions.toXml(api.resolve(c).nextBootOrCurrent()), "self");
        // what a running domain was started with, to tell what an edit can change on it now
        registry.register("Xenophilia.VM.get_running_xml", Role.OPERATOR,
                c -> DomainDefinitions.toXml(api.resolve(c).definition()), "self");
        registry.register("Xenophilia.VM.get_pending_changes", Role.READ_ONLY,
                c -> pendingChanges(api.resolve(c)), "self");
        registry.register("Xenophilia.VM.export_xl_cfg", Role.OPERATOR, c -> {
            DomainState d = api.resolve(c);
            try {
                return XlDomainCodec.encode(d.nextBootOrCurrent());
            } catch (XlEncodeException e) {
                throw ErrorCode.INTERNAL_ERROR.exception("cannot write " + d.name() + " as xl.cfg: "
                        + e.getMessage());
            }
        }, "self");
        registry.register("Xenophilia.VM.set_xml", Role.ADMIN, c -> {
            DomainState d = api.resolve(c);
            return api.redefine(d, parseXml(c.string(2)));
        }, "self", "xml");

        host.backend().watch(uuid -> {
            events.changed("VM", host.vmRefs().ref(uuid));
            events.changed("host", host.hostRef());
            events.changed("host_metrics", host.hostMetricsRef());
        });
    }

    /** The most vCPUs a VM may be given (xl's limit for a guest). */
    private static final int MAX_VCPUS = 512;

    /** @return bytes as whole MiB, as the definition keeps memory; {@code INVALID_VALUE [field, bytes]} otherwise */
    private static int wholeMiB(String field, long bytes) throws XenApiException {
        if (bytes % (1L << 20) != 0 || bytes >> 20 > Integer.MAX_VALUE) {
            throw ErrorCode.INVALID_VALUE.exception(field, Long.toString(bytes));
        }
        return (int) (bytes >> 20);
    }

    /** @return the VM named by parameter 1, which must be halted ({@code VM_BAD_POWER_STATE} otherwise) */
    private DomainState halted(Call c) throws XenApiException {
        DomainState d = resolve(c);
        if (d.powerState() != VmPowerState.HALTED) {
            throw ErrorCode.VM_BAD_POWER_STATE.exception(ref(d).value(), "Halted", d.powerState().wireName());
        }
        return d;
    }

    /** Our own error for a definition that is not valid: {@code [line, message]} (line 0 when unknown). */
    static final String INVALID_DEFINITION = "XENOPHILIA_INVALID_DEFINITION";
    /** Our own error for a change that needs the VM halted: {@code [vm, field, ...]} (today only a rename). */
    static final String CHANGE_NEEDS_HALTED = "XENOPHILIA_CHANGE_NEEDS_HALTED";
    /** The {@code other_config} key listing the fields that change at the VM's next boot, comma-separated. */
    static final String PENDING_CHANGES_KEY = "xenophilia:pending-changes";

    /** @return the fields a running VM's next boot changes (model names), empty when none */
    private static List<String> pendingChanges(DomainState d) {
        return d.nextBoot() == null ? List.of() : DefinitionChanges.nextBootFields(d.definition(), d.nextBoot());
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

    private Ref create(Domain d) throws XenApiException {
        if (d.getUuid() == null) {
            d.setUuid(UUID.randomUUID().toString());
        } else {
            d.setUuid(d.getUuid().toLowerCase(java.util.Locale.ROOT));
        }
        DomainState created;
        try {
            created = backend.define(d);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
        Ref ref = ref(created);
        events.created("VM", ref);
        return ref;
    }

    private Object redefine(DomainState current, Domain next) throws XenApiException {
        if (next.getUuid() == null) {
            next.setUuid(current.uuid());
        } else if (!next.getUuid().equalsIgnoreCase(current.uuid())) {
            throw ErrorCode.INVALID_VALUE.exception("uuid", next.getUuid());
        }
        next.setUuid(current.uuid());
        // a running domain takes the rest at its next boot, but xl knows it by its name until then
        if (current.powerState() != VmPowerState.HALTED && !current.name().equals(next.getName())) {
            throw new XenApiException(CHANGE_NEEDS_HALTED, List.of(ref(current).value(), "name"));
        }
        try {
            backend.redefine(next);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, ref(current));
        }
        events.changed("VM", ref(current));
        return null;
    }

    private List<DomainState> all() throws XenApiException {
        try {
            List<DomainState> out = new ArrayList<>(backend.domains());
            out.add(controlDomain(host, out));
            return out;
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    /** @return the uuid of the host's control domain, derived from the host's */
    static String controlDomainUuid(HostObjects host) {
        String hostUuid = host.identity().hostUuid();
        String[] cached = controlDomainUuid;
        if (cached != null && cached[0].equals(hostUuid)) {
            return cached[1];
        }
        String uuid = UUID.nameUUIDFromBytes((hostUuid + "/control-domain")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        controlDomainUuid = new String[] {hostUuid, uuid};
        return uuid;
    }

    /** {host uuid, its control domain's uuid}: an MD5 per VM record otherwise. */
    private static volatile String[] controlDomainUuid;

    private boolean isControlDomain(DomainState d) {
        return d.uuid().equals(controlDomainUuid(host));
    }

    /**
     * The control domain (dom0) as xapi shows it: always running, domid 0, resident on the host. Its memory is what
     * neither the guests nor the free pool hold; its vCPUs are what the toolstack lists for it (the host's CPUs when it
     * does not say). Listed after the guests.
     *
     * @param host the host objects
     * @param guests the backend's domains, for their memory
     * @return the control domain's state
     * @throws BackendException if the host cannot be read
     */
    static DomainState controlDomain(HostObjects host, List<DomainState> guests) throws BackendException {
        org.xenophilia.agent.backend.HostInfo info = host.backend().hostInfo();
        long guestMemory = 0;
        for (DomainState d : guests) {
            guestMemory += d.memoryActual();
        }
        long mib = Math.max(1, (info.memoryTotal() - info.memoryFree() - guestMemory) >> 20);
        Domain def = org.xenophilia.domain.DomainFactory.eINSTANCE.createDomain();
        def.setUuid(controlDomainUuid(host));
        def.setName("Control domain on host: " + info.hostName());
        def.setDescription("The domain which manages physical devices and manages other domains");
        def.setMemory((int) Math.min(Integer.MAX_VALUE, mib));
        def.setMaxmem((int) Math.min(Integer.MAX_VALUE, mib));
        def.setVcpus(info.dom0Vcpus());
        def.setMaxvcpus(info.dom0Vcpus());
        return new DomainState(def, VmPowerState.RUNNING, 0, mib << 20, info.dom0Vcpus());
    }

    private Optional<DomainState> find(String uuid) throws XenApiException {
        try {
            if (uuid.equals(controlDomainUuid(host))) {
                return Optional.of(controlDomain(host, backend.domains()));
            }
            return backend.domain(uuid);
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, null);
        }
    }

    private Ref ref(DomainState d) {
        return host.vmRefs().ref(d.uuid());
    }

    /**
     * @return the guest named by parameter 1; {@code HANDLE_INVALID} if none, {@code OPERATION_NOT_ALLOWED} for the
     *         control domain, which the Agent does not manage
     */
    private DomainState resolve(Call c) throws XenApiException {
        DomainState d = resolveAny(c);
        if (isControlDomain(d)) {
            throw ErrorCode.OPERATION_NOT_ALLOWED.exception("VM " + c.string(1)
                    + " is the control domain, which cannot be " + c.method().name().replaceFirst(".*\\.", "")
                    + " through the Agent");
        }
        return d;
    }

    /** @return the domain named by parameter 1, the control domain included, or {@code HANDLE_INVALID} */
    private DomainState resolveAny(Call c) throws XenApiException {
        String ref = c.string(1);
        Optional<String> uuid = ref.isEmpty() ? Optional.empty() : host.vmRefs().uuid(Ref.of(ref));
        Optional<DomainState> d = uuid.isEmpty() ? Optional.empty() : find(uuid.get());
        return d.orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception("VM", ref));
    }

    /**
     * {@code VM.get_record}: for a guest whose backend keeps revisions, the record encoded once per revision of its
     * domain ({@link VmRecordCache}); otherwise (the control domain, a backend without revisions) built now.
     */
    private Object recordToSend(Call c) throws XenApiException {
        String ref = c.string(1);
        Optional<String> uuid = ref.isEmpty() ? Optional.empty() : host.vmRefs().uuid(Ref.of(ref));
        if (uuid.isPresent() && !uuid.get().equals(controlDomainUuid(host))) {
            String u = uuid.get();
            OptionalLong revision = backend.revision(u);
            if (revision.isEmpty()) {
                records.remove(u);
            } else {
                EncodedWireValue kept = records.get(u, revision.getAsLong());
                if (kept != null) {
                    return kept;
                }
                // read after the revision: the state is that revision's or newer, never older
                Optional<DomainState> d = find(u);
                if (d.isPresent()) {
                    EncodedWireValue fresh = new EncodedWireValue(record(d.get()));
                    records.put(u, revision.getAsLong(), fresh);
                    return fresh;
                }
            }
        }
        return record(resolveAny(c));
    }

    private Object operate(Call c, Operation op) throws XenApiException {
        return operate(resolve(c), op);
    }

    private Object operate(DomainState d, Operation op) throws XenApiException {
        try {
            op.run(d.uuid());
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, ref(d));
        }
        events.changed("VM", ref(d));
        events.changed("host", host.hostRef()); // resident_VMs
        events.changed("host_metrics", host.hostMetricsRef());
        return null;
    }

    private Ref residentOn(DomainState d) {
        boolean exists = d.powerState() == VmPowerState.RUNNING || d.powerState() == VmPowerState.PAUSED;
        return exists ? host.hostRef() : Ref.NULL;
    }

    private static List<String> allowedOperations(VmPowerState s) {
        return switch (s) {
            case HALTED -> List.of("start", "start_on");
            case RUNNING -> List.of("clean_shutdown", "hard_shutdown", "clean_reboot", "hard_reboot", "pause");
            case PAUSED -> List.of("unpause", "hard_shutdown", "hard_reboot");
            case SUSPENDED -> List.of("hard_shutdown");
        };
    }

    private Map<String, Object> record(DomainState d) {
        Domain def = d.definition();
        DomainSpec spec = d.spec();
        long memory = spec.memory();
        long maxMemory = spec.maxMemory();
        List<String> pending = pendingChanges(d);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", d.uuid());
        r.put("allowed_operations", isControlDomain(d) ? List.of() : allowedOperations(d.powerState()));
        r.put("current_operations", Map.of());
        r.put("name_label", d.name());
        r.put("name_description", spec.description());
        r.put("power_state", d.powerState());
        r.put("user_version", 1L);
        r.put("is_a_template", false);
        r.put("is_default_template", false);
        r.put("suspend_VDI", Ref.NULL);
        r.put("resident_on", residentOn(d));
        r.put("scheduled_to_be_resident_on", Ref.NULL);
        r.put("affinity", Ref.NULL);
        r.put("memory_overhead", 0L);
        r.put("memory_target", d.memoryActual() > 0 ? d.memoryActual() : memory);
        r.put("memory_static_max", maxMemory);
        r.put("memory_dynamic_max", memory);
        r.put("memory_dynamic_min", memory);
        r.put("memory_static_min", memory);
        r.put("VCPUs_params", Map.of());
        r.put("VCPUs_max", (long) spec.maxVcpus());
        r.put("VCPUs_at_startup", (long) spec.vcpus());
        r.put("actions_after_softreboot", "soft_reboot");
        r.put("actions_after_shutdown", "destroy");
        r.put("actions_after_reboot", "restart");
        r.put("actions_after_crash", "restart");
        r.put("consoles", List.of());
        r.put("VIFs", DeviceApi.vifRefs(host, d));
        r.put("VBDs", DeviceApi.vbdRefs(host, d));
        r.put("VUSBs", List.of());
        r.put("crash_dumps", List.of());
        r.put("VTPMs", List.of());
        DomainType type = def.isSetType() ? def.getType() : DomainType.PV;
        r.put("PV_bootloader", orEmpty(def.getBootloader()));
        r.put("PV_kernel", orEmpty(def.getKernel()));
        r.put("PV_ramdisk", orEmpty(def.getRamdisk()));
        r.put("PV_args", def.getCmdline() != null ? def.getCmdline()
                : String.join(" ", java.util.stream.Stream.of(def.getRoot() == null ? null : "root=" + def.getRoot(),
                        def.getExtra()).filter(java.util.Objects::nonNull).toList()));
        r.put("PV_bootloader_args", String.join(" ", def.getBootloaderArgs()));
        r.put("PV_legacy_args", "");
        r.put("HVM_boot_policy", type == DomainType.HVM ? "BIOS order" : "");
        r.put("HVM_boot_params", Map.of());
        r.put("HVM_shadow_multiplier", 1.0);
        r.put("platform", Map.of());
        r.put("PCI_bus", "");
        Map<String, Object> otherConfig = otherConfig(def);
        if (!pending.isEmpty()) {
            otherConfig.put(PENDING_CHANGES_KEY, String.join(",", pending));
        }
        r.put("other_config", otherConfig);
        r.put("domid", d.domid());
        r.put("domarch", "");
        r.put("last_boot_CPU_flags", Map.of());
        r.put("is_control_domain", isControlDomain(d));
        r.put("metrics", metrics.ref(d.uuid()));
        r.put("guest_metrics", Ref.NULL);
        r.put("last_booted_record", "");
        r.put("recommendations", "");
        r.put("xenstore_data", Map.of());
        r.put("ha_always_run", false);
        r.put("ha_restart_priority", "");
        r.put("is_a_snapshot", false);
        r.put("snapshot_of", Ref.NULL);
        r.put("snapshots", List.of());
        r.put("snapshot_time", Instant.EPOCH);
        r.put("transportable_snapshot_id", "");
        r.put("blobs", Map.of());
        r.put("tags", List.copyOf(def.getTags()));
        r.put("blocked_operations", Map.of());
        r.put("snapshot_info", Map.of());
        r.put("snapshot_metadata", "");
        r.put("parent", Ref.NULL);
        r.put("children", List.of());
        r.put("bios_strings", Map.of());
        r.put("protection_policy", Ref.NULL);
        r.put("is_snapshot_from_vmpp", false);
        r.put("snapshot_schedule", Ref.NULL);
        r.put("is_vmss_snapshot", false);
        r.put("appliance", Ref.NULL);
        r.put("start_delay", 0L);
        r.put("shutdown_delay", 0L);
        r.put("order", 0L);
        r.put("VGPUs", List.of());
        r.put("attached_PCIs", List.of());
        r.put("suspend_SR", Ref.NULL);
        r.put("version", 0L);
        r.put("generation_id", "");
        r.put("hardware_platform_version", 0L);
        r.put("has_vendor_device", false);
        r.put("requires_reboot", !pending.isEmpty()); // xapi: a reboot is needed to apply its configuration
        r.put("reference_label", "");
        r.put("domain_type", type.getLiteral());
        r.put("NVRAM", Map.of());
        r.put("pending_guidances", List.of());
        return r;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** {@code xl:<key>} for each raw xl.cfg setting the model keeps verbatim, plus the type as xl.cfg has it. */
    private static Map<String, Object> otherConfig(Domain def) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (def.isSetType()) {
            m.put("xl:type", def.getType().getLiteral());
        }
        for (XlKey k : def.getXlKeys()) {
            m.put("xl:" + k.getKey(), k.getValue() == null ? "" : k.getValue());
        }
        return m;
    }
}
