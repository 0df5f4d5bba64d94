package org.xenophilia.ui.deploy.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.deploy.internal.view.ImagesView;
import org.xenophilia.ui.internal.nodes.NodeService;

/**
 * Has the selected image's node, or every connected node when none is selected, read its catalog sources again
 * ({@code Xenophilia.image.refresh}, user jobs), and the Images view list what they answer.
 */
public final class RefreshImagesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        List<NodeConnection> nodes = ImageSelection.ofSelection(HandlerUtil.getCurrentSelection(event)).image().map(
                i -> List.of(i.node())).orElseGet(() -> NodeService.get().connections());
        ImagesView.find().ifPresent(v -> v.refreshCatalogs(nodes));
        return null;
    }
}
