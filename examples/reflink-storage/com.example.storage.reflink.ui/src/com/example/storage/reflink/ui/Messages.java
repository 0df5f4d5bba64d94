package com.example.storage.reflink.ui;

import org.eclipse.osgi.util.NLS;

/** The page's texts, from messages.properties beside this class (NLS: public static fields named after the keys). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "com.example.storage.reflink.ui.messages";

    public static String ReflinkPoolPage_image;
    public static String ReflinkPoolPage_imageHint;
    public static String ReflinkPoolPage_size;
    public static String ReflinkPoolPage_sizeHint;
    public static String ReflinkPoolPage_explanation;
    public static String ReflinkPoolPage_enterImage;
    public static String ReflinkPoolPage_absolute;
    public static String ReflinkPoolPage_notASize;
    public static String ReflinkPoolPage_tooSmall;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
