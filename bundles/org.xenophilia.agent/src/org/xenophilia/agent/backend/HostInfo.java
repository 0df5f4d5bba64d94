package org.xenophilia.agent.backend;

/**
 * What a backend reports about the physical host.
 *
 * @param hostName the host's name
 * @param memoryTotal physical memory in bytes
 * @param memoryFree memory not used by any domain, in bytes
 * @param cpuCount logical CPUs
 * @param socketCount CPU sockets
 * @param cpuVendor e.g. {@code GenuineIntel}
 * @param cpuModel the CPU's model name
 * @param cpuSpeedMHz nominal clock in MHz
 * @param hypervisorVersion e.g. {@code 4.17.5}, or the simulated backend's description
 * @param controlDomainVcpus dom0's vCPUs (fewer than the host's CPUs when Xen was booted with
 *            {@code dom0_max_vcpus}); 0 when not known yet
 */
public record HostInfo(String hostName, long memoryTotal, long memoryFree, int cpuCount, int socketCount,
        String cpuVendor, String cpuModel, long cpuSpeedMHz, String hypervisorVersion, int controlDomainVcpus) {

    /** A host whose dom0 has one vCPU per CPU. */
    public HostInfo(String hostName, long memoryTotal, long memoryFree, int cpuCount, int socketCount,
            String cpuVendor, String cpuModel, long cpuSpeedMHz, String hypervisorVersion) {
        this(hostName, memoryTotal, memoryFree, cpuCount, socketCount, cpuVendor, cpuModel, cpuSpeedMHz,
                hypervisorVersion, cpuCount);
    }

    /** {@return dom0's vCPUs: as listed by the toolstack, else the host's CPUs, at least 1} */
    public int dom0Vcpus() {
        return Math.max(1, controlDomainVcpus > 0 ? controlDomainVcpus : cpuCount);
    }
}
