package org.xenophilia.agent.internal.sim;

import java.util.List;
import java.util.UUID;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.HypervisorBackend;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.Vif;

/**
 * Three small demo domains for an empty simulated host ({@code --demo-domains}): PVH guests as an admin would write
 * them (kernel, a disk, a network interface, tags), so that every view and the domain editor have something real to
 * show.
 */
final class DemoDomains {

    private DemoDomains() {
    }

    /**
     * Defines the demo domains if no domain is defined yet (so a restart does not define them twice).
     *
     * @param backend the backend, just opened
     * @throws BackendException if they cannot be defined
     */
    static void seed(HypervisorBackend backend) throws BackendException {
        if (backend.domainCount() > 0) {
            return;
        }
        backend.define(demo("demo-web", "demo: a small PVH web server", 512, 1024, 1, 2, "00:16:3e:de:00:01", "web",
                "production"));
        backend.define(demo("demo-db", "demo: a database", 2048, 4096, 2, 4, "00:16:3e:de:00:02", "db",
                "production"));
        backend.define(demo("demo-build", "demo: a build machine", 4096, 4096, 4, 4, "00:16:3e:de:00:03", "ci"));
    }

    private static Domain demo(String name, String description, int memoryMiB, int maxMemoryMiB, int vcpus,
            int maxVcpus, String mac, String... tags) {
        Domain d = new DomainSpec(UUID.randomUUID().toString(), name, description, (long) memoryMiB << 20,
                (long) maxMemoryMiB << 20, vcpus, maxVcpus).toDomain();
        d.setType(DomainType.PVH);
        d.setKernel("/boot/vmlinuz-6.1.0-demo");
        d.setRamdisk("/boot/initrd.img-6.1.0-demo");
        d.setCmdline("root=/dev/xvda1 ro console=hvc0");
        Disk disk = DomainFactory.eINSTANCE.createDisk();
        disk.setTarget("/var/lib/xen/images/" + name + ".img");
        disk.setFormat(DiskFormat.RAW);
        disk.setVdev("xvda");
        disk.setAccess(DiskAccess.RW);
        d.getDisks().add(disk);
        Vif vif = DomainFactory.eINSTANCE.createVif();
        vif.setMac(mac);
        vif.setBridge("xenbr0");
        d.getVifs().add(vif);
        d.getTags().addAll(List.of(tags));
        return d;
    }
}
