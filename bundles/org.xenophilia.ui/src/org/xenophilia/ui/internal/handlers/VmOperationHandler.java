package org.xenophilia.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.xenophilia.core.VmInfo;
import org.xenophilia.core.VmOperation;
import org.xenophilia.core.VmOperationJob;
import org.xenophilia.ui.XenophiliaUi;
import org.xenophilia.ui.internal.Messages;
import org.xenophilia.ui.internal.nodes.DomainItem;
import org.xenophilia.ui.internal.preferences.WorkbenchPreferences;

/**
 * Runs one {@link VmOperation} on the selected domains as a user {@link VmOperationJob}: the Jobs framework shows
 * its progress and its error status (worded by {@code XenApiErrorMessages}). Forcing off asks first. Declared in
 * plugin.xml once per operation, as {@code VmOperationHandler:START} etc.
 */
public final class VmOperationHandler extends AbstractHandler implements IExecutableExtension {

    /** Title of the confirmation asked before a forced operation. */
    public static final String CONFIRM_TITLE = Messages.VmOperationHandler_confirmTitle;

    private VmOperation operation;

    /** For plugin.xml; the operation comes from the class attribute's data. */
    public VmOperationHandler() {
    }

    /** @param operation what this handler does */
    public VmOperationHandler(VmOperation operation) {
        this.operation = operation;
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
            throws CoreException {
        try {
            operation = VmOperation.valueOf(String.valueOf(data).trim());
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error("unknown VM operation '" + data + "' in " + XenophiliaUi.PLUGIN_ID
                    + "/plugin.xml", e));
        }
    }

    /**
     * Enabled when at least one selected domain is on a connected node that allows the operation on it now
     * ({@link VmOperation#isAllowed}: its record's {@code allowed_operations}). Re-evaluated on selection changes
     * and, through {@link EnablementUpdates}, when the nodes' models change.
     */
    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = HandlerSelection.of(evaluationContext);
        setBaseEnabled(!applicable(targets(selection)).isEmpty());
    }

    private List<VmOperationJob.Target> applicable(List<VmOperationJob.Target> targets) {
        return targets.stream().filter(t -> !t.node().isStale() && operation.isAllowed(t.vm()))
                .toList();
    }

    /** Acts on the selected domains the operation is allowed on (pausing a mixed selection pauses the running ones). */
    @Override
    public Object execute(ExecutionEvent event) {
        List<VmOperationJob.Target> targets = applicable(targets(HandlerUtil.getCurrentSelection(event)));
        if (targets.isEmpty()) {
            return null;
        }
        if (operation.isForced() && WorkbenchPreferences.confirmForceOff()) {
            String names = targets.stream().map(t -> t.vm().name()).collect(Collectors.joining(", "));
            boolean ok = MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), CONFIRM_TITLE, NLS.bind(
                    targets.size() == 1 ? Messages.VmOperationHandler_confirmOne
                            : Messages.VmOperationHandler_confirmMany, names));
            if (!ok) {
                return null;
            }
        }
        new VmOperationJob(operation, targets).schedule();
        return null;
    }

    /**
     * @param selection the current selection
     * @return the selected domains as job targets, with their current records
     */
    static List<VmOperationJob.Target> targets(Object selection) {
        List<VmOperationJob.Target> targets = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof DomainItem d) {
                    VmInfo vm = d.vm().orElse(null);
                    if (vm != null) {
                        targets.add(new VmOperationJob.Target(d.node(), vm));
                    }
                }
            }
        }
        return targets;
    }
}
