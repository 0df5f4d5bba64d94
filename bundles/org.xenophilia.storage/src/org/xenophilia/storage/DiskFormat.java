package org.xenophilia.storage;

/**
 * The format of a volume's content, by the names {@code xl-disk-configuration(5)} gives them in a disk's
 * {@code format=}.
 */
public enum DiskFormat {

    /** The disk's bytes as they are: a block device, or a (usually sparse) file. */
    RAW("raw"),
    /** QEMU's copy-on-write format, version 2: a file that grows as it is written. */
    QCOW2("qcow2"),
    /** The VHD format of Hyper-V and XenServer's older storage. */
    VHD("vhd");

    private final String xlName;

    DiskFormat(String xlName) {
        this.xlName = xlName;
    }

    /** @return the format's name in xl's disk specification: {@code raw}, {@code qcow2}, {@code vhd} */
    public String xlName() {
        return xlName;
    }
}
