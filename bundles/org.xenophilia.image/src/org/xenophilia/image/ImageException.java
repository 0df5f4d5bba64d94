package org.xenophilia.image;

import java.util.List;
import java.util.Objects;

/**
 * A deployment or catalog operation that failed, of a {@link Kind} the Agent maps to a XenAPI error, with its
 * parameters and the words of whatever failed (a server, a tool, the file system).
 */
public final class ImageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong; each is a XenAPI error {@code XENOPHILIA_IMAGE_<KIND>} of the Agent. */
    public enum Kind {
        /** A request, an entry or a file that is not what it must be (the message says which rule). */
        INVALID,
        /** No such image, file or source. */
        NOT_FOUND,
        /** Already there (an image of that name and version in the local catalog). */
        CONFLICT,
        /** The file could not be downloaded: the server's status or the network's words; parameters: url. */
        DOWNLOAD_FAILED,
        /** The file's SHA-256 is not the catalog's; parameters: expected, actual, url or file. */
        CHECKSUM_MISMATCH,
        /** A root filesystem archive with a path leaving its root, a device node or another special file. */
        UNSAFE_ARCHIVE,
        /** A file system or volume is full; the message is the tool's or the system's words. */
        DISK_FULL,
        /** The deployment was cancelled; what it made is removed. */
        CANCELLED,
        /** The deployer cannot run here (a tool missing). */
        UNAVAILABLE,
        /** Anything else: the words of what failed. */
        FAILED
    }

    private final Kind kind;
    private final List<String> parameters;

    /**
     * @param kind what went wrong
     * @param message the words for an administrator
     * @param parameters the XenAPI error's parameters after the kind
     */
    public ImageException(Kind kind, String message, List<String> parameters) {
        this(kind, message, parameters, null);
    }

    /**
     * @param kind what went wrong
     * @param message the words for an administrator
     * @param parameters the XenAPI error's parameters after the kind
     * @param cause what failed
     */
    public ImageException(Kind kind, String message, List<String> parameters, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.parameters = List.copyOf(parameters);
    }

    /** {@return what went wrong} */
    public Kind kind() {
        return kind;
    }

    /** {@return the XenAPI error's parameters after the kind} */
    public List<String> parameters() {
        return parameters;
    }
}
