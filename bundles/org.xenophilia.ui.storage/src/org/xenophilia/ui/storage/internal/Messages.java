package org.xenophilia.ui.storage.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The storage bundle's UI strings, from {@code messages.properties} beside this class (the Eclipse NLS way: a field
 * per key, {@link NLS#bind} for the placeholders). Labels of its commands, menus and view are in the bundle's
 * {@code plugin.properties}.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.xenophilia.ui.storage.internal.messages";

    // named after their keys, as NLS requires
    public static String StorageView_name;
    public static String StorageView_size;
    public static String StorageView_allocation;
    public static String StorageView_format;
    public static String StorageView_usedBy;
    public static String StorageView_capacity;
    public static String StorageView_empty;
    public static String StorageView_unplugged;
    public static String StorageView_detached;
    public static String StorageView_snapshot;
    public static String StorageView_lastKnown;
    public static String StorageView_unpluggedTip;
    public static String StorageView_detachedTip;
    public static String StorageText_use;
    public static String StorageText_capacity;
    public static String StorageText_allocatedOnly;
    public static String Properties_general;
    public static String Properties_capacity;
    public static String Properties_connection;
    public static String Properties_name;
    public static String Properties_description;
    public static String Properties_uuid;
    public static String Properties_type;
    public static String Properties_contentType;
    public static String Properties_node;
    public static String Properties_volumes;
    public static String Properties_size;
    public static String Properties_used;
    public static String Properties_allocated;
    public static String Properties_free;
    public static String Properties_state;
    public static String Properties_configuration;
    public static String Properties_plugged;
    public static String Properties_unplugged;
    public static String Properties_detached;
    public static String Properties_lastKnown;
    public static String Properties_repository;
    public static String Properties_usedBy;
    public static String Properties_reference;
    public static String Properties_allocation;
    public static String Properties_format;
    public static String Properties_readOnly;
    public static String Properties_snapshotOf;
    public static String Properties_sourceGone;
    public static String NewRepositoryWizard_title;
    public static String TypeChoicePage_description;
    public static String TypeChoicePage_node;
    public static String TypeChoicePage_type;
    public static String TypeChoicePage_name;
    public static String TypeChoicePage_descriptionField;
    public static String TypeChoicePage_reading;
    public static String TypeChoicePage_none;
    public static String TypeChoicePage_noNode;
    public static String TypeChoicePage_chooseType;
    public static String TypeChoicePage_enterName;
    public static String ConfigurationPage_description;
    public static String ConfigurationPage_brokenContribution;
    public static String ConfigurationPage_pageFailed;
    public static String ProbePage_description;
    public static String ProbePage_looking;
    public static String ProbePage_failed;
    public static String ProbePage_cannotLook;
    public static String ProbePage_cannotLookShort;
    public static String ProbePage_existing;
    public static String ProbePage_existingShort;
    public static String ProbePage_otherData;
    public static String ProbePage_otherDataShort;
    public static String ProbePage_nothing;
    public static String ProbePage_emptyShort;
    public static String ProbePage_size;
    public static String ProbePage_incomplete;
    public static String ProbePage_noResult;
    public static String ProbePage_force;
    public static String FileTypePage_location;
    public static String FileTypePage_hint;
    public static String FileTypePage_enterLocation;
    public static String FileTypePage_absolute;
    public static String GenericTypePage_described;
    public static String GenericTypePage_undescribed;
    public static String GenericTypePage_required;
    public static String GenericTypePage_default;
    public static String GenericTypePage_keyDescription;
    public static String GenericTypePage_enter;
    public static String GenericTypePage_integer;
    public static String GenericTypePage_size;
    public static String GenericTypePage_path;
    public static String GenericTypePage_notKeyValue;
    public static String NewVolumeWizard_title;
    public static String NewVolumeWizard_description;
    public static String NewVolumeWizard_node;
    public static String NewVolumeWizard_repository;
    public static String NewVolumeWizard_repositoryItem;
    public static String NewVolumeWizard_name;
    public static String NewVolumeWizard_size;
    public static String NewVolumeWizard_format;
    public static String NewVolumeWizard_defaultFormat;
    public static String NewVolumeWizard_noNode;
    public static String NewVolumeWizard_noRepository;
    public static String NewVolumeWizard_enterName;
    public static String NewVolumeWizard_badName;
    public static String NewVolumeWizard_nameTaken;
    public static String NewVolumeWizard_enterSize;
    public static String NewVolumeWizard_badSize;
    public static String NewVolumeWizard_largerThanFree;
    public static String ResizeVolumeWizard_title;
    public static String ResizeVolumeWizard_description;
    public static String ResizeVolumeWizard_current;
    public static String ResizeVolumeWizard_newSize;
    public static String ResizeVolumeWizard_onlyGrows;
    public static String DeleteVolume_confirmTitle;
    public static String DeleteVolume_confirmOne;
    public static String DeleteVolume_confirmMany;
    public static String DeleteVolume_inUseTitle;
    public static String DeleteVolume_inUse;
    public static String DeleteVolume_inUseBy;
    public static String RepositoryHandler_forgetTitle;
    public static String RepositoryHandler_forgetConfirm;
    public static String RepositoryHandler_destroyTitle;
    public static String RepositoryHandler_destroyConfirm;
    public static String RepositoryHandler_notEmpty;
    public static String RepositoryHandler_holds;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
