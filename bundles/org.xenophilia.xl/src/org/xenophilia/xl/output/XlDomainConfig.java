package org.xenophilia.xl.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One element of {@code xl list -l}: a domain id and the domain's libxl <em>configuration</em> (not its live
 * state: take run state, CPU time and current memory from {@code xl list}). Dom0's entry is minimal (name, type,
 * memory, scheduler); a guest's {@code c_info.domid} is 4294967295 (libxl's "any"), so {@link #domid()} comes from
 * the entry, not from the configuration.
 */
public final class XlDomainConfig extends XlJsonObject {

    private static final String C_INFO = "c_info";
    private static final String B_INFO = "b_info";

    /** A virtual disk of the configuration ({@code disks[]}). */
    public static final class Disk extends XlJsonObject {

        Disk(JsonObject object) {
            super(object);
        }

        /** @return the backing path or target ({@code pdev_path}) */
        public Optional<String> pdevPath() {
            return string("pdev_path");
        }

        /** @return the virtual device as the guest sees it, e.g. {@code xvda} ({@code vdev}) */
        public Optional<String> vdev() {
            return string("vdev");
        }

        /** @return the image format, e.g. {@code raw} ({@code format}) */
        public Optional<String> format() {
            return string("format");
        }

        /** @return the backend type, e.g. {@code phy} or {@code qdisk} ({@code backend}) */
        public Optional<String> backendType() {
            return string("backend");
        }

        /** @return whether the disk is writable ({@code readwrite}, printed as the number 1 or 0) */
        public Optional<Boolean> readWrite() {
            return bool("readwrite");
        }

        /** @return whether the disk is a CD-ROM ({@code is_cdrom}); absent means no */
        public boolean cdrom() {
            return bool("is_cdrom").orElse(Boolean.FALSE);
        }

        /** @return the hotplug script ({@code script}) */
        public Optional<String> script() {
            return string("script");
        }

        /** @return the backend domain's name ({@code backend_domname}); absent means dom0 */
        public Optional<String> backendDomain() {
            return string("backend_domname");
        }
    }

    /** A virtual network interface of the configuration ({@code nics[]}). */
    public static final class Nic extends XlJsonObject {

        Nic(JsonObject object) {
            super(object);
        }

        /** @return the device index ({@code devid}) */
        public OptionalLong devid() {
            return number("devid");
        }

        /** @return the MAC address ({@code mac}) */
        public Optional<String> mac() {
            return string("mac");
        }

        /** @return the bridge ({@code bridge}) */
        public Optional<String> bridge() {
            return string("bridge");
        }

        /** @return {@code vif} or {@code vif_ioemu} ({@code nictype}) */
        public Optional<String> nicType() {
            return string("nictype");
        }

        /** @return the emulated model ({@code model}) */
        public Optional<String> model() {
            return string("model");
        }

        /** @return the IP address(es) given to the hotplug script ({@code ip}) */
        public Optional<String> ip() {
            return string("ip");
        }

        /** @return the hotplug script ({@code script}) */
        public Optional<String> script() {
            return string("script");
        }

        /** @return the backend interface name ({@code ifname}, the vif spec's {@code vifname}) */
        public Optional<String> ifname() {
            return string("ifname");
        }

        /** @return the backend domain's name ({@code backend_domname}); absent means dom0 */
        public Optional<String> backendDomain() {
            return string("backend_domname");
        }

        /** @return the MTU ({@code mtu}) */
        public OptionalLong mtu() {
            return number("mtu");
        }
    }

    private final int domid;

    XlDomainConfig(int domid, JsonObject config) {
        super(config);
        this.domid = domid;
    }

    /** @return the domain id */
    public int domid() {
        return domid;
    }

    /** @return the domain name ({@code c_info.name}) */
    public String name() {
        return string(C_INFO, "name").orElse("");
    }

    /** @return the domain type: {@code pv}, {@code pvh} or {@code hvm} ({@code c_info.type}) */
    public Optional<String> type() {
        return string(C_INFO, "type");
    }

    /** @return the UUID ({@code c_info.uuid}); absent for dom0 */
    public Optional<String> uuid() {
        return string(C_INFO, "uuid");
    }

    /** @return whether xl runs the hotplug scripts ({@code c_info.run_hotplug_scripts}) */
    public Optional<Boolean> runHotplugScripts() {
        return bool(C_INFO, "run_hotplug_scripts");
    }

    /** @return the maximum number of vCPUs ({@code b_info.max_vcpus}) */
    public OptionalInt maxVcpus() {
        OptionalLong n = number(B_INFO, "max_vcpus");
        return n.isPresent() ? OptionalInt.of((int) n.getAsLong()) : OptionalInt.empty();
    }

    /**
     * @return the vCPUs online at boot ({@code b_info.avail_vcpus}), empty if not given; an element that is not a
     *         vCPU number (not a whole number from 0 to {@link Integer#MAX_VALUE}) is left out
     */
    public List<Integer> availVcpus() {
        List<Integer> result = new ArrayList<>();
        JsonElement b = object().get(B_INFO);
        if (b != null && b.isJsonObject() && b.getAsJsonObject().get("avail_vcpus") instanceof JsonArray a) {
            for (JsonElement e : a) {
                vcpu(e).ifPresent(result::add);
            }
        }
        return result;
    }

    private static Optional<Integer> vcpu(JsonElement e) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return Optional.empty();
        }
        try {
            int n = e.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
            return n >= 0 ? Optional.of(n) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException notAnInt) {
            return Optional.empty();
        }
    }

    /** @return the static maximum memory in KiB ({@code b_info.max_memkb}) */
    public OptionalLong maxMemKb() {
        return number(B_INFO, "max_memkb");
    }

    /** @return the memory target at boot in KiB ({@code b_info.target_memkb}) */
    public OptionalLong targetMemKb() {
        return number(B_INFO, "target_memkb");
    }

    /** @return the video memory in KiB ({@code b_info.video_memkb}) */
    public OptionalLong videoMemKb() {
        return number(B_INFO, "video_memkb");
    }

    /** @return the scheduler, e.g. {@code credit2} ({@code b_info.sched_params.sched}) */
    public Optional<String> scheduler() {
        return string(B_INFO, "sched_params", "sched");
    }

    /** @return the scheduler weight ({@code b_info.sched_params.weight}) */
    public OptionalLong schedWeight() {
        return number(B_INFO, "sched_params", "weight");
    }

    /** @return the scheduler cap in percent of one CPU, 0 for none ({@code b_info.sched_params.cap}) */
    public OptionalLong schedCap() {
        return number(B_INFO, "sched_params", "cap");
    }

    /** @return the kernel path ({@code b_info.kernel}) */
    public Optional<String> kernel() {
        return string(B_INFO, "kernel");
    }

    /** @return the ramdisk path ({@code b_info.ramdisk}) */
    public Optional<String> ramdisk() {
        return string(B_INFO, "ramdisk");
    }

    /** @return the kernel command line ({@code b_info.cmdline}) */
    public Optional<String> cmdline() {
        return string(B_INFO, "cmdline");
    }

    /** @return the bootloader ({@code b_info.bootloader}) */
    public Optional<String> bootloader() {
        return string(B_INFO, "bootloader");
    }

    /** @return whether memory is claimed before the build ({@code b_info.claim_mode}) */
    public Optional<Boolean> claimMode() {
        return bool(B_INFO, "claim_mode");
    }

    /**
     * @param event {@code poweroff}, {@code reboot}, {@code watchdog}, {@code crash} or {@code soft_reset}
     * @return the action configured for the event, e.g. {@code preserve} ({@code on_<event>}); absent means libxl's
     *         default
     */
    public Optional<String> action(String event) {
        return string("on_" + event);
    }

    /** @return the disks, in order */
    public List<Disk> disks() {
        List<Disk> result = new ArrayList<>();
        for (JsonObject o : objects("disks")) {
            result.add(new Disk(o));
        }
        return result;
    }

    /** @return the network interfaces, in order */
    public List<Nic> nics() {
        List<Nic> result = new ArrayList<>();
        for (JsonObject o : objects("nics")) {
            result.add(new Nic(o));
        }
        return result;
    }

    private List<JsonObject> objects(String field) {
        List<JsonObject> result = new ArrayList<>();
        if (object().get(field) instanceof JsonArray a) {
            for (JsonElement e : a) {
                if (e.isJsonObject()) {
                    result.add(e.getAsJsonObject());
                }
            }
        }
        return result;
    }

    /** @return {@code domid name} */
    @Override
    public String toString() {
        return domid + " " + name();
    }
}
