package org.xenophilia.storage.lvm.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One logical volume as {@code lvs} reports it.
 *
 * @param name its name in its volume group
 * @param size its size in bytes ({@code lv_size}: a thin LV's virtual size; a thick snapshot's copy-on-write space)
 * @param attr its attribute letters ({@code lv_attr}: {@code Vwi-a-tz--} for an active thin LV)
 * @param tags its tags
 * @param origin the LV it is a snapshot of, or {@code ""}
 * @param originSize the size of that origin in bytes, or 0
 * @param pool the thin pool it is in, or {@code ""}
 * @param dataPercent how full it is: a thin LV's or pool's data, a thick snapshot's copy-on-write space; 0 otherwise
 * @param path its device, as LVM names it ({@code /dev/<vg>/<lv>}, also while it is inactive)
 */
record LvRow(String name, long size, String attr, Set<String> tags, String origin, long originSize, String pool,
        BigDecimal dataPercent, String path) {

    /** The fields asked for with {@code -o}. */
    static final List<String> FIELDS = List.of("lv_name", "lv_size", "lv_attr", "lv_tags", "origin", "origin_size",
            "pool_lv", "data_percent", "lv_path");

    static LvRow of(Map<String, String> row) {
        return new LvRow(LvmReport.field(row, "lv_name"), LvmReport.bytes(row, "lv_size"),
                LvmReport.field(row, "lv_attr"), LvmReport.tags(row, "lv_tags"), LvmReport.field(row, "origin"),
                LvmReport.bytes(row, "origin_size"), LvmReport.field(row, "pool_lv"),
                LvmReport.percent(row, "data_percent"), LvmReport.field(row, "lv_path"));
    }

    /** @return whether it is a thin LV ({@code V}) */
    boolean thin() {
        return attr.startsWith("V");
    }

    /** @return whether it is a thin pool ({@code t}) */
    boolean thinPool() {
        return attr.startsWith("t");
    }

    /** @return whether it is a thick (copy-on-write) snapshot ({@code s}, or {@code S} when invalid) */
    boolean thickSnapshot() {
        return attr.startsWith("s") || attr.startsWith("S");
    }

    /** @return whether it is active (the fifth letter {@code a}) */
    boolean active() {
        return attr.length() > 4 && attr.charAt(4) == 'a';
    }

    /** @return the bytes of its data: thin LVs and pools and thick snapshots as full as reported, others whole */
    long used() {
        if (!thin() && !thinPool() && !thickSnapshot()) {
            return size;
        }
        return dataPercent.multiply(BigDecimal.valueOf(size)).divide(BigDecimal.valueOf(100), 0, RoundingMode.UP)
                .longValue();
    }

    /** @return the size of the disk it is: a thick snapshot's origin's size, else its own */
    long virtualSize() {
        return thickSnapshot() && originSize > 0 ? originSize : size;
    }
}
