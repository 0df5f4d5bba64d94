package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainState;
import org.xenophilia.agent.backend.DomainSummary;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.backend.VmOperation;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code VM.*} over the hypervisor backend: the records XenAPI clients read ({@link VmRecords}), the lifecycle
 * operations with their {@code Async.} variants, the memory and vCPU setters and {@code VM.destroy}. Reading needs
 * {@code read-only}, the lifecycle and setters {@code operator}, destroying {@code admin}. Which operation applies in
 * which power state is {@link VmOperation}'s table: the backend checks the operations it runs, this class the setters
 * that only change a halted VM's definition. Also registers {@code VM_metrics.*} ({@link VmMetricsApi}) and the
 * Agent's {@code Xenophilia.VM.*} ({@link VmDefinitionApi}).
 */
public final class VmApi {

    /**
     * What keeps definitions from exhausting the Agent's memory, each an {@code agent.conf} setting.
     *
     * @param maxDomains the most domains defined at once ({@code max-domains})
     * @param maxDefinitionBytes the largest definition a call may send, in bytes of XML or xl.cfg text (UTF-8)
     *            ({@code max-definition-bytes})
     */
    public record Limits(int maxDomains, int maxDefinitionBytes) {
    }

    /** The most vCPUs a VM may be given (xl's limit for a guest). */
    private static final int MAX_VCPUS = 512;
    private static final String MEMORY_CONSTRAINT = "Memory limits must satisfy: static_min <= dynamic_min"
            + " <= dynamic_max <= static_max";

    private final HostObjects host;
    private final HypervisorBackend backend;
    private final EventHub events;
    private final VmDirectory vms;
    private final VmMetricsApi metrics;
    private final VmRecords records;
    private final VmDefinitionApi definitions;
    private final VmRecordCache encoded = new VmRecordCache();

    private VmApi(HostObjects host, EventHub events, DomainOutlines outlines, Limits limits) {
        this.host = host;
        this.backend = host.backend();
        this.events = events;
        this.vms = new VmDirectory(host);
        this.metrics = new VmMetricsApi(vms, outlines);
        this.records = new VmRecords(host, vms, metrics);
        this.definitions = new VmDefinitionApi(backend, vms, events, limits);
    }

    /**
     * @param registry where to register
     * @param host the host objects (with the backend)
     * @param events where VM records are published; every operation publishes the VM and the host's metrics
     * @param tasks where the {@code Async.VM.*} operations run
     * @param outlines what listings need of each domain's definition (VM_metrics: its type)
     * @param limits how many and how large definitions may be
     * @return how other parts of the Agent define domains
     */
    public static DomainCreator register(ApiRegistry registry, HostObjects host, EventHub events, TaskManager tasks,
            DomainOutlines outlines, Limits limits) {
        VmApi api = new VmApi(host, events, outlines, limits);
        api.registerEvents();
        api.registerReads(registry);
        api.registerLifecycle(registry, tasks);
        api.registerSetters(registry);
        api.metrics.register(registry);
        api.definitions.register(registry, tasks);
        host.backend().watch(uuid -> {
            events.changed("VM", host.vmRefs().ref(uuid));
            events.changed("host", host.hostRef());
            events.changed("host_metrics", host.hostMetricsRef());
        });
        return api.definitions::create;
    }

    private void registerEvents() {
        events.register("VM", new EventHub.ClassSource() {
            @Override
            public Iterator<EventHub.Listed> all() throws XenApiException {
                // made from the VM's state: its VIFs and VBDs are made from the same read (EventHub.ClassSource.owner)
                return LazyIterator.map(vms.all(), d -> new EventHub.Listed(vms.ref(d), records.record(d), d));
            }

            @Override
            public Optional<Map<String, Object>> record(Ref ref) throws XenApiException {
                Optional<String> uuid = host.vmRefs().uuid(ref);
                return uuid.isEmpty() ? Optional.empty() : vms.find(uuid.get()).map(records::record);
            }

            @Override
            public long count() throws XenApiException {
                return vms.count();
            }
        });
    }

