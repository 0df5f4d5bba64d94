package org.xenophilia.storage.lvm.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One volume group as {@code vgs} reports it.
 *
 * @param name its name
 * @param size its size in bytes
 * @param free its unallocated bytes
 * @param extentSize its physical extent's size in bytes (LVs are allocated in extents)
 * @param tags its tags
 * @param lvCount how many LVs it holds (LVM's count: visible LVs)
 */
record VgRow(String name, long size, long free, long extentSize, Set<String> tags, int lvCount) {

    /** The fields asked for with {@code -o}. */
    static final List<String> FIELDS = List.of("vg_name", "vg_size", "vg_free", "vg_extent_size", "vg_tags",
            "lv_count");

    static VgRow of(Map<String, String> row) {
        return new VgRow(LvmReport.field(row, "vg_name"), LvmReport.bytes(row, "vg_size"),
                LvmReport.bytes(row, "vg_free"), LvmReport.bytes(row, "vg_extent_size"),
                LvmReport.tags(row, "vg_tags"), LvmReport.count(row, "lv_count"));
    }
}
