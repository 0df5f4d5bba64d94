package org.xenophilia.core.network;

import java.io.IOException;

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

    NetworkJob(NetworkOperation operation, NodeConnection node, String subject, Calls<T> calls) {
        super(operation, FAMILY, node, subject, calls);
    }

    /**
     * @param code the refusal explained: one with this code and parameters
     * @param explanation words for it instead of the error's own
     */
    NetworkJob<T> explainedBy(String code, Explanation explanation) {
        explainWith(code, explanation);
        return this;
    }

    /** @return what it does */
    @Override
    public NetworkOperation operation() {
        return (NetworkOperation) super.operation();
    }

    @Override
    protected String failed(XenApiException e) {
        return XenApiErrorMessages.networkFailed(operation(), subject(), node().node().name(), e);
    }

    @Override
    protected String failed(IOException e) {
        return XenApiErrorMessages.networkFailed(operation(), subject(), node().node().name(), e);
    }
}
