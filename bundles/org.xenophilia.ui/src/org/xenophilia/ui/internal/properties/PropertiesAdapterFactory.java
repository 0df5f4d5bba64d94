package org.xenophilia.ui.internal.properties;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertySource;
import org.xenophilia.core.HostInfo;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VbdInfo;
import org.xenophilia.core.VmInfo;
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.DomainText;

/**
 * What the Properties view shows for a selected domain (identity, state, resources, devices) or node (address,
 * connection, certificate, host). Registered in plugin.xml for {@link DomainItem} and {@link NodeConnection}. Every
 * value is read from the node's model when the view asks, so the views' refreshes keep it current.
 */
public final class PropertiesAdapterFactory implements IAdapterFactory {

    private static final String GENERAL = Messages.Properties_general;
    private static final String STATE = Messages.Properties_state;
    private static final String RESOURCES = Messages.Properties_resources;
    private static final String DEVICES = Messages.Properties_devices;
    private static final String CONNECTION = Messages.Properties_connection;
    private static final String HOST = Messages.Properties_host;

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        if (adaptable instanceof DomainItem d) {
            return adapterType.cast(domain(d));
        }
        if (adaptable instanceof NodeConnection c) {
            return adapterType.cast(node(c));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }

    private static Supplier<Object> of(DomainItem d, Function<VmInfo, Object> read) {
        return () -> d.vm().map(read).orElse(null);
    }

    static ReadOnlyPropertySource domain(DomainItem d) {
        NodeConnection node = d.node();
        return new ReadOnlyPropertySource()
                .add(GENERAL, Messages.Properties_name, of(d, VmInfo::name))
                .add(GENERAL, Messages.Properties_node, () -> node.node().name())
                .add(GENERAL, Messages.Properties_uuid, d::uuid)
                .add(GENERAL, Messages.Properties_description, of(d, VmInfo::description))
                .add(GENERAL, Messages.Properties_tags, of(d, DomainText::tags))
                .add(STATE, Messages.Properties_powerState, () -> d.vm().map(vm -> powerState(vm, node))
                        .orElse(Messages.Properties_gone))
                .add(STATE, Messages.Properties_domainId, of(d, vm -> vm.domainId().map(String::valueOf)
                        .orElse(Messages.Properties_notRunning)))
                .add(STATE, Messages.Properties_uptime, of(d, vm -> DomainText.uptime(vm, java.time.Instant.now())))
                .add(RESOURCES, Messages.Properties_memory, of(d, vm -> DomainText.memory(vm.memoryTarget())))
                .add(RESOURCES, Messages.Properties_maxMemory, of(d, vm -> DomainText.memory(vm.memoryStaticMax())))
                .add(RESOURCES, Messages.Properties_vcpus, of(d, VmInfo::vcpus))
                .add(RESOURCES, Messages.Properties_maxVcpus, of(d, VmInfo::vcpusMax))
                .add(DEVICES, Messages.Properties_vifs, of(d, vm -> node.model().vifs(vm).stream()
                        .map(v -> v.device() + ": " + v.mac()).collect(Collectors.joining(", "))))
                .add(DEVICES, Messages.Properties_disks, of(d, vm -> node.model().vbds(vm).stream()
                        .map(VbdInfo::device).collect(Collectors.joining(", "))));
    }

    private static String powerState(VmInfo vm, NodeConnection node) {
        String state = DomainText.state(vm.powerState());
        return node.isStale() ? NLS.bind(Messages.Properties_lastKnownState, state,
                DomainText.connection(node.state()).toLowerCase()) : state;
    }

    static ReadOnlyPropertySource node(NodeConnection c) {
        ReadOnlyPropertySource p = new ReadOnlyPropertySource()
                .add(GENERAL, Messages.Properties_name, () -> c.node().name())
                .add(GENERAL, Messages.Properties_address, () -> c.node().host() + ":" + c.node().port())
                .add(GENERAL, Messages.Properties_user, () -> c.node().user())
                .add(GENERAL, Messages.Properties_domains, () -> c.model().vms().size())
                .add(CONNECTION, Messages.Properties_state, () -> DomainText.connection(c.state()))
                .add(CONNECTION, Messages.Properties_message, c::stateMessage)
                .add(CONNECTION, Messages.Properties_certificate, () -> c.node().pinnedFingerprint()
                        .orElse(Messages.Properties_notTrusted));
        p.add(HOST, Messages.Properties_name, () -> host(c, HostInfo::name))
                .add(HOST, Messages.Properties_hostName, () -> host(c, HostInfo::hostname))
                .add(HOST, Messages.Properties_cpus, () -> host(c, HostInfo::cpuCount))
                .add(HOST, Messages.Properties_xenVersion, () -> host(c, HostInfo::xenVersion));
        return p;
    }

    private static Object host(NodeConnection c, Function<HostInfo, Object> read) {
        return c.model().hosts().stream().findFirst().map(read).orElse(null);
    }
}
