package org.xenophilia.agent.internal.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/** {@code pool.*}: every Agent is the master of a pool of one host, as a stand-alone xapi host is. */
public final class PoolApi {

    private PoolApi() {
    }

    /**
     * @param registry where to register
     * @param host the host objects
     * @param events where the pool's record is published
     */
    public static void register(ApiRegistry registry, HostObjects host, EventHub events) {
        events.register("pool", EventHub.single(host.poolRef(), () -> record(host)));
        registry.register("pool.get_all", Role.READ_ONLY, c -> List.of(host.poolRef()));
        registry.register("pool.get_all_records", Role.READ_ONLY,
                c -> Map.of(host.poolRef().value(), record(host)));
        registry.register("pool.get_record", Role.READ_ONLY, c -> {
            self(c, host);
            return record(host);
        }, "self");
        registry.register("pool.get_master", Role.READ_ONLY, c -> {
            self(c, host);
            return host.hostRef();
        }, "self");
        registry.register("pool.get_uuid", Role.READ_ONLY, c -> {
            self(c, host);
            return host.identity().poolUuid();
        }, "self");
    }

    private static void self(Call c, HostObjects host) throws XenApiException {
        String ref = c.string(1);
        if (!ref.equals(host.poolRef().value())) {
            throw ErrorCode.HANDLE_INVALID.exception("pool", ref);
        }
    }

    private static Map<String, Object> record(HostObjects host) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", host.identity().poolUuid());
        r.put("name_label", "");
        r.put("name_description", "");
        r.put("master", host.hostRef());
        r.put("default_SR", Ref.NULL);
        r.put("suspend_image_SR", Ref.NULL);
        r.put("crash_dump_SR", Ref.NULL);
        r.put("other_config", Map.of());
        r.put("ha_enabled", false);
        r.put("ha_configuration", Map.of());
        r.put("ha_statefiles", List.of());
        r.put("ha_host_failures_to_tolerate", 0L);
        r.put("ha_plan_exists_for", 0L);
        r.put("ha_allow_overcommit", false);
        r.put("ha_overcommitted", false);
        r.put("blobs", Map.of());
        r.put("tags", List.of());
        r.put("gui_config", Map.of());
        r.put("health_check_config", Map.of());
        r.put("wlb_url", "");
        r.put("wlb_username", "");
        r.put("wlb_enabled", false);
        r.put("wlb_verify_cert", false);
        r.put("redo_log_enabled", false);
        r.put("redo_log_vdi", Ref.NULL);
        r.put("vswitch_controller", "");
        r.put("restrictions", Map.of());
        r.put("metadata_VDIs", List.of());
        r.put("allowed_operations", List.of());
        r.put("current_operations", Map.of());
        r.put("cpu_info", Map.of());
        r.put("policy_no_vendor_device", false);
        r.put("live_patching_disabled", false);
        r.put("igmp_snooping_enabled", false);
        return r;
    }
}
