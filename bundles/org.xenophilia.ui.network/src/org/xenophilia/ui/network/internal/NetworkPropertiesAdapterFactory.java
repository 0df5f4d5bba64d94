package org.xenophilia.ui.network.internal;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.xenophilia.core.network.NodeNetworks;
import org.xenophilia.ui.internal.properties.ReadOnlyPropertySource;

/**
 * The Properties view's page of a network selected in the Networks view: what the view's row shows and more (its
 * description, UUID, MTU, gateway, DNS servers, IPv6 prefix), read from the node's model each time the page asks, so
 * it follows the network live.
 */
public final class NetworkPropertiesAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class || !(adaptable instanceof NetworkItem item)) {
            return null;
        }
        String general = Messages.Properties_general;
        String addresses = Messages.Properties_addresses;
        ReadOnlyPropertySource s = new ReadOnlyPropertySource();
        s.add(general, Messages.Properties_name, value(item, NodeNetworks.Network::name));
        s.add(general, Messages.Properties_description, value(item, n -> n.info().description()));
        s.add(general, Messages.Properties_uuid, () -> item.uuid());
        s.add(general, Messages.Properties_kind, value(item, NetworkText::kind));
        s.add(general, Messages.Properties_bridge, value(item, n -> n.info().bridge()));
        s.add(general, Messages.Properties_mtu, value(item, n -> n.info().mtu()));
        s.add(general, Messages.Properties_uplink, value(item, n -> n.vlan().isEmpty() ? n.uplink() : n.uplink()
                + "." + n.vlan()));
        s.add(general, Messages.Properties_node, () -> item.node().node().label());
        s.add(addresses, Messages.Properties_subnet, value(item, NodeNetworks.Network::subnet));
        s.add(addresses, Messages.Properties_gateway, value(item, NodeNetworks.Network::gateway));
        s.add(addresses, Messages.Properties_dhcp, value(item, n -> NetworkText.range(n.dhcpRange())));
        s.add(addresses, Messages.Properties_dns, value(item, n -> String.join(", ", n.dns())));
        s.add(addresses, Messages.Properties_ipv6, value(item, NodeNetworks.Network::ipv6Prefix));
        s.add(addresses, Messages.Properties_forwards, value(item, n -> String.join(", ", n.forwards().stream().map(
                NetworkText::forward).toList())));
        s.add(general, Messages.Properties_domains, value(item, n -> NetworkText.attachments(n.attachments())));
        return adapterType.cast(s);
    }

    private static Supplier<Object> value(NetworkItem item, Function<NodeNetworks.Network, Object> f) {
        return () -> item.network().map(f).orElse(null);
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }
}
