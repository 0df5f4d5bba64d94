package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.network.NetworkDefinitions;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkKind;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The changes of the node's networks, as every call makes them: checked against the node with every rule, applied by
 * {@link org.xenophilia.agent.internal.network.HostNetworks}, then published ({@code network} add/mod/del, and the
 * {@code PIF} of a bridged network's uplink). A destroy is refused while a running or paused domain's vif is on the
 * network ({@code NETWORK_CONTAINS_VIF}).
 */
final class NetworkChanges {

    /** An edit of a definition. */
    @FunctionalInterface
    interface Edit {
        void apply(Network n) throws XenApiException;
    }

    private final NetworkObjects objects;
    private final EventHub events;
    private final PifObjects pifs;

    NetworkChanges(NetworkObjects objects, EventHub events, PifObjects pifs) {
        this.objects = objects;
        this.events = events;
        this.pifs = pifs;
    }

    /**
     * @param ref a reference a client sent
     * @return the name of the node's network it names
     * @throws XenApiException {@code HANDLE_INVALID} if it names no network, {@code OPERATION_NOT_ALLOWED} for a view
     *             of a bridge
     */
    String own(String ref) throws XenApiException {
        Optional<String> name = ref.isEmpty() ? Optional.empty() : objects.ownName(Ref.of(ref));
        if (name.isPresent()) {
            return name.get();
        }
        Optional<ResourceApi.Item> view = ref.isEmpty() ? Optional.empty() : objects.find(Ref.of(ref));
        if (view.isPresent()) {
            throw ErrorCode.OPERATION_NOT_ALLOWED.exception("the bridge " + view.get().name()
                    + " is not a network of the Agent's");
        }
        throw ErrorCode.HANDLE_INVALID.exception("network", ref);
    }

    /** {@code network.create}: xapi's answer for a bridge another network has, then as a definition. */
    Ref create(Network n) throws XenApiException {
        if (n.getBridge() != null && objects.networks().store().networkOfBridge(n.getBridge()).isPresent()) {
            throw new XenApiException("BRIDGE_NAME_EXISTS", List.of(n.getBridge()));
        }
        return createFromXml(NetworkDefinitions.toXml(n));
    }

    /** Creates a network from a definition: checked against the node, applied, kept, published. */
    Ref createFromXml(String xml) throws XenApiException {
        Network checked = objects.networks().check(xml, null);
        objects.networks().create(checked);
        Ref ref = objects.ref(checked.getName());
        events.created("network", ref);
        publishUplink(checked);
        return ref;
    }

    /** Replaces a network's definition with a document of the same name, applied again. */
    void replace(String name, String xml) throws XenApiException {
        Network old = current(name);
        Network n = objects.networks().check(xml, name);
        if (!n.getName().equals(name)) {
            throw ErrorCode.INVALID_VALUE.exception("name", n.getName());
        }
        objects.networks().replace(old, n);
        changed(old, n);
    }

    /** Changes a field of a network's definition, checked and applied again as a new document would be. */
    void edit(String name, Edit edit) throws XenApiException {
        Network old = current(name);
        Network n = EcoreUtil.copy(old);
        edit.apply(n);
        replace(name, NetworkDefinitions.toXml(n));
    }

    /** Destroys a network no running or paused domain is on. */
    void destroy(String name) throws XenApiException {
        Network old = current(name);
        List<String> vifs = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (NetworkObjects.AttachedVif v : objects.attached(name)) {
            if (v.running()) {
                vifs.add(v.ref().value());
                String domain = v.vmName() + " (" + v.vm() + ")";
                if (!domains.contains(domain)) {
                    domains.add(domain);
                }
            }
        }
        if (!vifs.isEmpty()) {
            vifs.add(String.join(", ", domains));
            throw new XenApiException("NETWORK_CONTAINS_VIF", vifs);
        }
        Ref ref = objects.ref(name);
        objects.networks().destroy(name);
        events.deleted("network", ref);
        publishUplink(old);
    }

    /** Publishes a network whose host side changed (a repair). */
    void repaired(String name) {
        events.changed("network", objects.ref(name));
    }

    Network current(String name) throws XenApiException {
        return objects.networks().load(name).orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception("network",
                objects.ref(name).value()));
    }

    private void changed(Network old, Network n) {
        events.changed("network", objects.ref(n.getName()));
        publishUplink(old);
        publishUplink(n);
    }

    private void publishUplink(Network n) {
        if (n.getKind() == NetworkKind.BRIDGED && n.getUplink() != null) {
            events.changed("PIF", pifs.ref(n.isSetVlan() ? n.getUplink() + "." + n.getVlan() : n.getUplink()));
        }
    }
}
