package org.xenophilia.agent.internal.xl;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.agent.backend.BackendException;
import org.xenophilia.agent.backend.DiskChanges;
import org.xenophilia.agent.backend.DomainSpec;
import org.xenophilia.agent.backend.VolumeResolver;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.xenapi.VmPowerState;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;
import org.xenophilia.xl.output.XlError;

/**
 * The xl backend's side of XenAPI's VBDs: disks added to and removed from definitions, and hot-plugged into running
 * domains with {@code xl block-attach <domid> <spec>} and {@code xl block-detach <domid> <vdev>} (an argument list,
 * never a shell; the spec written by the xl codec from the disk, a volume resolved first). Which disks a running
 * domain does not have attached is {@link XlDetachedDisks}'; its record changes after xl's command, the hot-plug
 * recorded as under way meanwhile, so that an Agent restarted after a stop in between asks xl ({@link #recover}); a
 * record behind xl otherwise (an administrator's own {@code xl block-attach}) is put right by the next plug or unplug
 * of that disk (xl answers that the device exists, or is not connected). Called under the backend's operations lock, with the domain as xl shows it.
 */
final class XlDisks {

    private static final System.Logger LOG = System.getLogger(XlDisks.class.getName());
    /** The virtual devices whose number {@link #devid} knows. */
    private static final Pattern VDEV = Pattern.compile("(xvd|sd)([a-z]{1,3})([0-9]{0,3})");

    private final XlCommandRunner xl;
    private final XlDefinitions definitions;
    private final VolumeResolver volumes;

    XlDisks(XlCommandRunner xl, XlDefinitions definitions, VolumeResolver volumes) {
        this.xl = xl;
        this.definitions = definitions;
        this.volumes = volumes;
    }

    private static boolean exists(Optional<LiveDomain> live) {
        return live.isPresent() && live.get().state() != VmPowerState.HALTED;
    }

    /** {@code VBD.create}: a running or paused domain gets the disk detached, until it is plugged. */
    void add(String uuid, Disk disk, Optional<LiveDomain> live) throws BackendException {
        if (!exists(live)) {
            Domain def = DiskChanges.withDisk(definitions.get(uuid), disk);
            definitions.replace(def, DomainSpec.of(def));
            return;
        }
        DiskChanges.withDisk(definitions.get(uuid), disk); // refused before anything is recorded
        definitions.detached().detached(uuid, disk.getVdev());
        try {
            definitions.changeDisks(uuid, live.get(), def -> DiskChanges.withDisk(def, disk), next -> true);
        } catch (BackendException e) {
            definitions.detached().attached(uuid, disk.getVdev());
            throw e;
        }
    }

    /** {@code VBD.destroy}: refused while the running domain has the disk attached. */
    void remove(String uuid, String vdev, Optional<LiveDomain> live) throws BackendException {
        Domain def = DiskChanges.withoutDisk(definitions.get(uuid), vdev);
        if (!exists(live)) {
            definitions.replace(def, DomainSpec.of(def));
            return;
        }
        if (!definitions.detached().of(uuid).contains(vdev)) {
            throw BackendException.diskAttached(uuid, vdev, true);
        }
        definitions.changeDisks(uuid, live.get(), d -> DiskChanges.withoutDisk(d, vdev),
                next -> DiskChanges.disk(next, vdev).isPresent());
        definitions.detached().attached(uuid, vdev);
    }

    /** {@code VBD.plug}: {@code xl block-attach <domid> <spec>}. */
    void plug(String uuid, String vdev, Optional<LiveDomain> live) throws BackendException {
        LiveDomain l = running(uuid, live);
        Disk disk = DiskChanges.disk(definitions.get(uuid), vdev)
                .orElseThrow(() -> BackendException.noSuchDisk(uuid, vdev));
        if (!definitions.detached().of(uuid).contains(vdev)) {
            throw BackendException.diskAttached(uuid, vdev, true);
        }
        String spec;
        try {
            spec = XlDomainCodec.diskSpec(VolumeResolver.namesVolume(disk) ? volumes.resolve(uuid, disk) : disk);
        } catch (XlEncodeException e) {
            throw BackendException.failed("disk " + vdev + " cannot be given to xl: " + e.getMessage());
        }
        definitions.detached().hotplugging(uuid, vdev);
        XlCommandRunner.Result r;
        try {
            r = xl.run("block-attach", Integer.toString(l.domid()), spec);
        } catch (BackendException e) {
            definitions.detached().hotplugged(uuid); // xl did not finish: the next plug will tell
            throw e;
        }
        Optional<XlError> error = r.error();
        if (error.isPresent()) {
            switch (error.get().kind()) {
                case DEVICE_EXISTS -> {
                    // the domain has it: the record was behind xl (a stop right after an earlier block-attach)
                    definitions.detached().attached(uuid, vdev);
                    definitions.detached().hotplugged(uuid);
                    throw BackendException.diskAttached(uuid, vdev, true);
                }
                case NO_SUCH_DOMAIN -> throw BackendException.badPowerState(uuid, VmPowerState.RUNNING,
                        VmPowerState.HALTED);
                default -> {
                    definitions.detached().hotplugged(uuid);
                    throw BackendException.failed("xl block-attach " + l.domid() + " " + spec + " failed: "
                            + error.get().message());
                }
            }
        }
        definitions.detached().attached(uuid, vdev);
        definitions.detached().hotplugged(uuid);
    }

