package org.xenophilia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xenophilia.core.VmOperation;
import org.xenophilia.core.XenApiErrorMessages;
import org.xenophilia.core.network.NetworkOperation;
import org.xenophilia.core.storage.StorageOperation;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.UntrustedCertificateException;

/** Every XenAPI error code {@link XenApiErrorMessages} turns into words, with the parameters as xapi sends them. */
class XenApiErrorMessagesTest {

    private static String start(String code, String... params) {
        return XenApiErrorMessages.operationFailed(VmOperation.START, "web01", "alpha",
                new XenApiException(code, List.of(params)));
    }

    @Test
    void notEnoughFreeMemory() {
        assertEquals("Cannot start web01: node alpha has 512 MiB free, web01 needs 1024 MiB",
                start("HOST_NOT_ENOUGH_FREE_MEMORY", "1073741824", "536870912"));
        assertEquals("Cannot start web01: node alpha has 0.5 MiB free, web01 needs 1.5 MiB",
                start("HOST_NOT_ENOUGH_FREE_MEMORY", "1572864", "524288"));
    }

    @Test
    void badPowerStateInTheAgentsAndInXapisSpelling() {
        assertEquals("Cannot start web01: web01 is Running, expected Halted",
                start("VM_BAD_POWER_STATE", "OpaqueRef:1", "Halted", "Running"));
        assertEquals("Cannot pause web01: web01 is Halted, expected Running",
                XenApiErrorMessages.operationFailed(VmOperation.PAUSE, "web01", "alpha",
                        new XenApiException("VM_BAD_POWER_STATE", List.of("OpaqueRef:1", "running", "halted"))));
    }

    @Test
    void notEnoughPhysicalCpus() {
        assertEquals("Cannot start web01: web01 has 16 vCPUs, node alpha only 8 physical CPUs",
                start("HOST_NOT_ENOUGH_PCPUS", "16", "8"));
    }

    @Test
    void vmGone() {
        assertEquals("Cannot start web01: web01 no longer exists on node alpha",
                start("HANDLE_INVALID", "VM", "OpaqueRef:1"));
        assertEquals("Cannot start web01: web01 no longer exists on node alpha",
                start("UUID_INVALID", "VM", "0f6c..."));
    }

    @Test
    void permissionAndSession() {
        assertEquals("Cannot start web01: the user's role on node alpha does not allow VM.start (an operator or admin"
                + " role is needed)", start("PERMISSION_DENIED", "VM.start"));
        assertEquals("Cannot start web01: node alpha refused the user name or password",
                start("SESSION_AUTHENTICATION_FAILED"));
        assertEquals("Cannot start web01: the session on node alpha has expired; try again",
                start("SESSION_INVALID", "OpaqueRef:9"));
    }

    @Test
    void notAllowedInvalidUnknownInternal() {
        assertEquals("Cannot start web01: node alpha does not allow it: vm is a template",
                start("OPERATION_NOT_ALLOWED", "vm is a template"));
        assertEquals("Cannot start web01: node alpha refused 99 as VCPUs_number",
                start("INVALID_VALUE", "VCPUs_number", "99"));
        assertEquals("Cannot start web01: node alpha does not support VM.start",
                start("MESSAGE_METHOD_UNKNOWN", "VM.start"));
        assertEquals("Cannot start web01: node alpha failed internally: disk full",
                start("INTERNAL_ERROR", "disk full"));
    }

    @Test
    void anyOtherCodeKeepsItsCodeAndNamedParameters() {
        assertEquals("Cannot start web01: node alpha answered SR_BACKEND_FAILURE_44 (x, y)",
                start("SR_BACKEND_FAILURE_44", "x", "y"));
        assertEquals("MEMORY_CONSTRAINT_VIOLATION (constraint static_min <= dynamic_min)",
                XenApiErrorMessages.describe(new XenApiException("MEMORY_CONSTRAINT_VIOLATION",
                        List.of("static_min <= dynamic_min"))));
    }

    @Test
    void transportFailures() {
        assertEquals("Cannot shut down web01: node alpha cannot be reached (Connection refused)",
                XenApiErrorMessages.operationFailed(VmOperation.SHUTDOWN, "web01", "alpha",
                        (IOException) new ConnectException("Connection refused")));
        assertEquals("Cannot start web01: the certificate of node alpha is not the trusted one (pinned AA:BB); it"
                + " presented CC:DD", XenApiErrorMessages.operationFailed(VmOperation.START, "web01", "alpha",
                        new UntrustedCertificateException("AA:BB", "CC:DD", null)));
    }

    private static String storage(StorageOperation op, String subject, String code, String... params) {
        return XenApiErrorMessages.storageFailed(op, subject, "alpha", new XenApiException(code, List.of(params)));
    }

    @Test
    void theStorageBackendsOwnWords() {
        assertEquals("Cannot create volume data1: the storage of node alpha answered: not enough space (No space left"
                + " on device)", storage(StorageOperation.CREATE_VOLUME, "data1", "SR_BACKEND_FAILURE_44", "",
                        "not enough space", "No space left on device\n"));
        assertEquals("Cannot resize volume data1: the storage of node alpha answered: a volume cannot shrink",
                storage(StorageOperation.RESIZE_VOLUME, "data1", "SR_BACKEND_FAILURE_79", "",
                        "a volume cannot shrink", ""));
        assertEquals("Cannot create repository r: a storage tool of node alpha failed with status 5: Device busy",
                storage(StorageOperation.CREATE_REPOSITORY, "r", "SR_BACKEND_FAILURE", "5", "", "Device busy"));
    }

