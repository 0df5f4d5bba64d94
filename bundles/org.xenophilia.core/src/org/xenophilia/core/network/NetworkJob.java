package org.xenophilia.core.network;

import java.io.IOException;
import java.util.Objects;

import org.xenophilia.core.NodeCallJob;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.XenApiErrorMessages;
import org.xenophilia.xenapi.XenApiException;

/**
 * One network operation on one node as a cancellable user job ({@link NodeCallJob}): a failure is worded by
 * {@link XenApiErrorMessages#networkFailed}. Made by {@link NetworkJobs}.
 *
 * @param <T> what the calls answer
 */
public final class NetworkJob<T> extends NodeCallJob<T> {

    /** The family of every network job, for {@code IJobManager.find/join/cancel}. */
    public static final Object FAMILY = NetworkJob.class;

    private final NetworkOperation operation;

    NetworkJob(NetworkOperation operation, NodeConnection node, String subject, Calls<T> calls) {
        super(operation.progressing() + " " + subject + " on " + node.node().name(), node, subject, calls);
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    /** @param explanation words for a refusal instead of the error's own */
    NetworkJob<T> explainedBy(Explanation explanation) {
        explainWith(explanation);
        return this;
    }

    /** @return what it does */
    public NetworkOperation operation() {
        return operation;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || super.belongsTo(family);
    }

    @Override
    protected String failed(XenApiException e) {
        return XenApiErrorMessages.networkFailed(operation, subject(), node().node().name(), e);
    }

    @Override
    protected String failed(IOException e) {
        return XenApiErrorMessages.networkFailed(operation, subject(), node().node().name(), e);
    }

    @Override
    protected String verb() {
        return operation.verb();
    }
}
