package org.xenophilia.ui.internal.properties;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.xenophilia.core.HostInfo;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.VbdInfo;
import org.xenophilia.core.VmInfo;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.nodes.DomainText;

/**
 * What the Properties view shows for a selected domain (identity, state, resources, devices) or node (address,
 * connection, certificate, host). Registered in plugin.xml for {@link DomainItem} and {@link NodeConnection}. Every
 * value is read from the node's model when the view asks, so the views' refreshes keep it current.
 */
public final class PropertiesAdapterFactory implements IAdapterFactory {

    private static final String GENERAL = "General";
    private static final String STATE = "State";
    private static final String RESOURCES = "Resources";
    private static final String DEVICES = "Devices";
    private static final String CONNECTION = "Connection";
    private static final String HOST = "Host";

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
                .add(GENERAL, "Name", of(d, VmInfo::name))
                .add(GENERAL, "Node", () -> node.node().name())
                .add(GENERAL, "UUID", d::uuid)
                .add(GENERAL, "Description", of(d, VmInfo::description))
                .add(GENERAL, "Tags", of(d, DomainText::tags))
                .add(STATE, "Power state", () -> d.vm().map(vm -> DomainText.state(vm.powerState())
                        + (node.isStale() ? " (last known; node " + DomainText.connection(node.state()).toLowerCase()
                                + ")" : "")).orElse("gone from the node"))
                .add(STATE, "Domain id", of(d, vm -> vm.domainId().map(String::valueOf).orElse("none (not running)")))
                .add(STATE, "Uptime", of(d, vm -> DomainText.uptime(vm, java.time.Instant.now())))
                .add(RESOURCES, "Memory", of(d, vm -> DomainText.memory(vm.memoryTarget())))
                .add(RESOURCES, "Maximum memory", of(d, vm -> DomainText.memory(vm.memoryStaticMax())))
                .add(RESOURCES, "vCPUs", of(d, VmInfo::vcpus))
                .add(RESOURCES, "Maximum vCPUs", of(d, VmInfo::vcpusMax))
                .add(DEVICES, "Network interfaces", of(d, vm -> node.model().vifs(vm).stream()
                        .map(v -> v.device() + ": " + v.mac()).collect(Collectors.joining(", "))))
                .add(DEVICES, "Disks", of(d, vm -> node.model().vbds(vm).stream().map(VbdInfo::device)
                        .collect(Collectors.joining(", "))));
    }

    static ReadOnlyPropertySource node(NodeConnection c) {
        ReadOnlyPropertySource p = new ReadOnlyPropertySource()
                .add(GENERAL, "Name", () -> c.node().name())
                .add(GENERAL, "Address", () -> c.node().host() + ":" + c.node().port())
                .add(GENERAL, "User", () -> c.node().user())
                .add(GENERAL, "Domains", () -> c.model().vms().size())
                .add(CONNECTION, "State", () -> DomainText.connection(c.state()))
                .add(CONNECTION, "Message", c::stateMessage)
                .add(CONNECTION, "Certificate (SHA-256)", () -> c.node().pinnedFingerprint().orElse("not trusted yet"));
        p.add(HOST, "Name", () -> host(c, HostInfo::name)).add(HOST, "Host name", () -> host(c, HostInfo::hostname))
                .add(HOST, "CPUs", () -> host(c, HostInfo::cpuCount))
                .add(HOST, "Xen version", () -> host(c, HostInfo::xenVersion));
        return p;
    }

    private static Object host(NodeConnection c, Function<HostInfo, Object> read) {
        return c.model().hosts().stream().findFirst().map(read).orElse(null);
    }
}
