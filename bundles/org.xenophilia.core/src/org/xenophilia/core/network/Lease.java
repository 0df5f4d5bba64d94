package org.xenophilia.core.network;

import java.time.Instant;
import java.util.Map;

import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;

/**
 * A current DHCP lease of a network's dnsmasq ({@code Xenophilia.network.get_leases}).
 *
 * @param mac the guest's MAC address
 * @param address the IPv4 address it holds
 * @param hostname the name the guest gave, empty when none
 * @param expiry when it ends; {@link Instant#EPOCH} for a lease without end
 * @param vm the domain with that MAC on the network, {@link Ref#NULL} when none
 * @param vif that domain's vif, {@link Ref#NULL} when none
 */
public record Lease(String mac, String address, String hostname, Instant expiry, Ref vm, Ref vif) {

    /**
     * @param record a lease record as the Agent answers it
     * @return the lease
     */
    static Lease fromRecord(Map<String, Object> record) {
        return new Lease(text(record, "MAC"), text(record, "IP"), text(record, "hostname"), expiry(record.get(
                "expiry")), ref(record.get("VM")), ref(record.get("VIF")));
    }

    private static String text(Map<String, Object> r, String key) {
        Object v = r.get(key);
        return v == null ? "" : v.toString();
    }

    private static Instant expiry(Object v) {
        try {
            return v == null ? Instant.EPOCH : WireValues.asInstant(v);
        } catch (IllegalArgumentException e) {
            return Instant.EPOCH;
        }
    }

    private static Ref ref(Object v) {
        try {
            return v == null || v.toString().isEmpty() ? Ref.NULL : WireValues.asRef(v);
        } catch (IllegalArgumentException e) {
            return Ref.NULL;
        }
    }
}