    @Test
    void storageRefusals() {
        assertEquals("Cannot create repository r: the location on node alpha holds other data; nothing was written",
                storage(StorageOperation.CREATE_REPOSITORY, "r", "SR_NOT_EMPTY"));
        assertEquals("Cannot destroy repository r: the repository still holds volumes",
                storage(StorageOperation.DESTROY_REPOSITORY, "r", "SR_NOT_EMPTY"));
        assertEquals("Cannot create volume d: the repository is not plugged on node alpha",
                storage(StorageOperation.CREATE_VOLUME, "d", "SR_HAS_NO_PBDS", "OpaqueRef:1"));
        assertEquals("Cannot snapshot volume d: the repository's storage type does not offer this on node alpha",
                storage(StorageOperation.SNAPSHOT_VOLUME, "d", "SR_OPERATION_NOT_SUPPORTED", "OpaqueRef:1"));
        assertEquals("Cannot create repository r: node alpha has no storage backend of type lvm",
                storage(StorageOperation.CREATE_REPOSITORY, "r", "SR_UNKNOWN_DRIVER", "lvm"));
        assertEquals("Cannot delete volume d: d is in use by a domain of node alpha",
                storage(StorageOperation.DELETE_VOLUME, "d", "VDI_IN_USE", "OpaqueRef:1", "destroy"));
        assertEquals("Cannot delete volume d: d no longer exists on node alpha",
                storage(StorageOperation.DELETE_VOLUME, "d", "UUID_INVALID", "VDI", "0f6c"));
        assertEquals("Cannot delete volume d: it is in use by domains web01 as xvdb, db01 as xvdc",
                XenApiErrorMessages.volumeInUse("d", List.of("web01 as xvdb", "db01 as xvdc")));
        assertEquals("Cannot create volume d: node alpha cannot be reached (Connection refused)",
                XenApiErrorMessages.storageFailed(StorageOperation.CREATE_VOLUME, "d", "alpha",
                        new ConnectException("Connection refused")));
    }

    private static String network(NetworkOperation op, String code, String... params) {
        return XenApiErrorMessages.networkFailed(op, "lab", "alpha", new XenApiException(code, List.of(params)));
    }

    @Test
    void theAgentsNetworkErrors() {
        assertEquals("Cannot create network lab: ipv4.subnet 10.0.0.0/16 overlaps 10.0.0.0/24, ipv4.subnet of network"
                + " dmz (rule subnet-overlap, line 4)", network(NetworkOperation.CREATE, "XENOPHILIA_INVALID_NETWORK",
                        "subnet-overlap", "ipv4.subnet", "4", "ipv4.subnet 10.0.0.0/16 overlaps 10.0.0.0/24,"
                                + " ipv4.subnet of network dmz"));
        assertEquals("Cannot create network lab: the document is not XML (rule xml-syntax)", network(
                NetworkOperation.CREATE, "XENOPHILIA_INVALID_NETWORK", "xml-syntax", "", "0",
                "the document is not XML"));
        assertEquals("Cannot change network lab: the host networking of node alpha failed: dnsmasq did not start"
                + " (address in use); the host was put back as it was", network(NetworkOperation.EDIT,
                        "XENOPHILIA_NETWORK_FAILED", "lab", "dnsmasq did not start", "address in use\n"));
        assertEquals("Cannot create network lab: something on node alpha that is not Xenophilia's is in the way:"
                + " br0 is not ours; nothing was changed", network(NetworkOperation.CREATE,
                        "XENOPHILIA_NETWORK_CONFLICT", "lab", "br0 is not ours"));
        assertEquals("Cannot create network lab: node alpha does not make networks (networking = none)", network(
                NetworkOperation.CREATE, "XENOPHILIA_NETWORKING_UNAVAILABLE", "networking = none"));
        assertEquals("Cannot create network lab: bridge xnlab is another network's on node alpha", network(
                NetworkOperation.CREATE, "BRIDGE_NAME_EXISTS", "xnlab"));
        assertEquals("Cannot delete network lab: lab is in use by a running domain of node alpha", network(
                NetworkOperation.DELETE, "NETWORK_CONTAINS_VIF", "OpaqueRef:1"));
        assertEquals("Cannot delete network lab: running domain web01 (5f0c) is on it; shut it down or move the vifs"
                + " to another network first", XenApiErrorMessages.networkInUse("lab", "web01 (5f0c)"));
        assertEquals("Cannot delete network lab: running domains web01 (5f0c), db01 (8a21) are on it; shut them down"
                + " or move the vifs to another network first", XenApiErrorMessages.networkInUse("lab",
                        "web01 (5f0c), db01 (8a21)"));
        assertEquals("Cannot start web01: web01's vif 0 is on network lab, which node alpha does not have; make the"
                + " network or change the vif", start("VM_REQUIRES_NETWORK", "OpaqueRef:1", "lab", "0"));
    }
}
