package org.xenophilia.storage.lvm.internal;

import java.util.List;
import java.util.Map;

/**
 * One physical volume as {@code pvs} reports it.
 *
 * @param name its device ({@code /dev/vdb})
 * @param vg the volume group it belongs to, or {@code ""} for none
 * @param size its size in bytes
 */
record PvRow(String name, String vg, long size) {

    /** The fields asked for with {@code -o}. */
    static final List<String> FIELDS = List.of("pv_name", "vg_name", "pv_size");

    static PvRow of(Map<String, String> row) {
        return new PvRow(LvmReport.field(row, "pv_name"), LvmReport.field(row, "vg_name"),
                LvmReport.bytes(row, "pv_size"));
    }
}
