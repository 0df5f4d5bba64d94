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
 */
public record HostInfo(String hostName, long memoryTotal, long memoryFree, int cpuCount, int socketCount,
        String cpuVendor, String cpuModel, long cpuSpeedMHz, String hypervisorVersion) {
}
