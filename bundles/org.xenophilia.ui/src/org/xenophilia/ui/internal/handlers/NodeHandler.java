package org.xenophilia.ui.internal.handlers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.ui.internal.nodes.NodeService;

/**
 * Connect, Disconnect and Remove on the nodes selected in the Nodes view. None of them waits on the network: the
 * connections act on their own threads. Declared in plugin.xml once per action, as {@code NodeHandler:CONNECT} etc.
 */
public final class NodeHandler extends AbstractHandler implements IExecutableExtension {

    /** What the handler does. */
    public enum Action {
        /** Connects now: after Disconnect, a refused password or certificate, or to skip a backoff wait. */
        CONNECT,
        /** Stops following the node until Connect; its domains stay listed, greyed. */
        DISCONNECT,
        /** Forgets the node and its password, after confirmation. */
        REMOVE
    }

    /** Title of the confirmation asked before removing nodes. */
    public static final String REMOVE_TITLE = Messages.NodeHandler_removeTitle;

    private Action action;

    /** For plugin.xml; the action comes from the class attribute's data. */
    public NodeHandler() {
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
            throws CoreException {
        try {
            action = Action.valueOf(String.valueOf(data).trim());
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error("unknown node action '" + data + "' in " + XenophiliaUi.PLUGIN_ID
                    + "/plugin.xml", e));
        }
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = HandlerSelection.of(evaluationContext);
        setBaseEnabled(nodes(selection).stream().anyMatch(this::appliesTo));
    }

    private boolean appliesTo(NodeConnection c) {
        return switch (action) {
            case CONNECT -> c.state() != ConnectionState.CONNECTED && c.state() != ConnectionState.CONNECTING;
            case DISCONNECT -> c.state() != ConnectionState.OFFLINE && c.state() != ConnectionState.CLOSED;
            case REMOVE -> true;
        };
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<NodeConnection> nodes = nodes(HandlerUtil.getCurrentSelection(event)).stream().filter(this::appliesTo)
                .toList();
        if (nodes.isEmpty()) {
            return null;
        }
        switch (action) {
            case CONNECT -> nodes.forEach(c -> {
                if (c.state() == ConnectionState.OFFLINE) {
                    c.connect();
                } else {
                    c.reconnect();
                }
            });
            case DISCONNECT -> nodes.forEach(NodeConnection::disconnect);
            case REMOVE -> remove(event, nodes);
        }
        return null;
    }

    private static void remove(ExecutionEvent event, List<NodeConnection> nodes) throws ExecutionException {
        String names = nodes.stream().map(c -> c.node().name()).collect(Collectors.joining(", "));
        if (!MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), REMOVE_TITLE, NLS.bind(nodes.size() == 1
                ? Messages.NodeHandler_removeOne : Messages.NodeHandler_removeMany, names))) {
            return;
        }
        for (NodeConnection c : nodes) {
            try {
                NodeService.get().removeNode(c.nodeId());
            } catch (IOException e) {
                throw new ExecutionException(NLS.bind(Messages.NodeHandler_cannotRemove, c.node().name(),
                        e.getMessage()), e);
            }
        }
    }

    private static List<NodeConnection> nodes(Object selection) {
        List<NodeConnection> out = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof NodeConnection c) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
