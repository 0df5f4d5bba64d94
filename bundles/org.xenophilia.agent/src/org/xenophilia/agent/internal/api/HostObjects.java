package org.xenophilia.agent.internal.api;

import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.agent.internal.state.HostIdentity;
import org.xenophilia.xenapi.Ref;

/**
 * The objects that exist once per Agent: the host, its metrics and its pool, with the references minted for this
 * run of the server (references are opaque and need only be valid while a session lives; UUIDs are permanent).
 *
 * @param identity the permanent UUIDs
 * @param backend the hypervisor backend
 * @param hostRef the host's reference
 * @param hostMetricsRef the host_metrics object's reference
 * @param poolRef the pool's reference
 * @param vmRefs the VMs' references
 * @param vifRefs the VIFs' references
 * @param vbdRefs the VBDs' references
 * @param networkRefs the networks' references
 * @param srRefs the SRs' references
 * @param vdiRefs the VDIs' references
 */
public record HostObjects(HostIdentity identity, HypervisorBackend backend, Ref hostRef, Ref hostMetricsRef,
        Ref poolRef, ObjectRefs vmRefs, ObjectRefs vifRefs, ObjectRefs vbdRefs, ObjectRefs networkRefs, ObjectRefs srRefs,
        ObjectRefs vdiRefs) {

    /**
     * @param identity the permanent UUIDs
     * @param backend the backend
     * @return fresh references for this run
     */
    public static HostObjects create(HostIdentity identity, HypervisorBackend backend) {
        return new HostObjects(identity, backend, Ref.random(), Ref.random(), Ref.random(), new ObjectRefs(),
                new ObjectRefs(), new ObjectRefs(), new ObjectRefs(), new ObjectRefs(), new ObjectRefs());
    }
}
