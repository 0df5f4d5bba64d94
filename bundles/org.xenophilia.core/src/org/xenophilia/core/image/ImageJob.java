package org.xenophilia.core.image;

import java.io.IOException;

import org.xenophilia.core.NodeCallJob;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.XenApiErrorMessages;
import org.xenophilia.xenapi.XenApiException;

/**
 * One image operation on one node as a cancellable user job ({@link NodeCallJob}): a failure is worded by
 * {@link XenApiErrorMessages#imageFailed}. Made by {@link ImageJobs}.
 *
 * @param <T> what the calls answer
 */
public final class ImageJob<T> extends NodeCallJob<T> {

    /** The family of every image job, for {@code IJobManager.find/join/cancel}. */
    public static final Object FAMILY = ImageJob.class;

    ImageJob(ImageOperation operation, NodeConnection node, String subject, Calls<T> calls) {
        super(operation, FAMILY, node, subject, calls);
    }

    /** @return what it does */
    @Override
    public ImageOperation operation() {
        return (ImageOperation) super.operation();
    }

    @Override
    protected String failed(XenApiException e) {
        return XenApiErrorMessages.imageFailed(operation(), subject(), node().node().name(), e);
    }

    @Override
    protected String failed(IOException e) {
        return XenApiErrorMessages.imageFailed(operation(), subject(), node().node().name(), e);
    }
}
