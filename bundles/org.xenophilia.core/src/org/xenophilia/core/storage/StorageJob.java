package org.xenophilia.core.storage;

import java.io.IOException;

import org.xenophilia.core.NodeCallJob;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.XenApiErrorMessages;
import org.xenophilia.xenapi.XenApiException;

/**
 * One storage operation on one node as a cancellable user job ({@link NodeCallJob}): a failure is worded by
 * {@link XenApiErrorMessages#storageFailed}. Made by {@link StorageJobs}.
 *
 * @param <T> what the calls answer
 */
public final class StorageJob<T> extends NodeCallJob<T> {

    /** The family of every storage job, for {@code IJobManager.find/join/cancel}. */
    public static final Object FAMILY = StorageJob.class;

    /**
     * @param operation what it does
     * @param node the node
     * @param subject what it acts on, by name ("volume data1" is named "data1")
     * @param calls the calls
     */
    StorageJob(StorageOperation operation, NodeConnection node, String subject, Calls<T> calls) {
        super(operation, FAMILY, node, subject, calls);
    }

    /**
     * @param code the refusal explained: one with this code and parameters
     * @param explanation words for it instead of the error's own
     */
    StorageJob<T> explainedBy(String code, Explanation explanation) {
        explainWith(code, explanation);
        return this;
    }

    /** @return what it does */
    @Override
    public StorageOperation operation() {
        return (StorageOperation) super.operation();
    }

    @Override
    protected String failed(XenApiException e) {
        return XenApiErrorMessages.storageFailed(operation(), subject(), node().node().name(), e);
    }

    @Override
    protected String failed(IOException e) {
        return XenApiErrorMessages.storageFailed(operation(), subject(), node().node().name(), e);
    }
}