    /** {@code VBD.unplug}: {@code xl block-detach <domid> <vdev>}; the disk stays in the definition. */
    void unplug(String uuid, String vdev, Optional<LiveDomain> live) throws BackendException {
        LiveDomain l = running(uuid, live);
        DiskChanges.disk(definitions.get(uuid), vdev).orElseThrow(() -> BackendException.noSuchDisk(uuid, vdev));
        if (definitions.detached().of(uuid).contains(vdev)) {
            throw BackendException.diskAttached(uuid, vdev, false);
        }
        definitions.detached().hotplugging(uuid, vdev);
        XlCommandRunner.Result r;
        try {
            r = xl.run("block-detach", Integer.toString(l.domid()), vdev);
        } catch (BackendException e) {
            definitions.detached().hotplugged(uuid);
            throw e;
        }
        Optional<XlError> error = r.error();
        if (error.isPresent()) {
            switch (error.get().kind()) {
                case DEVICE_NOT_CONNECTED -> {
                    // the domain has it not: the record was behind xl (a stop right after an earlier block-detach)
                    definitions.detached().detached(uuid, vdev);
                    definitions.detached().hotplugged(uuid);
                    throw BackendException.diskAttached(uuid, vdev, false);
                }
                case NO_SUCH_DOMAIN -> throw BackendException.badPowerState(uuid, VmPowerState.RUNNING,
                        VmPowerState.HALTED);
                default -> {
                    definitions.detached().hotplugged(uuid);
                    throw BackendException.failed("xl block-detach " + l.domid() + " " + vdev + " failed: "
                            + error.get().message());
                }
            }
        }
        definitions.detached().detached(uuid, vdev);
        definitions.detached().hotplugged(uuid);
    }

    /**
     * After a stop of the Agent: for each hot-plug it interrupted, asks xl ({@code xl block-list <domid>}) whether
     * the domain has the disk now, and records that. A domain that is gone needs nothing.
     *
     * @param look the domains as xl shows them now, by uuid
     */
    void recover(Map<String, LiveDomain> look) throws BackendException, IOException {
        for (Map.Entry<String, String> i : definitions.detached().interrupted().entrySet()) {
            String uuid = i.getKey();
            String vdev = i.getValue();
            LiveDomain live = look.get(uuid);
            OptionalInt devid = devid(vdev);
            if (live != null && live.state() != VmPowerState.HALTED && devid.isPresent()) {
                String list = xl.run("block-list", Integer.toString(live.domid())).succeeded().stdout();
                boolean has = list.lines().anyMatch(l -> l.startsWith(devid.getAsInt() + " "));
                if (has) {
                    definitions.detached().attached(uuid, vdev);
                } else {
                    definitions.detached().detached(uuid, vdev);
                }
                LOG.log(System.Logger.Level.INFO, "disk " + vdev + " of " + live.name() + ": a hot-plug the Agent's"
                        + " stop interrupted left it " + (has ? "attached" : "detached"));
            }
            definitions.detached().hotplugged(uuid);
        }
    }

    /**
     * @return the device number xl lists a virtual device by (xen-vbd-interface(7)): {@code xvdX} and {@code sdX}
     *         with their partition; empty for another form
     */
    static OptionalInt devid(String vdev) {
        Matcher m = VDEV.matcher(vdev);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int disk = 0;
        for (char c : m.group(2).toCharArray()) {
            disk = disk * 26 + (c - 'a' + 1);
        }
        disk--;
        int partition = m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
        boolean xvd = m.group(1).equals("xvd");
        if (disk < 16 && partition < 16) {
            return OptionalInt.of(((xvd ? 202 : 8) << 8) | (disk << 4) | partition);
        }
        return xvd ? OptionalInt.of((1 << 28) | (disk << 8) | partition) : OptionalInt.empty();
    }

    /** @return the domain, if it runs: hot-plugging is for running domains (a paused guest cannot answer a detach) */
    private static LiveDomain running(String uuid, Optional<LiveDomain> live) throws BackendException {
        VmPowerState now = live.map(LiveDomain::state).orElse(VmPowerState.HALTED);
        if (now != VmPowerState.RUNNING) {
            throw BackendException.badPowerState(uuid, VmPowerState.RUNNING, now);
        }
        return live.get();
    }
}