    private void registerReads(ApiRegistry registry) {
        // every VM: made one at a time as the answer is written, whatever their number
        registry.register("VM.get_all", Role.READ_ONLY, c -> (StreamedSet) () -> LazyIterator.deferred(vms::refs));
        registry.register("VM.get_all_records", Role.READ_ONLY, c -> (StreamedMap) () -> LazyIterator.deferred(
                () -> LazyIterator.map(vms.all(), d -> Map.entry(vms.ref(d).value(), (Object) records.record(d)))));
        registry.register("VM.get_record", Role.READ_ONLY, this::recordToSend, "self");
        registry.register("VM.get_metrics", Role.READ_ONLY, c -> metrics.ref(vms.resolveAny(c).uuid()), "self");
        registry.register("VM.get_by_uuid", Role.READ_ONLY, c -> {
            String uuid = c.string(1);
            return vms.ref(vms.find(uuid).orElseThrow(() -> ErrorCode.UUID_INVALID.exception("VM", uuid)));
        }, "uuid");
        registry.register("VM.get_by_name_label", Role.READ_ONLY, c -> {
            String label = c.string(1);
            List<Ref> refs = new ArrayList<>();
            Iterable<DomainSummary> guests = vms.guests();
            for (DomainSummary d : guests) {
                if (d.name().equals(label)) {
                    refs.add(host.vmRefs().ref(d.uuid()));
                }
            }
            if (label.startsWith(ControlDomain.NAME_PREFIX)) {
                DomainState dom0 = vms.controlDomain(guests);
                if (dom0.name().equals(label)) {
                    refs.add(vms.ref(dom0));
                }
            }
            return refs;
        }, "label");
        registry.register("VM.get_uuid", Role.READ_ONLY, c -> vms.resolveAny(c).uuid(), "self");
        registry.register("VM.get_name_label", Role.READ_ONLY, c -> vms.resolveAny(c).name(), "self");
        registry.register("VM.get_power_state", Role.READ_ONLY, c -> vms.resolveAny(c).powerState(), "self");
        registry.register("VM.get_domid", Role.READ_ONLY, c -> vms.resolveAny(c).domid(), "self");
        registry.register("VM.get_resident_on", Role.READ_ONLY, c -> records.residentOn(vms.resolveAny(c)), "self");
    }

    /**
     * {@code VM.get_record}: for a guest whose backend keeps revisions, the record encoded once per revision of its
     * domain ({@link VmRecordCache}); otherwise (the control domain, a backend without revisions) built now.
     */
    private Object recordToSend(Call c) throws XenApiException {
        Optional<String> uuid = vms.uuid(c.string(1));
        if (uuid.isPresent() && !uuid.get().equals(ControlDomain.uuid(host))) {
            String u = uuid.get();
            OptionalLong revision = backend.revision(u);
            if (revision.isEmpty()) {
                encoded.remove(u);
            } else {
                EncodedWireValue kept = encoded.get(u, revision.getAsLong());
                if (kept != null) {
                    return kept;
                }
                // read after the revision: the state is that revision's or newer, never older
                Optional<DomainState> d = vms.find(u);
                if (d.isPresent()) {
                    EncodedWireValue fresh = new EncodedWireValue(records.record(d.get()));
                    encoded.put(u, revision.getAsLong(), fresh);
                    return fresh;
                }
            }
        }
        return records.record(vms.resolveAny(c));
    }

    /** Reads a lifecycle call's parameters (after the VM) and makes its operation. */
    @FunctionalInterface
    private interface OperationParser {
        Operation parse(Call c) throws XenApiException;
    }

    /** A backend operation on one domain. */
    @FunctionalInterface
    private interface Operation {
        void run(String uuid) throws BackendException;
    }

    private void registerLifecycle(ApiRegistry registry, TaskManager tasks) {
        lifecycle(registry, tasks, "VM.start", c -> {
            boolean paused = c.bool(2);
            c.bool(3); // force: there are no health checks to override
            return uuid -> backend.start(uuid, paused);
        }, "vm", "start_paused", "force");
        lifecycle(registry, tasks, "VM.clean_shutdown", c -> u -> backend.shutdown(u, false), "vm");
        lifecycle(registry, tasks, "VM.hard_shutdown", c -> u -> backend.shutdown(u, true), "vm");
        lifecycle(registry, tasks, "VM.clean_reboot", c -> u -> backend.reboot(u, false), "vm");
        lifecycle(registry, tasks, "VM.hard_reboot", c -> u -> backend.reboot(u, true), "vm");
        lifecycle(registry, tasks, "VM.pause", c -> backend::pause, "vm");
        lifecycle(registry, tasks, "VM.unpause", c -> backend::unpause, "vm");
    }

    /**
     * Registers a lifecycle operation and its {@code Async.} variant. Both check the parameters and the VM's handle
     * before anything runs; the asynchronous one then answers with a task and runs the operation on the task pool.
     * The backend checks the power state.
     */
    private void lifecycle(ApiRegistry registry, TaskManager tasks, String name, OperationParser parser,
            String... parameterNames) {
        registry.register(name, Role.OPERATOR, c -> {
            DomainState d = vms.resolve(c);
            Operation op = parser.parse(c);
            return operate(d, op);
        }, parameterNames);
        registry.register("Async." + name, Role.OPERATOR, c -> {
            DomainState d = vms.resolve(c);
            Operation op = parser.parse(c);
            return tasks.submit("Async." + name, c.session(), () -> operate(d, op));
        }, parameterNames);
    }

