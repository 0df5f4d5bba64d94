package org.xenophilia.storage;

import java.util.List;
import java.util.Objects;

/**
 * A storage backend refused or failed an operation. It carries the XenAPI error the Agent answers with: xapi's own
 * name and parameters where xapi has one ({@code VDI_MISSING [sr, vdi]}, {@code SR_NOT_EMPTY []},
 * {@code SR_BACKEND_FAILURE_44 ["", reason, stderr]}, ...), and in the message and the parameters the backend's and its
 * tool's own words, so that an admin reads what {@code qemu-img} or {@code lvcreate} said.
 * <p>
 * Backends create it through the factories, which fill the parameters in the order xapi documents them.
 */
public class StorageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** xapi's name of a failure of a backend's tool, with parameters {@code [status, stdout, stderr]}. */
    public static final String SR_BACKEND_FAILURE = "SR_BACKEND_FAILURE";
    /** xapi's name of a refused value, with parameters {@code [field, value]}. */
    public static final String INVALID_VALUE = "INVALID_VALUE";
    /** xapi: the repository still holds volumes ({@code []}). */
    public static final String SR_NOT_EMPTY = "SR_NOT_EMPTY";
    /** xapi: the volume is in use, e.g. by a running domain ({@code [vdi, operation]}). */
    public static final String VDI_IN_USE = "VDI_IN_USE";
    /** xapi: no such volume on the storage ({@code [sr, vdi]}). */
    public static final String VDI_MISSING = "VDI_MISSING";
    /** xapi: the repository is not attached to this host ({@code [sr]}). */
    public static final String SR_HAS_NO_PBDS = "SR_HAS_NO_PBDS";
    /** xapi: the backend does not support the operation ({@code [sr]}). */
    public static final String SR_OPERATION_NOT_SUPPORTED = "SR_OPERATION_NOT_SUPPORTED";
    /** xapi: no backend of that type ({@code [driver]}). */
    public static final String SR_UNKNOWN_DRIVER = "SR_UNKNOWN_DRIVER";

    private final String code;
    private final List<String> params;

    /**
     * @param code the XenAPI error's name, as xapi spells it
     * @param params its parameters, in xapi's order
     * @param message for the admin and the logs
     * @param cause what failed underneath, or {@code null}
     */
    public StorageException(String code, List<String> params, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.params = List.copyOf(params);
    }

    /** @return the XenAPI error's name: {@code VDI_MISSING}, {@code SR_BACKEND_FAILURE_44}, ... */
    public String code() {
        return code;
    }

    /** @return the XenAPI error's parameters, in xapi's order */
    public List<String> params() {
        return params;
    }

    /**
     * A failure of a class xapi's storage managers number ({@code SR_BACKEND_FAILURE_<code> ["", reason, output]}).
     *
     * @param failure the class
     * @param reason what failed, in the backend's words: {@code cannot copy web to web-2: ...}
     * @param toolOutput what the tool said (its standard error), or {@code ""}
     * @return the exception
     */
    public static StorageException failure(StorageFailure failure, String reason, String toolOutput) {
        return failure(failure, reason, toolOutput, null);
    }

    /**
     * @param failure the class
     * @param reason what failed, in the backend's words
     * @param toolOutput what the tool or the system said, or {@code ""}
     * @param cause what failed underneath, or {@code null}
     * @return the exception ({@code SR_BACKEND_FAILURE_<code> ["", reason, output]})
     */
    public static StorageException failure(StorageFailure failure, String reason, String toolOutput,
            Throwable cause) {
        String output = toolOutput == null ? "" : toolOutput.strip();
        String message = output.isEmpty() || reason.contains(output) ? reason : reason + ": " + output;
        return new StorageException(failure.xapiCode(), List.of("", reason, output), message, cause);
    }

    /**
     * A tool failed in a way no numbered class describes ({@code SR_BACKEND_FAILURE [status, stdout, stderr]}).
     *
     * @param command what ran, as the admin would type it: {@code qemu-img create -f qcow2 ...}
     * @param status its exit status, or how it ended ({@code killed after 60 s})
     * @param stdout what it printed
     * @param stderr what it printed as errors
     * @return the exception
     */
    public static StorageException toolFailed(String command, String status, String stdout, String stderr) {
        return new StorageException(SR_BACKEND_FAILURE, List.of(status, stdout, stderr), command + " failed ("
                + status + ")" + (stderr.isBlank() ? "" : ": " + stderr.strip()), null);
    }

    /**
     * @param field the configuration key or parameter
     * @param value the value refused
     * @param why what is wrong with it
     * @return the exception ({@code INVALID_VALUE [field, value]})
     */
    public static StorageException invalidValue(String field, String value, String why) {
        return new StorageException(INVALID_VALUE, List.of(field, value), why, null);
    }

    /**
     * @param repository the repository's uuid
     * @param volume the volume's name
     * @return the exception ({@code VDI_MISSING [sr, vdi]})
     */
    public static StorageException volumeMissing(String repository, String volume) {
        return new StorageException(VDI_MISSING, List.of(repository, volume), "no volume '" + volume
                + "' in repository " + repository, null);
    }

    /**
     * @param volume the volume
     * @param operation the operation refused: {@code destroy}, {@code resize}
     * @param user who uses it: {@code domain web01 (xvda)}
     * @return the exception ({@code VDI_IN_USE [vdi, operation]})
     */
    public static StorageException volumeInUse(String volume, String operation, String user) {
        return new StorageException(VDI_IN_USE, List.of(volume, operation), "cannot " + operation + " '" + volume
                + "': it is in use by " + user, null);
    }

    /**
     * @param repository the repository's uuid
     * @param volumes how many volumes it still holds
     * @return the exception ({@code SR_NOT_EMPTY []})
     */
    public static StorageException notEmpty(String repository, int volumes) {
        return new StorageException(SR_NOT_EMPTY, List.of(), "repository " + repository + " still holds " + volumes
                + " volume(s): destroy them first", null);
    }

    /**
     * The location of a new repository holds data that is not ours: it is not written without force.
     *
     * @param location the device or directory
     * @param found what is there, in words: {@code 3 files (notes.txt, ...)}, {@code an ext4 file system}
     * @return the exception ({@code SR_NOT_EMPTY []}, as xapi answers a storage manager's "contains data")
     */
    public static StorageException holdsData(String location, String found) {
        return new StorageException(SR_NOT_EMPTY, List.of(), location + " holds " + found
                + "; nothing was written (create with force to use it anyway)", null);
    }

    /**
     * @param repository the repository's uuid
     * @return the exception ({@code SR_HAS_NO_PBDS [sr]}): the repository is known but not attached here
     */
    public static StorageException notAttached(String repository) {
        return new StorageException(SR_HAS_NO_PBDS, List.of(repository), "repository " + repository
                + " is not attached", null);
    }

    /**
     * @param repository the repository's uuid
     * @param operation what was asked: {@code resize}, {@code snapshot}, {@code create a qcow2 volume}
     * @param why why not, for the admin: {@code qemu-img is not installed}
     * @return the exception ({@code SR_OPERATION_NOT_SUPPORTED [sr]})
     */
    public static StorageException notSupported(String repository, String operation, String why) {
        return new StorageException(SR_OPERATION_NOT_SUPPORTED, List.of(repository), "repository " + repository
                + " cannot " + operation + ": " + why, null);
    }
}
