package org.xenophilia.ui.network.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A command on the selected network (a lease's row stands for its network), enabled and run only while the network
 * can be changed from here: one of its node's own networks, and the node connected.
 */
abstract class ChangeableNetworkHandler extends AbstractHandler {

    @Override
    public final void setEnabled(Object evaluationContext) {
        setBaseEnabled(NetworkSelection.of(evaluationContext).network().filter(NetworkSelection.Selected::changeable)
                .isPresent());
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        NetworkSelection.ofSelection(HandlerUtil.getCurrentSelection(event)).network()
                .filter(NetworkSelection.Selected::changeable)
                .ifPresent(s -> run(HandlerUtil.getActiveShell(event), s));
        return null;
    }

    /**
     * Acts on the network (display thread).
     *
     * @param shell the active shell
     * @param selected the network, changeable
     */
    abstract void run(Shell shell, NetworkSelection.Selected selected);
}
