package org.xenophilia.core;

import org.xenophilia.xenapi.Ref;

/**
 * A host of a node (a stand-alone Agent or xapi host is a pool of one host).
 *
 * @param ref its reference
 * @param uuid its UUID
 * @param name its {@code name_label}
 * @param hostname its {@code hostname}
 * @param cpuCount the physical CPUs ({@code cpu_info.cpu_count}), 0 if unknown
 * @param xenVersion {@code software_version.xen}, empty if unknown
 */
public record HostInfo(Ref ref, String uuid, String name, String hostname, int cpuCount, String xenVersion)
        implements XenObject {
}
