package org.xenophilia.storage;

/** Which of Xen's block backends serves a disk, by the names of {@code backendtype=} in xl's disk specification. */
public enum XlBackendType {

    /** The kernel's blkback, on a block device (a logical volume, a partition, a loop device). */
    PHY("phy"),
    /** QEMU's disk backend: files, and formats other than raw. */
    QDISK("qdisk"),
    /** The standalone tapdisk backend (blktap2). */
    STANDALONE("standalone");

    private final String xlName;

    XlBackendType(String xlName) {
        this.xlName = xlName;
    }

    /** @return the name in xl's disk specification: {@code phy}, {@code qdisk}, {@code standalone} */
    public String xlName() {
        return xlName;
    }
}
