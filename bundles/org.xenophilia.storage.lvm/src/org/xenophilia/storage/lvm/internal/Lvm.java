package org.xenophilia.storage.lvm.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.StorageFailure;
import org.xenophilia.storage.StorageProgress;
import org.xenophilia.storage.ToolRunner;

/**
 * LVM2's one executable, {@code lvm}, run with a command ({@code lvcreate}, {@code lvs}, ...) and an argument list
 * through {@link ToolRunner}: never a shell, names only from validated values. Reports are always read as JSON with
 * sizes in bytes ({@code --reportformat json --units b}) and parsed strictly ({@link LvmReport}).
 * <p>
 * udev: LVM expects udev to make the device nodes of the LVs it activates; on a host without udev (a busybox or
 * OpenRC dom0) {@code lvcreate} then fails ({@code /dev/vg/lv: not found: device not cleared}). Such a host is told
 * by udev's control socket missing, and there every command gets LVM's configuration for making the nodes itself
 * ({@link #WITHOUT_UDEV}); where udev runs, LVM runs with the host's own configuration, untouched.
 */
final class Lvm {

    /** LVM's configuration for a host without udev: LVM makes and checks the device nodes itself. */
    static final String WITHOUT_UDEV = "activation{udev_sync=0 udev_rules=0 verify_udev_operations=1}"
            + " devices{obtain_device_list_from_udev=0}";
    /** Where udev's daemon listens while it runs. */
    static final Path UDEV_CONTROL = Path.of("/run/udev/control");

    /** Whether LVM may rely on udev: the setting {@code lvm.udev}. */
    enum Udev {
        /** Where udev runs ({@link #UDEV_CONTROL} exists), asked before each command. */
        AUTO,
        /** Always: the host's configuration as it is. */
        YES,
        /** Never: {@link #WITHOUT_UDEV}. */
        NO;

        /**
         * @param setting the setting's value
         * @return the mode
         * @throws StorageException {@code INVALID_VALUE} for another value
         */
        static Udev of(String setting) throws StorageException {
            try {
                return valueOf(setting.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw StorageException.invalidValue(LvmBackendType.UDEV, setting, "lvm.udev is auto, yes or no: "
                        + setting);
            }
        }
    }

    private final ToolRunner runner;
    private final Udev udev;
    private final Path udevControl;

    /**
     * @param runner runs {@code lvm}
     * @param udev whether LVM may rely on udev
     * @param udevControl udev's control socket, asked in {@link Udev#AUTO}
     */
    Lvm(ToolRunner runner, Udev udev, Path udevControl) {
        this.runner = runner;
        this.udev = udev;
        this.udevControl = udevControl;
    }

    /** @return whether the commands run now get {@link #WITHOUT_UDEV} */
    boolean withoutUdev() {
        return udev == Udev.NO || udev == Udev.AUTO && !Files.exists(udevControl);
    }

    /**
     * @param command the LVM command: {@code lvcreate}, {@code lvs}, ...
     * @param args its arguments
     * @return the argument list given to {@code lvm}
     */
    List<String> argv(String command, List<String> args) {
        List<String> argv = new ArrayList<>(args.size() + 3);
        argv.add(command);
        if (withoutUdev()) {
            argv.add("--config");
            argv.add(WITHOUT_UDEV);
        }
        argv.addAll(args);
        return argv;
    }

    /**
     * Runs a command; its exit status is the caller's to judge.
     *
     * @param progress asked whether to stop
     * @param command the LVM command
     * @param args its arguments
     * @return what it left
     * @throws StorageException if it could not run or took too long
     */
    ToolRunner.Result run(StorageProgress progress, String command, String... args) throws StorageException {
        return runner.run(progress, argv(command, List.of(args)).toArray(String[]::new));
    }

    /** @return the LVs of a volume group */
    List<LvRow> lvs(String vg, StorageFailure failure) throws StorageException {
        return report("lvs", "lv", LvRow.FIELDS, LvRow::of, failure, "cannot list the LVs of " + vg, vg);
    }

    /** @return every volume group LVM sees */
    List<VgRow> vgs(StorageFailure failure) throws StorageException {
        return report("vgs", "vg", VgRow.FIELDS, VgRow::of, failure, "cannot list the volume groups");
    }

    /** @return every physical volume LVM sees */
    List<PvRow> pvs(StorageFailure failure) throws StorageException {
        return report("pvs", "pv", PvRow.FIELDS, PvRow::of, failure, "cannot list the physical volumes");
    }

    private <T> List<T> report(String command, String kind, List<String> fields, Function<Map<String, String>, T> row,
            StorageFailure failure, String reason, String... names) throws StorageException {
        List<String> args = new ArrayList<>(List.of("--reportformat", "json", "--units", "b", "-o",
                String.join(",", fields)));
        args.addAll(List.of(names));
        ToolRunner.Result r = run(StorageProgress.NONE, command, args.toArray(String[]::new))
                .succeeded(failure, reason);
        try {
            return LvmReport.rows(r.stdout(), kind).stream().map(row).toList();
        } catch (IllegalArgumentException e) {
            throw StorageException.failure(failure, reason + ": " + r.command() + " printed what is not its JSON"
                    + " report (" + e.getMessage() + ")", r.stdout().length() > 2000 ? r.stdout().substring(0, 2000)
                            : r.stdout());
        }
    }
}
