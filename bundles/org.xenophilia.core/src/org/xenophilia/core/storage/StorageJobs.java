package org.xenophilia.core.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.XenApiErrorMessages;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * The storage operations of the Workbench, each a {@link StorageJob} with xapi's calls: repositories
 * ({@code SR.probe_ext}, {@code SR.create}, {@code SR.forget}, {@code SR.destroy}, {@code PBD.plug/unplug}), volumes
 * ({@code VDI.create}, {@code VDI.resize}, {@code VDI.snapshot}, {@code VDI.destroy}) and the types a node offers
 * ({@code SM.get_all_records}). Objects are found again by UUID, so a reference from before an Agent restart does no
 * harm. The jobs are made, not scheduled.
 */
public final class StorageJobs {

    private StorageJobs() {
    }

    /**
     * The storage types the node offers: its {@code SM} records, or, on a node without them, the bare names of
     * {@code SR.get_supported_types}; by label.
     *
     * @param node the node
     * @return the job
     */
    public static StorageJob<List<StorageType>> readTypes(NodeConnection node) {
        return new StorageJob<>(StorageOperation.READ_TYPES, node, "node " + node.node().name(), (c, progress) -> {
            List<StorageType> types = new ArrayList<>();
            try {
                for (Object record : WireValues.asMap(c.callWithSession("SM.get_all_records")).values()) {
                    types.add(StorageType.fromSmRecord(WireValues.asMap(record)));
                }
            } catch (XenApiException e) {
                if (!e.is(ErrorCode.MESSAGE_METHOD_UNKNOWN)) {
                    throw e;
                }
                for (Object type : WireValues.asList(c.callWithSession("SR.get_supported_types"))) {
                    types.add(StorageType.undescribed(String.valueOf(type)));
                }
            }
            types.sort(Comparator.comparing(StorageType::label).thenComparing(StorageType::type));
            return types;
        });
    }

    /**
     * Looks at where a repository would be made, writing nothing ({@code SR.probe_ext}).
     *
     * @param node the node
     * @param type the storage type
     * @param deviceConfig the repository's configuration
     * @param subject the repository's name, for the messages
     * @return the job; its answer is empty when the node cannot look ({@code SR.probe_ext} is not served there)
     */
    public static StorageJob<Optional<List<ProbeResult>>> probe(NodeConnection node, String type,
            Map<String, String> deviceConfig, String subject) {
        Map<String, String> config = Map.copyOf(deviceConfig);
        return new StorageJob<>(StorageOperation.PROBE, node, subject, (c, progress) -> {
            Object host = thisHost(c);
            List<ProbeResult> results = new ArrayList<>();
            try {
                for (Object r : WireValues.asList(c.callWithSession("SR.probe_ext", host, config, type, Map.of()))) {
                    results.add(ProbeResult.fromRecord(WireValues.asMap(r)));
                }
            } catch (XenApiException e) {
                if (e.is(ErrorCode.MESSAGE_METHOD_UNKNOWN)) {
                    return Optional.empty();
                }
                throw e;
            }
            return Optional.of(results);
        });
    }

    /**
     * Makes a repository ({@code SR.create}, not shared, content type {@code user}).
     *
     * @param node the node
     * @param type its storage type
     * @param name its name
     * @param description its description
     * @param deviceConfig its configuration; {@code force = true} to make it where other data is
     * @return the job; its answer is the new SR's UUID
     */
    public static StorageJob<String> createRepository(NodeConnection node, String type, String name,
            String description, Map<String, String> deviceConfig) {
        Map<String, String> config = Map.copyOf(deviceConfig);
        return new StorageJob<>(StorageOperation.CREATE_REPOSITORY, node, name, (c, progress) -> {
            Object host = thisHost(c);
            progress.worked(1);
            Ref sr = WireValues.asRef(c.callWithSession("SR.create", host, config, 0L, name, description, type,
                    "user", false, Map.of()));
            return WireValues.asString(c.callWithSession("SR.get_uuid", sr));
        });
    }

    /**
     * @param node the node
     * @param srUuid the repository
     * @param name its name
     * @return the job that makes the node forget it ({@code SR.forget}); its storage keeps everything
     */
    public static StorageJob<Void> forgetRepository(NodeConnection node, String srUuid, String name) {
        return new StorageJob<>(StorageOperation.FORGET_REPOSITORY, node, name, (c, progress) -> {
            c.callWithSession("SR.forget", sr(c, srUuid));
            return null;
        });
    }

    /**
     * @param node the node
     * @param srUuid the repository, which holds no volumes
     * @param name its name
     * @return the job that removes it and its storage ({@code SR.destroy})
     */
    public static StorageJob<Void> destroyRepository(NodeConnection node, String srUuid, String name) {
        return new StorageJob<>(StorageOperation.DESTROY_REPOSITORY, node, name, (c, progress) -> {
            c.callWithSession("SR.destroy", sr(c, srUuid));
            return null;
        });
    }

