package org.xenophilia.ui.storage.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.ui.internal.handlers.HandlerSelection;
import org.xenophilia.ui.storage.internal.RepositoryItem;
import org.xenophilia.ui.storage.internal.VolumeItem;

/** What the storage commands act on: the repositories and volumes selected, and the node of the selection. */
final class StorageSelection {

    private final List<Object> elements = new ArrayList<>();

    private StorageSelection(Object selection) {
        elements.addAll(HandlerSelection.elements(selection));
    }

    /** @return the selection of a handler's evaluation context */
    static StorageSelection of(Object evaluationContext) {
        return new StorageSelection(HandlerSelection.of(evaluationContext));
    }

    /** @return a selection, as {@code HandlerUtil.getCurrentSelection} gives it */
    static StorageSelection ofSelection(Object selection) {
        return new StorageSelection(selection);
    }

    /** @return the selected volumes with their current state (those gone meanwhile left out) */
    List<Selected<NodeStorage.Volume>> volumes() {
        List<Selected<NodeStorage.Volume>> out = new ArrayList<>();
        for (Object o : elements) {
            if (o instanceof VolumeItem v) {
                v.volume().ifPresent(volume -> out.add(new Selected<>(v.node(), volume)));
            }
        }
        return out;
    }

    /** @return the selected repositories with their current state (those gone meanwhile left out) */
    List<Selected<NodeStorage.Repository>> repositories() {
        List<Selected<NodeStorage.Repository>> out = new ArrayList<>();
        for (Object o : elements) {
            if (o instanceof RepositoryItem r) {
                r.repository().ifPresent(repository -> out.add(new Selected<>(r.node(), repository)));
            }
        }
        return out;
    }

    /** @return the node of the first selected row (a node, a repository or a volume) */
    Optional<NodeConnection> node() {
        for (Object o : elements) {
            if (o instanceof NodeConnection c) {
                return Optional.of(c);
            }
            if (o instanceof RepositoryItem r) {
                return Optional.of(r.node());
            }
            if (o instanceof VolumeItem v) {
                return Optional.of(v.node());
            }
        }
        return Optional.empty();
    }

    /** @return the repository of the first selected repository or volume */
    Optional<String> srUuid() {
        for (Object o : elements) {
            if (o instanceof RepositoryItem r) {
                return Optional.of(r.srUuid());
            }
            if (o instanceof VolumeItem v) {
                return v.volume().map(NodeStorage.Volume::srUuid);
            }
        }
        return Optional.empty();
    }

    /**
     * A selected object with its node.
     *
     * @param node its node
     * @param object it, as the node's model has it now
     */
    record Selected<T>(NodeConnection node, T object) {
        /** @return whether its node is connected, so its state is current and it can be acted on */
        boolean live() {
            return !node.isStale();
        }
    }
}
