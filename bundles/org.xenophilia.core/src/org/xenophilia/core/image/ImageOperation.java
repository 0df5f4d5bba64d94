package org.xenophilia.core.image;

import org.xenophilia.core.NodeOperation;

/**
 * What an {@link ImageJob} does, in the words of its progress ("Deploying image busybox:1.36 on alpha") and of its
 * failure ("Cannot deploy image busybox:1.36: ...", see {@code XenApiErrorMessages.imageFailed}).
 */
public enum ImageOperation implements NodeOperation {
    /** {@code Xenophilia.image.get_all} and {@code get_source_problems}. */
    READ("read the images of", "Reading the images of"),
    /** {@code Xenophilia.image.refresh}: every source read again. */
    REFRESH("refresh the images of", "Refreshing the images of"),
    /** {@code Async.Xenophilia.image.deploy}, followed to its end. */
    DEPLOY("deploy image", "Deploying image"),
    /** {@code Xenophilia.image.forget_download}. */
    FORGET_DOWNLOAD("forget the download of image", "Forgetting the download of image"),
    /** {@code PUT /import_image}. */
    PUSH("push image", "Pushing image");

    private final String verb;
    private final String progressing;

    ImageOperation(String verb, String progressing) {
        this.verb = verb;
        this.progressing = progressing;
    }

    @Override
    public String verb() {
        return verb;
    }

    @Override
    public String progressing() {
        return progressing;
    }
}