    /**
     * @param node the node
     * @param srUuid the repository
     * @param name its name
     * @param plug plug ({@code PBD.plug}) or unplug
     * @return the job
     */
    public static StorageJob<Void> plugRepository(NodeConnection node, String srUuid, String name, boolean plug) {
        return new StorageJob<>(plug ? StorageOperation.PLUG_REPOSITORY : StorageOperation.UNPLUG_REPOSITORY, node,
                name, (c, progress) -> {
                    for (Object pbd : WireValues.asList(c.callWithSession("SR.get_PBDs", sr(c, srUuid)))) {
                        c.callWithSession(plug ? "PBD.plug" : "PBD.unplug", pbd);
                    }
                    return null;
                });
    }

    /**
     * Makes a volume ({@code VDI.create}).
     *
     * @param node the node
     * @param srUuid its repository
     * @param name its name (on the Agent, its name in the repository)
     * @param virtualSize its size in bytes
     * @param format its image format ({@code raw}, {@code qcow2}), or empty for the repository's default
     * @return the job; its answer is the new VDI's UUID
     */
    public static StorageJob<String> createVolume(NodeConnection node, String srUuid, String name, long virtualSize,
            String format) {
        return new StorageJob<>(StorageOperation.CREATE_VOLUME, node, name, (c, progress) -> {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("SR", sr(c, srUuid));
            args.put("name_label", name);
            args.put("name_description", "");
            args.put("virtual_size", virtualSize);
            args.put("type", "user");
            args.put("sharable", false);
            args.put("read_only", false);
            args.put("other_config", Map.of());
            args.put("sm_config", format.isEmpty() ? Map.of() : Map.of("image-format", format));
            progress.worked(1);
            Ref vdi = WireValues.asRef(c.callWithSession("VDI.create", args));
            return WireValues.asString(c.callWithSession("VDI.get_uuid", vdi));
        });
    }

    /**
     * @param node the node
     * @param vdiUuid the volume
     * @param name its name
     * @param newSize its new virtual size in bytes (volumes only grow: the node refuses a smaller size)
     * @return the job that resizes it ({@code VDI.resize})
     */
    public static StorageJob<Void> resizeVolume(NodeConnection node, String vdiUuid, String name, long newSize) {
        return new StorageJob<>(StorageOperation.RESIZE_VOLUME, node, name, (c, progress) -> {
            c.callWithSession("VDI.resize", vdi(c, vdiUuid), newSize);
            return null;
        });
    }

    /**
     * @param node the node
     * @param vdiUuid the volume
     * @param name its name
     * @return the job that takes a snapshot of it ({@code VDI.snapshot}); its answer is the snapshot's UUID
     */
    public static StorageJob<String> snapshotVolume(NodeConnection node, String vdiUuid, String name) {
        return new StorageJob<>(StorageOperation.SNAPSHOT_VOLUME, node, name, (c, progress) -> {
            Ref snapshot = WireValues.asRef(c.callWithSession("VDI.snapshot", vdi(c, vdiUuid), Map.of()));
            return WireValues.asString(c.callWithSession("VDI.get_uuid", snapshot));
        });
    }

    /**
     * Deletes a volume ({@code VDI.destroy}). The node refuses one a domain uses ({@code VDI_IN_USE}); the job then
     * asks it which domains, and names them.
     *
     * @param node the node
     * @param vdiUuid the volume
     * @param name its name
     * @return the job
     */
    public static StorageJob<Void> deleteVolume(NodeConnection node, String vdiUuid, String name) {
        return new StorageJob<Void>(StorageOperation.DELETE_VOLUME, node, name, (c, progress) -> {
            c.callWithSession("VDI.destroy", vdi(c, vdiUuid));
            return null;
        }).explainedBy(XenApiErrorMessages.VDI_IN_USE,
                (c, e) -> XenApiErrorMessages.volumeInUse(name, users(c, e.params().get(0))));
    }

    /** The domains whose disks use a VDI, as "web01 as xvdb". */
    private static List<String> users(XenApiClient c, String vdiRef) throws XenApiException, IOException {
        List<String> users = new ArrayList<>();
        for (Object vbd : WireValues.asList(c.callWithSession("VDI.get_VBDs", vdiRef))) {
            Map<String, Object> record = WireValues.asMap(c.callWithSession("VBD.get_record", vbd));
            String vm = WireValues.asString(c.callWithSession("VM.get_name_label", record.get("VM")));
            users.add(vm + " as " + record.get("device"));
        }
        return users;
    }

    private static Object thisHost(XenApiClient c) throws XenApiException, IOException {
        List<Object> hosts = WireValues.asList(c.callWithSession("host.get_all"));
        if (hosts.isEmpty()) {
            throw ErrorCode.INTERNAL_ERROR.exception("the node lists no host");
        }
        return hosts.get(0);
    }

    private static Ref sr(XenApiClient c, String uuid) throws XenApiException, IOException {
        return WireValues.asRef(c.callWithSession("SR.get_by_uuid", uuid));
    }

    private static Ref vdi(XenApiClient c, String uuid) throws XenApiException, IOException {
        return WireValues.asRef(c.callWithSession("VDI.get_by_uuid", uuid));
    }
}
