package org.xenophilia.ui.storage.internal.handlers;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.storage.NodeStorage;
import org.xenophilia.core.storage.StorageJobs;
import org.xenophilia.ui.storage.internal.Messages;
import org.xenophilia.ui.storage.internal.StorageUi;

/**
 * Forget, Destroy, Plug and Unplug on the selected repositories, each one job per repository, as the node allows them
 * now ({@code allowed_operations}). Forget and Destroy ask first; Destroy refuses a repository that still holds
 * volumes, naming how many, before asking the node. Declared in plugin.xml once per action, as
 * {@code RepositoryHandler:FORGET} etc.
 */
public final class RepositoryHandler extends AbstractHandler implements IExecutableExtension {

    /** What the handler does. */
    public enum Action {
        /** {@code SR.forget}: the node stops using it; its storage keeps the volumes. */
        FORGET("forget"),
        /** {@code SR.destroy}: its storage is removed; only an empty repository. */
        DESTROY("destroy"),
        /** {@code PBD.plug}. */
        PLUG("plug"),
        /** {@code PBD.unplug}. */
        UNPLUG("unplug");

        private final String operation;

        Action(String operation) {
            this.operation = operation;
        }
    }

    /** The title of Forget's confirmation. */
    public static final String FORGET_TITLE = Messages.RepositoryHandler_forgetTitle;
    /** The title of Destroy's confirmation and refusal. */
    public static final String DESTROY_TITLE = Messages.RepositoryHandler_destroyTitle;

    private Action action;

    /** For plugin.xml; the action comes from the class attribute's data. */
    public RepositoryHandler() {
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
            throws CoreException {
        try {
            action = Action.valueOf(String.valueOf(data).trim());
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error("unknown repository action '" + data + "' in " + StorageUi.PLUGIN_ID
                    + "/plugin.xml", e));
        }
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(!targets(StorageSelection.of(evaluationContext)).isEmpty());
    }

    private List<StorageSelection.Selected<NodeStorage.Repository>> targets(StorageSelection selection) {
        return selection.repositories().stream().filter(r -> r.live() && r.object().registered()
                && allowed(r.object())).toList();
    }

    /** Destroy is offered for a repository with volumes too, so that the refusal can say why. */
    private boolean allowed(NodeStorage.Repository r) {
        return action == Action.DESTROY ? r.attached() : r.sr().allows(action.operation);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        List<StorageSelection.Selected<NodeStorage.Repository>> repositories = targets(StorageSelection.ofSelection(
                HandlerUtil.getCurrentSelection(event)));
        if (repositories.isEmpty()) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        String names = repositories.stream().map(r -> r.object().sr().name()).collect(Collectors.joining(", "));
        if (action == Action.DESTROY) {
            List<String> holding = repositories.stream().filter(r -> !r.object().volumes().isEmpty()).map(r -> NLS
                    .bind(Messages.RepositoryHandler_holds, r.object().sr().name(), r.object().volumes().size()))
                    .toList();
            if (!holding.isEmpty()) {
                MessageDialog.openError(shell, DESTROY_TITLE, NLS.bind(Messages.RepositoryHandler_notEmpty,
                        String.join("\n", holding)));
                return null;
            }
            if (!MessageDialog.openConfirm(shell, DESTROY_TITLE, NLS.bind(Messages.RepositoryHandler_destroyConfirm,
                    names))) {
                return null;
            }
        } else if (action == Action.FORGET && !MessageDialog.openConfirm(shell, FORGET_TITLE, NLS.bind(
                Messages.RepositoryHandler_forgetConfirm, names))) {
            return null;
        }
        for (StorageSelection.Selected<NodeStorage.Repository> r : repositories) {
            String uuid = r.object().sr().uuid();
            String name = r.object().sr().name();
            (switch (action) {
                case FORGET -> StorageJobs.forgetRepository(r.node(), uuid, name);
                case DESTROY -> StorageJobs.destroyRepository(r.node(), uuid, name);
                case PLUG -> StorageJobs.plugRepository(r.node(), uuid, name, true);
                case UNPLUG -> StorageJobs.plugRepository(r.node(), uuid, name, false);
            }).schedule();
        }
        return null;
    }
}
