package org.xenophilia.agent.internal.image;

import java.security.SecureRandom;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.Vif;
import org.xenophilia.image.catalog.Boot;
import org.xenophilia.image.catalog.Image;
import org.xenophilia.image.catalog.Template;
import org.xenophilia.model.MacAddresses;

/**
 * The domain a deployment defines, from its image's template: the guest type, memory and vCPUs; a PV or PVH guest
 * booted by pygrub from the image's own boot configuration or from the kernel (and ramdisk) at the template's paths
 * inside it ({@code --kernel=}, {@code --ramdisk=}) with the template's command line, an HVM guest by its firmware
 * from the disk's own bootloader; the new volume as the disk at the template's vdev, and a vif on the chosen network
 * with a MAC address of its own.
 */
final class TemplateDomain {

    /** The bootloader every image boots with: it reads the kernel from the image's own disk. */
    static final String BOOTLOADER = "pygrub";
    private static final String DEFAULT_VDEV = "xvda";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemplateDomain() {
    }

    /**
     * @param plan the checked deployment
     * @param volume the new volume's reference, {@code <SR uuid>/<name>}
     * @return the definition
     */
    static Domain of(DeployPlan plan, String volume) {
        Image image = plan.image().entry();
        Template t = image.getTemplate();
        Domain d = DomainFactory.eINSTANCE.createDomain();
        d.setName(plan.name());
        d.setUuid(plan.domainUuid());
        d.setDescription("deployed from image " + plan.image().id());
        d.setType(DomainType.get(image.getGuestType().getLiteral()));
        d.setMemory(plan.memoryMiB());
        d.setVcpus(plan.vcpus());
        if (t.getBoot() != Boot.FIRMWARE) {
            d.setBootloader(BOOTLOADER);
        }
        if (t.getBoot() == Boot.KERNEL) {
            d.getBootloaderArgs().add("--kernel=" + t.getKernel());
            if (t.getRamdisk() != null) {
                d.getBootloaderArgs().add("--ramdisk=" + t.getRamdisk());
            }
        }
        if (t.getCmdline() != null && t.getBoot() != Boot.FIRMWARE) {
            // libxl hands the command line to pygrub (--args), which boots the kernel with it instead of the image's
            d.setCmdline(t.getCmdline());
        }
        Disk disk = DomainFactory.eINSTANCE.createDisk();
        disk.setVdev(t.getVdev() != null ? t.getVdev() : DEFAULT_VDEV);
        disk.setAccess(DiskAccess.RW);
        disk.setStorageBackend(plan.sr().type());
        disk.setVolume(volume);
        d.getDisks().add(disk);
        if (plan.network() != null) {
            Vif vif = DomainFactory.eINSTANCE.createVif();
            vif.setNetwork(plan.network());
            // fixed in the definition, as xapi fixes a VIF's MAC when it makes it: xl would draw another at each
            // start, and the guest's DHCP lease, its address and the VIF record would change with every boot
            vif.setMac(MacAddresses.generate(d, RANDOM));
            d.getVifs().add(vif);
        }
        return d;
    }
}
