package org.xenophilia.ui.storage.internal;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertySource;
import org.xenophilia.core.VdiInfo;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.internal.nodes.DomainText;
import org.xenophilia.ui.internal.properties.ReadOnlyPropertySource;

/**
 * What the Properties view shows for a selected repository (identity, capacity, how its node reaches it) or volume
 * (identity, sizes, format, snapshot, users). Registered in plugin.xml for {@link RepositoryItem} and
 * {@link VolumeItem}. Every value is read from the node's model when the view asks, so the Storage view's refreshes
 * keep it current.
 */
public final class StoragePropertiesAdapterFactory implements IAdapterFactory {

    private static final String GENERAL = Messages.Properties_general;
    private static final String CAPACITY = Messages.Properties_capacity;
    private static final String CONNECTION = Messages.Properties_connection;

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        if (adaptable instanceof RepositoryItem r) {
            return adapterType.cast(repository(r));
        }
        if (adaptable instanceof VolumeItem v) {
            return adapterType.cast(volume(v));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }

    private static Supplier<Object> of(RepositoryItem item, Function<NodeStorage.Repository, Object> read) {
        return () -> item.repository().map(read).orElse(null);
    }

    private static Supplier<Object> of(VolumeItem item, Function<NodeStorage.Volume, Object> read) {
        return () -> item.volume().map(read).orElse(null);
    }

    static IPropertySource repository(RepositoryItem item) {
        ReadOnlyPropertySource p = new ReadOnlyPropertySource()
                .add(GENERAL, Messages.Properties_name, of(item, r -> r.sr().name()))
                .add(GENERAL, Messages.Properties_description, of(item, r -> r.sr().description()))
                .add(GENERAL, Messages.Properties_uuid, item::srUuid)
                .add(GENERAL, Messages.Properties_type, of(item, r -> r.sr().type()))
                .add(GENERAL, Messages.Properties_contentType, of(item, r -> r.sr().contentType()))
                .add(GENERAL, Messages.Properties_node, () -> item.node().node().name())
                .add(GENERAL, Messages.Properties_volumes, of(item, r -> r.volumes().size()))
                .add(CAPACITY, Messages.Properties_size, of(item, r -> StorageText.size(r.sr().physicalSize())))
                .add(CAPACITY, Messages.Properties_used, of(item, r -> StorageText.size(r.sr()
                        .physicalUtilisation())))
                .add(CAPACITY, Messages.Properties_allocated, of(item, r -> StorageText.size(r.sr()
                        .virtualAllocation())))
                .add(CAPACITY, Messages.Properties_free, of(item, r -> StorageText.size(r.sr().free())))
                .add(CONNECTION, Messages.Properties_state, of(item, r -> state(item, r)))
                .add(CONNECTION, Messages.Properties_configuration, of(item, r -> r.pbd().map(pbd -> pbd
                        .shownConfig().toString()).orElse("")));
        return p;
    }

    private static String state(RepositoryItem item, NodeStorage.Repository r) {
        String state = !r.registered() ? Messages.Properties_detached : r.attached() ? Messages.Properties_plugged
                : Messages.Properties_unplugged;
        return item.node().isStale() ? NLS.bind(Messages.Properties_lastKnown, state, DomainText.connection(item.node()
                .state())) : state;
    }

    static IPropertySource volume(VolumeItem item) {
        return new ReadOnlyPropertySource()
                .add(GENERAL, Messages.Properties_name, of(item, v -> v.vdi().name()))
                .add(GENERAL, Messages.Properties_uuid, item::vdiUuid)
                .add(GENERAL, Messages.Properties_repository, of(item, NodeStorage.Volume::srName))
                .add(GENERAL, Messages.Properties_node, () -> item.node().node().name())
                .add(GENERAL, Messages.Properties_usedBy, of(item, v -> StorageText.uses(v.uses())))
                .add(GENERAL, Messages.Properties_reference, of(item, v -> v.reference().volume()))
                .add(CAPACITY, Messages.Properties_size, of(item, v -> StorageText.size(v.vdi().virtualSize())))
                .add(CAPACITY, Messages.Properties_allocation, of(item, v -> StorageText.size(v.vdi()
                        .physicalUtilisation())))
                .add(CAPACITY, Messages.Properties_format, of(item, v -> v.vdi().format()))
                .add(CAPACITY, Messages.Properties_readOnly, of(item, v -> v.vdi().readOnly()))
                .add(CAPACITY, Messages.Properties_snapshotOf, of(item, v -> snapshotOf(item, v.vdi())));
    }

    private static String snapshotOf(VolumeItem item, VdiInfo vdi) {
        if (!vdi.snapshot()) {
            return "";
        }
        return item.node().model().byRef(vdi.snapshotOf()).filter(VdiInfo.class::isInstance).map(o -> ((VdiInfo) o)
                .name()).orElse(Messages.Properties_sourceGone);
    }
}
