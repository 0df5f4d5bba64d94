package org.xenophilia.xl.output;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One row of {@code xl list}. The optional columns are present only when the matching option was given.
 *
 * @param name           the domain name
 * @param domid          the domain id
 * @param memoryMiB      the current memory (plus outstanding claims) in MiB
 * @param vcpus          the number of online vCPUs
 * @param state          the state flags
 * @param cpuTimeSeconds the CPU time used so far, in seconds (one decimal)
 * @param uuid           the UUID ({@code -v})
 * @param reasonCode     the shutdown reason code, present when the domain has shut down ({@code -v})
 * @param claimedMiB     the outstanding memory claim in MiB ({@code --claim})
 * @param securityLabel  the security label, {@code -} when there is none ({@code -v} or {@code -Z})
 * @param cpupool        the CPU pool name ({@code --cpupool})
 * @param nodeAffinity   the NUMA node affinity, e.g. {@code all} ({@code -n})
 */
public record XlListEntry(String name, int domid, long memoryMiB, int vcpus, XlDomainState state,
        double cpuTimeSeconds, Optional<String> uuid, OptionalInt reasonCode, OptionalLong claimedMiB,
        Optional<String> securityLabel, Optional<String> cpupool, Optional<String> nodeAffinity) {
}
