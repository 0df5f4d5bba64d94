package org.xenophilia.agent.backend;

import java.util.List;
import java.util.Objects;

import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;

/**
 * The part of a domain's definition that the lifecycle and the resource accounting need, in the units XenAPI uses
 * (bytes). The definition itself is the model's {@link Domain}; this summary is derived from it with
 * {@link #of(Domain)} where xl's defaults apply to unset settings (memory 32 MiB as libxl, maxmem = memory,
 * vcpus 1, maxvcpus = vcpus).
 *
 * @param uuid the domain's permanent identity (lower-case canonical UUID)
 * @param name the domain name ({@code name} in xl.cfg)
 * @param description free text
 * @param memory bytes the domain gets when started ({@code memory})
 * @param maxMemory the most bytes it may be given ({@code maxmem}), at least {@code memory}
 * @param vcpus vCPUs online when started ({@code vcpus})
 * @param maxVcpus the most vCPUs ({@code maxvcpus}), at least {@code vcpus}
 */
public record DomainSpec(String uuid, String name, String description, long memory, long maxMemory, int vcpus,
        int maxVcpus) {

    private static final long MIB = 1L << 20;
    /** libxl's default {@code max_memkb} when xl.cfg sets no memory. */
    private static final int DEFAULT_MEMORY_MIB = 32;

    /** Checks the invariants. */
    public DomainSpec {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        if (memory <= 0 || maxMemory < memory) {
            throw new IllegalArgumentException("need 0 < memory <= maxMemory, got " + memory + ", " + maxMemory);
        }
        if (vcpus < 1 || maxVcpus < vcpus) {
            throw new IllegalArgumentException("need 1 <= vcpus <= maxVcpus, got " + vcpus + ", " + maxVcpus);
        }
    }

    /**
     * Summarises a definition.
     *
     * @param d a definition with its uuid and name set
     * @return the summary
     * @throws IllegalArgumentException if the uuid or name is missing or the limits contradict each other
     */
    public static DomainSpec of(Domain d) {
        if (d.getUuid() == null || d.getName() == null) {
            throw new IllegalArgumentException("a definition needs a uuid and a name");
        }
        long memory = (d.isSetMemory() ? d.getMemory() : DEFAULT_MEMORY_MIB) * MIB;
        long maxMemory = d.isSetMaxmem() ? d.getMaxmem() * MIB : memory;
        int vcpus = d.isSetVcpus() ? d.getVcpus() : 1;
        int maxVcpus = d.isSetMaxvcpus() ? d.getMaxvcpus() : vcpus;
        return new DomainSpec(d.getUuid(), d.getName(), d.getDescription(), memory, maxMemory, vcpus, maxVcpus);
    }

    /**
     * Summarises a definition a backend is asked to define or start, refusing as XenAPI does what no backend can
     * take: a name xl refuses, a missing uuid, limits that contradict each other.
     *
     * @param d the definition
     * @return the summary
     * @throws BackendException {@code INVALID_VALUE} naming the field, or the name's own error
     */
    public static DomainSpec checked(Domain d) throws BackendException {
        DomainNames.check(d.getName());
        if (d.getUuid() == null) {
            throw BackendException.invalidValue("uuid", "");
        }
        try {
            return of(d);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().contains("vcpus") ? "vcpus" : "memory";
            throw new BackendException(BackendException.Kind.INVALID_VALUE, e.getMessage(),
                    List.of(field, String.valueOf(e.getMessage())));
        }
    }

    /**
     * Builds a minimal PV definition with these figures (for seeding and tests); memory must be whole MiB.
     *
     * @return a new definition (no boot source, no devices)
     */
    public Domain toDomain() {
        if (memory % MIB != 0 || maxMemory % MIB != 0) {
            throw new IllegalArgumentException("memory must be a whole number of MiB");
        }
        Domain d = DomainFactory.eINSTANCE.createDomain();
        d.setName(name);
        d.setUuid(uuid);
        if (!description.isEmpty()) {
            d.setDescription(description);
        }
        d.setMemory(Math.toIntExact(memory / MIB));
        d.setMaxmem(Math.toIntExact(maxMemory / MIB));
        d.setVcpus(vcpus);
        d.setMaxvcpus(maxVcpus);
        return d;
    }
}
