package org.xenophilia.agent.backend;

import java.util.ArrayList;
import java.util.List;

import org.xenophilia.xenapi.VmPowerState;

/**
 * A backend refused or failed an operation. The {@link Kind} says which XenAPI error the API layer answers with.
 */
public class BackendException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The classes of failure. */
    public enum Kind {
        /** No domain with that uuid ({@code UUID_INVALID}/{@code HANDLE_INVALID}). Details: uuid. */
        NO_SUCH_DOMAIN,
        /** The domain is in the wrong power state ({@code VM_BAD_POWER_STATE}). Details: uuid, expected, actual. */
        BAD_POWER_STATE,
        /** Not enough free host memory ({@code HOST_NOT_ENOUGH_FREE_MEMORY}). Details: needed, available. */
        NOT_ENOUGH_MEMORY,
        /**
         * More vCPUs online than the host has CPUs, which {@code xl vcpu-set} refuses ({@code HOST_NOT_ENOUGH_PCPUS}).
         * Details: vcpus, pcpus.
         */
        NOT_ENOUGH_PCPUS,
        /** A request outside the domain's limits ({@code INVALID_VALUE}). Details: field, value. */
        INVALID_VALUE,
        /**
         * Another domain on the host, one without a definition here, has the domain's name, so the toolstack refuses
         * to create it ({@code XENOPHILIA_DOMAIN_NAME_IN_USE}). Details: uuid, name.
         */
        NAME_IN_USE,
        /**
         * A disk's storage cannot be given to the domain ({@link VolumeResolver}): the XenAPI error as it is. Details:
         * the error code, then its parameters.
         */
        STORAGE,
        /**
         * A vif's network cannot be given to the domain ({@link NetworkResolver}): the XenAPI error as it is. Details:
         * the error code, then its parameters.
         */
        NETWORK,
        /** The domain has a disk of that virtual device already ({@code DEVICE_ALREADY_EXISTS}). Details: uuid, vdev. */
        DISK_EXISTS,
        /** The domain has no disk of that virtual device. Details: uuid, vdev. */
        NO_SUCH_DISK,
        /** The disk is attached to the running domain ({@code DEVICE_ALREADY_ATTACHED}). Details: uuid, vdev. */
        DISK_ATTACHED,
        /** The disk is not attached to the running domain ({@code DEVICE_ALREADY_DETACHED}). Details: uuid, vdev. */
        DISK_DETACHED,
        /** The toolstack failed ({@code INTERNAL_ERROR}). Details: message. */
        FAILED
    }

    private final Kind kind;
    private final List<String> details;

    /**
     * @param kind the class of failure
     * @param message for logs
     * @param details the parameters documented for {@code kind}
     */
    public BackendException(Kind kind, String message, List<String> details) {
        this(kind, message, details, null);
    }

    /**
     * @param kind the class of failure
     * @param message for logs
     * @param details the parameters documented for {@code kind}
     * @param cause what went wrong underneath, or {@code null}
     */
    public BackendException(Kind kind, String message, List<String> details, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.details = List.copyOf(details);
    }

    /** @return the class of failure */
    public Kind kind() {
        return kind;
    }

    /** @return the parameters documented for the kind */
    public List<String> details() {
        return details;
    }

    /**
     * The toolstack or the backend's own storage failed ({@code INTERNAL_ERROR [message]}).
     *
     * @param message what failed, for the caller to read: {@code xl pause web did not finish within 60 s ...}
     * @return the exception
     */
    public static BackendException failed(String message) {
        return new BackendException(Kind.FAILED, message, List.of(message));
    }

    /**
     * The backend's own storage failed, e.g. a definition could not be written.
     *
     * @param what what could not be done: {@code cannot save the definition of <uuid>}
     * @param cause the failure; its message is appended
     * @return the exception ({@code INTERNAL_ERROR ["<what>: <cause's message>"]})
     */
    public static BackendException failed(String what, Exception cause) {
        String message = what + ": " + cause.getMessage();
        return new BackendException(Kind.FAILED, message, List.of(message), cause);
    }

    /**
     * @param uuid the domain asked for
     * @return the exception
     */
    public static BackendException noSuchDomain(String uuid) {
        return new BackendException(Kind.NO_SUCH_DOMAIN, "no domain " + uuid, List.of(uuid));
    }

    /**
     * @param uuid the domain
     * @param expected the state the operation needs
     * @param actual the state it is in
     * @return the exception
     */
    public static BackendException badPowerState(String uuid, VmPowerState expected, VmPowerState actual) {
        return new BackendException(Kind.BAD_POWER_STATE, "domain " + uuid + " is " + actual.wireName()
                + ", needs " + expected.wireName(), List.of(uuid, expected.wireName(), actual.wireName()));
    }

    /**
     * @param needed bytes needed
     * @param available bytes free
     * @return the exception
     */
    public static BackendException notEnoughMemory(long needed, long available) {
        return new BackendException(Kind.NOT_ENOUGH_MEMORY, "needs " + needed + " bytes, " + available
                + " free", List.of(Long.toString(needed), Long.toString(available)));
    }

    /**
     * @param vcpus the vCPUs asked for
     * @param pcpus the host's CPUs
     * @return the exception
     */
    public static BackendException notEnoughPcpus(int vcpus, int pcpus) {
        return new BackendException(Kind.NOT_ENOUGH_PCPUS, vcpus + " vCPUs online on a host with " + pcpus
                + " CPUs", List.of(Integer.toString(vcpus), Integer.toString(pcpus)));
    }

    /**
     * @param uuid the domain that could not be created
     * @param name its name, which another domain on the host has
     * @return the exception
     */
    public static BackendException nameInUse(String uuid, String name) {
        return new BackendException(Kind.NAME_IN_USE, "another domain on the host is named " + name,
                List.of(uuid, name));
    }

    /**
     * @param field the parameter
     * @param value the value refused
     * @return the exception
     */
    public static BackendException invalidValue(String field, String value) {
        return new BackendException(Kind.INVALID_VALUE, field + " = " + value + " is out of range",
                List.of(field, value));
    }

    /**
     * @param message for logs: what could not be given to the domain, and why
     * @param code the XenAPI error code ({@code VDI_MISSING} ...)
     * @param params its parameters
     * @return the exception ({@link Kind#STORAGE})
     */
    public static BackendException storage(String message, String code, String... params) {
        List<String> details = new ArrayList<>();
        details.add(code);
        details.addAll(List.of(params));
        return new BackendException(Kind.STORAGE, message, details);
    }

    /**
     * @param message for logs
     * @param code the XenAPI error ({@code VM_REQUIRES_NETWORK})
     * @param params its parameters
     * @return the exception ({@link Kind#NETWORK})
     */
    public static BackendException network(String message, String code, String... params) {
        List<String> details = new ArrayList<>();
        details.add(code);
        details.addAll(List.of(params));
        return new BackendException(Kind.NETWORK, message, details);
    }

    /**
     * @param uuid the domain
     * @param vdev the virtual device it has a disk of already
     * @return the exception ({@link Kind#DISK_EXISTS})
     */
    public static BackendException diskExists(String uuid, String vdev) {
        return new BackendException(Kind.DISK_EXISTS, "domain " + uuid + " has a disk " + vdev + " already",
                List.of(uuid, vdev));
    }

    /**
     * @param uuid the domain
     * @param vdev the virtual device it has no disk of
     * @return the exception ({@link Kind#NO_SUCH_DISK})
     */
    public static BackendException noSuchDisk(String uuid, String vdev) {
        return new BackendException(Kind.NO_SUCH_DISK, "domain " + uuid + " has no disk " + vdev, List.of(uuid, vdev));
    }

    /**
     * @param uuid the running domain
     * @param vdev its disk
     * @param attached whether the disk is attached now (so it cannot be attached, or removed), or detached (so it
     *            cannot be detached)
     * @return the exception ({@link Kind#DISK_ATTACHED} or {@link Kind#DISK_DETACHED})
     */
    public static BackendException diskAttached(String uuid, String vdev, boolean attached) {
        return new BackendException(attached ? Kind.DISK_ATTACHED : Kind.DISK_DETACHED, "disk " + vdev
                + " of domain " + uuid + " is " + (attached ? "attached" : "not attached"), List.of(uuid, vdev));
    }
}
