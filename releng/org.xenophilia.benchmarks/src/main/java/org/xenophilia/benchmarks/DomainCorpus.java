package org.xenophilia.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.LifecycleAction;
import org.xenophilia.domain.Vif;
import org.xenophilia.model.DomainDefinitions;

/**
 * Generates varied but valid domain definitions (as XML documents) and xl.cfg files, the same every time for a
 * given seed, so that runs compare like with like.
 */
final class DomainCorpus {

    private static final String[] ROLES = { "web", "db", "cache", "mail", "build", "proxy", "dns", "backup" };

    private DomainCorpus() {
    }

    /** @return {@code count} domain definitions as canonical XML documents */
    static List<String> xmlDocuments(int count, long seed) {
        Random random = new Random(seed);
        List<String> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(DomainDefinitions.toXml(domain(i, random)));
        }
        return documents;
    }

    private static Domain domain(int index, Random random) {
        DomainFactory f = DomainFactory.eINSTANCE;
        Domain d = f.createDomain();
        String role = ROLES[random.nextInt(ROLES.length)];
        d.setName(role + "-" + index);
        d.setUuid(String.format("%08x-%04x-4%03x-8%03x-%012x", index, random.nextInt(0x10000),
                random.nextInt(0x1000), random.nextInt(0x1000), random.nextLong() & 0xffffffffffffL));
        d.setDescription("The " + role + " server number " + index);
        d.getTags().add(role);
        if (random.nextBoolean()) {
            d.getTags().add("prod");
        }
        int memory = 128 << random.nextInt(6);
        d.setMemory(memory);
        d.setMaxmem(memory * (1 + random.nextInt(2)));
        int vcpus = 1 + random.nextInt(4);
        d.setVcpus(vcpus);
        d.setMaxvcpus(vcpus + random.nextInt(3));
        switch (random.nextInt(3)) {
        case 0 -> {
            d.setType(DomainType.PV);
            d.setKernel("/boot/vmlinuz-6.1.0-" + random.nextInt(40) + "-amd64");
            d.setRamdisk("/boot/initrd.img-6.1.0-amd64");
            d.setRoot("/dev/xvda1 ro");
            d.setExtra("console=hvc0 quiet");
        }
        case 1 -> {
            d.setType(DomainType.PVH);
            d.setKernel("/var/lib/xen/kernels/vmlinuz-" + index);
            d.setCmdline("root=/dev/xvda1 console=hvc0");
        }
        default -> {
            d.setType(DomainType.HVM);
            d.setFirmware("uefi");
        }
        }
        d.setOnPoweroff(LifecycleAction.DESTROY);
        d.setOnReboot(LifecycleAction.RESTART);
        d.setOnCrash(random.nextBoolean() ? LifecycleAction.RESTART : LifecycleAction.PRESERVE);
        int disks = 1 + random.nextInt(3);
        for (int k = 0; k < disks; k++) {
            Disk disk = f.createDisk();
            disk.setTarget("/srv/xen/" + d.getName() + "-disk" + k + ".img");
            disk.setFormat(k == 0 ? DiskFormat.RAW : DiskFormat.QCOW2);
            disk.setVdev("xvd" + (char) ('a' + k));
            disk.setAccess(k == 2 ? DiskAccess.RO : DiskAccess.RW);
            d.getDisks().add(disk);
        }
        int vifs = random.nextInt(3);
        for (int k = 0; k < vifs; k++) {
            Vif vif = f.createVif();
            vif.setMac(String.format("00:16:3e:%02x:%02x:%02x", index >> 8 & 0x7f, index & 0xff, k));
            vif.setBridge(k == 0 ? "xenbr0" : "xenbr" + k);
            if (random.nextBoolean()) {
                vif.setIp("10.0." + k + "." + (index % 250 + 2));
            }
            d.getVifs().add(vif);
        }
        return d;
    }

    /** @return {@code count} xl.cfg files in the styles admins write: both quotes, comments, multi-line lists */
    static List<String> xlConfigs(int count, long seed) {
        Random random = new Random(seed);
        List<String> configs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            configs.add(xlConfig(i, random));
        }
        return configs;
    }

    private static String xlConfig(int index, Random random) {
        String role = ROLES[random.nextInt(ROLES.length)];
        String q = random.nextBoolean() ? "'" : "\"";
        StringBuilder b = new StringBuilder(512);
        b.append("# ").append(role).append(" server ").append(index).append(", generated\n");
        b.append("name = ").append(q).append(role).append('-').append(index).append(q).append('\n');
        int kind = random.nextInt(3);
        b.append("type = \"").append(kind == 0 ? "pv" : kind == 1 ? "pvh" : "hvm").append("\"\n");
        int memory = 128 << random.nextInt(6);
        b.append("memory = ").append(random.nextBoolean() ? memory : "'" + memory + "'").append('\n');
        b.append("maxmem = ").append(memory * 2).append('\n');
        b.append("vcpus = ").append(1 + random.nextInt(4)).append("\nmaxvcpus = 8\n");
        if (kind < 2) {
            b.append("kernel = ").append(q).append("/boot/vmlinuz-6.1.0-amd64").append(q).append('\n');
            b.append("ramdisk = \"/boot/initrd.img-6.1.0-amd64\"\n");
            b.append("extra = 'root=/dev/xvda1 console=hvc0 quiet'   # kernel command line\n");
        } else {
            b.append("firmware = \"uefi\"\n");
        }
        b.append("on_crash = 'restart'\n");
        b.append("disk = [\n");
        int disks = 1 + random.nextInt(3);
        for (int k = 0; k < disks; k++) {
            String vdev = "xvd" + (char) ('a' + k);
            if (random.nextBoolean()) {
                b.append("    'file:/srv/xen/").append(role).append(index).append('-').append(k).append(".img,")
                        .append(vdev).append(",w',\n");
            } else {
                b.append("    \"format=qcow2, vdev=").append(vdev).append(", access=rw, target=/srv/xen/").append(role)
                        .append(index).append('-').append(k).append(".qcow2\",  # disk ").append(k).append('\n');
            }
        }
        b.append("]\n");
        b.append("vif = [ 'mac=00:16:3e:").append(String.format("%02x:%02x:%02x", index >> 8 & 0x7f, index & 0xff, 1))
                .append(",bridge=xenbr0' ]\n");
        if (random.nextInt(4) == 0) {
            b.append("usb = 1\nusbdevice = [ 'tablet' ]\n");
        }
        return b.toString();
    }
}