    private void registerSetters(ApiRegistry registry) {
        registry.register("VM.set_VCPUs_number_live", Role.OPERATOR, c -> {
            long n = c.integer(2);
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw ErrorCode.INVALID_VALUE.exception("nvcpu", Long.toString(n));
            }
            return operate(vms.resolve(c), u -> backend.setVcpus(u, (int) n));
        }, "self", "nvcpu");
        registry.register("VM.set_memory_target_live", Role.OPERATOR, c -> {
            long target = c.integer(2);
            return operate(vms.resolve(c), u -> backend.setMemory(u, target));
        }, "self", "target");
        registry.register("VM.set_memory_dynamic_range", Role.OPERATOR, c -> {
            DomainState d = vms.resolve(c);
            long min = c.integer(2);
            long max = c.integer(3);
            if (min <= 0 || min > max || max > d.spec().maxMemory()) {
                throw ErrorCode.MEMORY_CONSTRAINT_VIOLATION.exception(MEMORY_CONSTRAINT);
            }
            check(d, VmOperation.CHANGING_DYNAMIC_RANGE);
            if (d.powerState() == VmPowerState.HALTED) {
                Domain next = EcoreUtil.copy(d.definition());
                next.setMemory(wholeMiB("memory_dynamic_max", max));
                return definitions.redefine(d, next);
            }
            return operate(d, u -> backend.setMemory(u, max));
        }, "self", "min", "max");
        registry.register("VM.set_memory", Role.OPERATOR, c -> {
            DomainState d = check(vms.resolve(c), VmOperation.CHANGING_MEMORY_LIMITS);
            long value = c.integer(2);
            if (value <= 0) {
                throw ErrorCode.MEMORY_CONSTRAINT_VIOLATION.exception(MEMORY_CONSTRAINT);
            }
            Domain next = EcoreUtil.copy(d.definition());
            int mib = wholeMiB("memory", value);
            next.setMemory(mib);
            next.setMaxmem(mib);
            return definitions.redefine(d, next);
        }, "self", "value");
        registry.register("VM.set_VCPUs_at_startup", Role.OPERATOR, c -> {
            DomainState d = check(vms.resolve(c), VmOperation.CHANGING_VCPUS);
            long n = c.integer(2);
            if (n < 1 || n > d.spec().maxVcpus()) {
                throw ErrorCode.INVALID_VALUE.exception("VCPUs_at_startup", Long.toString(n));
            }
            Domain next = EcoreUtil.copy(d.definition());
            next.setVcpus((int) n);
            next.setMaxvcpus(d.spec().maxVcpus());
            return definitions.redefine(d, next);
        }, "self", "value");
        registry.register("VM.set_VCPUs_max", Role.OPERATOR, c -> {
            DomainState d = check(vms.resolve(c), VmOperation.CHANGING_VCPUS);
            long n = c.integer(2);
            if (n < d.spec().vcpus() || n > MAX_VCPUS) {
                throw ErrorCode.INVALID_VALUE.exception("VCPUs_max", Long.toString(n));
            }
            Domain next = EcoreUtil.copy(d.definition());
            next.setVcpus(d.spec().vcpus());
            next.setMaxvcpus((int) n);
            return definitions.redefine(d, next);
        }, "self", "value");
        registry.register("VM.destroy", Role.ADMIN, c -> {
            DomainState d = vms.resolve(c);
            try {
                backend.undefine(d.uuid());
            } catch (BackendException e) {
                throw BackendErrors.toXenApi(e, vms.ref(d));
            }
            events.deleted("VM", vms.ref(d));
            events.changed("host_metrics", host.hostMetricsRef());
            return null;
        }, "self");
    }

    /**
     * @return {@code d}, if the operation applies in its power state
     * @throws XenApiException {@code VM_BAD_POWER_STATE [vm, expected, actual]} otherwise
     */
    private DomainState check(DomainState d, VmOperation op) throws XenApiException {
        try {
            op.check(d.uuid(), d.powerState());
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, vms.ref(d));
        }
        return d;
    }

    /** @return bytes as whole MiB, as the definition keeps memory; {@code INVALID_VALUE [field, bytes]} otherwise */
    private static int wholeMiB(String field, long bytes) throws XenApiException {
        if (bytes % (1L << 20) != 0 || bytes >> 20 > Integer.MAX_VALUE) {
            throw ErrorCode.INVALID_VALUE.exception(field, Long.toString(bytes));
        }
        return (int) (bytes >> 20);
    }

    /** Runs a backend operation on a VM and publishes the VM, the host ({@code resident_VMs}) and its metrics. */
    private Object operate(DomainState d, Operation op) throws XenApiException {
        try {
            op.run(d.uuid());
        } catch (BackendException e) {
            throw BackendErrors.toXenApi(e, vms.ref(d));
        }
        events.changed("VM", vms.ref(d));
        events.changed("host", host.hostRef()); // resident_VMs
        events.changed("host_metrics", host.hostMetricsRef());
        return null;
    }
}
