package org.xenophilia.xl.output;

/** What went wrong in an {@code xl} command, as far as its exit code and standard error tell. */
public enum XlErrorKind {

    /** The domain name or id does not exist: {@code NAME is an invalid domain identifier (rc=-6)}, exit 1. */
    NO_SUCH_DOMAIN,

    /** The host has not enough free memory to build the domain ({@code xl create}, exit 3). */
    NOT_ENOUGH_MEMORY,

    /** A domain with the same name already exists ({@code xl create}, exit 3). */
    DUPLICATE_NAME,

    /**
     * The configuration file has a syntax error, or a disk spec xl rejects ({@code xl create}, exit 1); the file is
     * known, and for a syntax error the line.
     */
    CONFIG_SYNTAX_ERROR,

    /** {@code xl mem-set} asked for more than the domain's static maximum ({@code maxmem}), exit 1. */
    MEMORY_ABOVE_MAXMEM,

    /**
     * {@code xl unpause} of a domain that is not paused: libxl prints an error, but xl exits 0. Usually harmless
     * (the domain is running), but it is an error report nonetheless.
     */
    NOT_PAUSED,

    /**
     * The guest kernel could not be loaded (e.g. {@code unable to XZ decompress kernel}, {@code no loader found});
     * seen once as a transient failure under emulation, so worth one retry.
     */
    KERNEL_LOAD_FAILED,

    /**
     * {@code xl block-attach} of a virtual device the domain has already: {@code device already exists in xenstore},
     * exit 1.
     */
    DEVICE_EXISTS,

    /**
     * {@code xl block-detach} of a virtual device the domain does not have: {@code Error: Device xvdb not connected.},
     * exit 1.
     */
    DEVICE_NOT_CONNECTED,

    /** Any other failure: a non-zero exit code, or an error line on standard error. */
    OTHER
}
