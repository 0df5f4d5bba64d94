package org.xenophilia.ui.deploy.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The image bundle's UI strings, from {@code messages.properties} beside this class (the Eclipse NLS way: a field
 * per key, {@link NLS#bind} for the placeholders). Labels of its commands, menus and view are in the bundle's
 * {@code plugin.properties}.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.xenophilia.ui.deploy.internal.messages";

    // named after their keys, as NLS requires
    public static String ImagesView_image;
    public static String ImagesView_version;
    public static String ImagesView_node;
    public static String ImagesView_size;
    public static String ImagesView_minimumDisk;
    public static String ImagesView_content;
    public static String ImagesView_downloaded;
    public static String ImagesView_source;
    public static String ImagesView_filter;
    public static String ImagesView_empty;
    public static String ImagesView_problem;
    public static String ImagesView_yes;
    public static String ImagesView_no;
    public static String ImagesView_disk;
    public static String ImagesView_rootfs;
    public static String DeployWizard_title;
    public static String DeployWizard_noNode;
    public static String ImagePage_description;
    public static String ImagePage_node;
    public static String ImagePage_about;
    public static String ImagePage_reading;
    public static String ImagePage_none;
    public static String ImagePage_choose;
    public static String DomainPage_description;
    public static String DomainPage_repository;
    public static String DomainPage_repositoryItem;
    public static String DomainPage_name;
    public static String DomainPage_size;
    public static String DomainPage_memory;
    public static String DomainPage_vcpus;
    public static String DomainPage_network;
    public static String DomainPage_noNetwork;
    public static String DomainPage_start;
    public static String DomainPage_noRepository;
    public static String DomainPage_enterName;
    public static String DomainPage_badName;
    public static String DomainPage_nameTaken;
    public static String DomainPage_badSize;
    public static String DomainPage_belowMinimum;
    public static String DomainPage_tooSmall;
    public static String DomainPage_badMemory;
    public static String DomainPage_memoryBelowMinimum;
    public static String SummaryPage_description;
    public static String SummaryPage_domain;
    public static String SummaryPage_download;
    public static String SummaryPage_volume;
    public static String SummaryPage_filesystem;
    public static String SummaryPage_disk;
    public static String SummaryPage_resources;
    public static String SummaryPage_network;
    public static String SummaryPage_noNetwork;
    public static String SummaryPage_started;
    public static String SummaryPage_notStarted;
    public static String DeployedDomain_open;
    public static String ForgetDownload_title;
    public static String ForgetDownload_question;
    public static String PushWizard_title;
    public static String PushWizard_noNode;
    public static String PushPage_description;
    public static String PushPage_file;
    public static String PushPage_browse;
    public static String PushPage_fromCatalog;
    public static String PushPage_fromFields;
    public static String PushPage_name;
    public static String PushPage_version;
    public static String PushPage_about;
    public static String PushPage_architecture;
    public static String PushPage_guestType;
    public static String PushPage_content;
    public static String PushPage_compression;
    public static String PushPage_contentSize;
    public static String PushPage_minimumMemory;
    public static String PushPage_minimumDisk;
    public static String PushPage_boot;
    public static String PushPage_kernel;
    public static String PushPage_cmdline;
    public static String PushPage_chooseFile;
    public static String PushPage_noFile;
    public static String PushPage_enterNameVersion;
    public static String PushPage_badSize;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
