package org.xenophilia.agent.backend;

import java.util.Objects;

/**
 * The part of a domain's definition that the lifecycle and the resource accounting need. Today backends are seeded
 * with these; once the domain model ({@code org.xenophilia.domain.Domain}) is available, a definition is converted to
 * one of these at this seam, so the backends keep depending on nothing but this record.
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
}
