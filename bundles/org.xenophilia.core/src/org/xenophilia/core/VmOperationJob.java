package org.xenophilia.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.xenophilia.core.internal.CoreLog;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Runs one {@link VmOperation} on one or many VMs, possibly on several nodes, as a user job with progress (one unit
 * per VM). Each VM is found again by UUID ({@code VM.get_by_uuid}) so a reference from before an Agent restart does
 * no harm. A VM that fails does not stop the others; the result is {@link IStatus#OK}, one error, or a
 * {@link MultiStatus} with one error per failed VM, in words from {@link XenApiErrorMessages}.
 * <p>
 * Cancelling aborts the call in progress at once ({@link XenApiClient#abort()}, through {@link JobClients}); the
 * result is then {@link Status#CANCEL_STATUS}. The job uses clients of its own, never the event loop's.
 */
public final class VmOperationJob extends Job {

    /** The job family, for {@code IJobManager.join/cancel}. */
    public static final Object FAMILY = VmOperationJob.class;

    /**
     * One VM to act on.
     *
     * @param node its node
     * @param vm the VM, as in the node's model
     */
    public record Target(NodeConnection node, VmInfo vm) {
        /** Checks the fields. */
        public Target {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(vm, "vm");
        }
    }

    private final VmOperation operation;
    private final List<Target> targets;
    private final JobClients clients = new JobClients(this);

    /**
     * @param operation what to do
     * @param targets the VMs, done in this order
     */
    public VmOperationJob(VmOperation operation, List<Target> targets) {
        super(title(operation, targets));
        this.operation = Objects.requireNonNull(operation, "operation");
        this.targets = List.copyOf(targets);
        if (this.targets.isEmpty()) {
            throw new IllegalArgumentException("no VM to " + operation.verb());
        }
        setUser(true);
    }

    private static String title(VmOperation op, List<Target> targets) {
        return targets.size() == 1 ? op.progressing() + " " + targets.get(0).vm().name()
                : op.progressing() + " " + targets.size() + " VMs";
    }

    /** @return the operation */
    public VmOperation operation() {
        return operation;
    }

    /** @return the VMs */
    public List<Target> targets() {
        return targets;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), targets.size());
        List<IStatus> failures = new ArrayList<>();
        try {
            for (Target t : targets) {
                SubMonitor one = progress.split(1);
                String node = t.node().node().name();
                one.subTask(operation.progressing() + " " + t.vm().name() + " on " + node);
                try {
                    XenApiClient c = clients.client(t.node());
                    Ref ref = WireValues.asRef(c.callWithSession("VM.get_by_uuid", t.vm().uuid()));
                    List<Object> args = new ArrayList<>();
                    args.add(ref);
                    args.addAll(operation.extraArguments());
                    c.callWithSession(operation.method(), args.toArray());
                } catch (XenApiException e) {
                    failures.add(error(XenApiErrorMessages.operationFailed(operation, t.vm().name(), node, e), e));
                } catch (IOException e) {
                    if (monitor.isCanceled() || clients.isCancelled()) {
                        throw new OperationCanceledException();
                    }
                    failures.add(error(XenApiErrorMessages.operationFailed(operation, t.vm().name(), node, e), e));
                } catch (CredentialStoreException | IllegalStateException e) {
                    failures.add(error("Cannot " + operation.verb() + " " + t.vm().name() + ": " + e.getMessage(),
                            e));
                }
            }
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } finally {
            clients.close();
        }
        if (failures.isEmpty()) {
            return Status.OK_STATUS;
        }
        if (failures.size() == 1) {
            return failures.get(0);
        }
        MultiStatus all = new MultiStatus(CoreLog.PLUGIN_ID, 0, "Could not " + operation.verb() + " "
                + failures.size() + " of " + targets.size() + " VMs", null);
        failures.forEach(all::add);
        return all;
    }

    private static IStatus error(String message, Throwable cause) {
        return new Status(IStatus.ERROR, CoreLog.PLUGIN_ID, message, cause);
    }

    /** Aborts the calls in progress (the Progress view's stop button, {@code IJobManager.cancel}). */
    @Override
    protected void canceling() {
        clients.cancel();
    }
}
