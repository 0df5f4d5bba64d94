package org.xenophilia.ui.editor.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The domain editor's UI strings, from {@code messages.properties} beside this class (the Eclipse NLS way: a field
 * per key, {@link NLS#bind} for the placeholders). Labels of its commands and menus are in the bundle's
 * {@code plugin.properties}.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.xenophilia.ui.editor.internal.messages";

    // named after their keys, as NLS requires
    public static String DomainEditor_cannotSaveTitle;
    public static String DomainEditor_invalidXmlTitle;
    public static String DomainEditor_pending;
    public static String DomainEditor_wrongInput;
    public static String DomainEditor_cannotRead;
    public static String DomainEditor_xmlPage;
    public static String DomainEditor_cannotShow;
    public static String DomainEditor_invalidXml;
    public static String DomainEditor_stillFetching;
    public static String DomainEditor_notSavedBecause;
    public static String DomainEditor_cannotWrite;
    public static String LoadingPage_title;
    public static String LoadingPage_fetching;
    public static String LoadDomainJob_name;
    public static String LoadDomainJob_what;
    public static String LoadDomainJob_cancelled;
    public static String SaveDomainJob_name;
    public static String SaveDomainJob_what;
    public static String SaveDomainJob_nothingChanged;
    public static String SaveDomainJob_allApplied;
    public static String SaveDomainJob_someWait;
    public static String SaveDomainJob_appliedSomeWait;
    public static String SaveDomainJob_appliedDetail;
    public static String SaveDomainJob_nextBootDetail;
    public static String SaveDomainJob_nodeDefinitionInvalid;
    public static String SaveDomainJob_keepsItsName;
    public static String SaveDomainJob_definitionInvalid;
    public static String SaveToNode_saving;
    public static String SaveToNode_notSaved;
    public static String SaveToNode_cancelledNothingChanged;
    public static String SaveToNode_cancelledAfter;
    public static String SaveToNode_saved;
    public static String NodeCalls_failed;
    public static String NodeCalls_unreachable;
    public static String NodeDomainInput_toolTip;
    public static String FieldsPage_overview;
    public static String FieldsPage_general;
    public static String FieldsPage_name;
    public static String FieldsPage_nameHint;
    public static String FieldsPage_description;
    public static String FieldsPage_descriptionHint;
    public static String FieldsPage_tags;
    public static String FieldsPage_tagsHint;
    public static String FieldsPage_type;
    public static String FieldsPage_typeHint;
    public static String FieldsPage_boot;
    public static String FieldsPage_kernel;
    public static String FieldsPage_pathHint;
    public static String FieldsPage_ramdisk;
    public static String FieldsPage_cmdline;
    public static String FieldsPage_cmdlineHint;
    public static String FieldsPage_root;
    public static String FieldsPage_rootHint;
    public static String FieldsPage_extra;
    public static String FieldsPage_extraHint;
    public static String FieldsPage_bootloader;
    public static String FieldsPage_bootloaderHint;
    public static String FieldsPage_firmware;
    public static String FieldsPage_firmwareHint;
    public static String FieldsPage_resources;
    public static String FieldsPage_memoryGroup;
    public static String FieldsPage_memory;
    public static String FieldsPage_atBoot;
    public static String FieldsPage_maxmem;
    public static String FieldsPage_maxmemHint;
    public static String FieldsPage_cpus;
    public static String FieldsPage_vcpus;
    public static String FieldsPage_maxvcpus;
    public static String FieldsPage_maxvcpusHint;
    public static String FieldsPage_pinning;
    public static String FieldsPage_pinningHint;
    public static String FieldsPage_softAffinity;
    public static String FieldsPage_softAffinityHint;
    public static String FieldsPage_weight;
    public static String FieldsPage_weightHint;
    public static String FieldsPage_cap;
    public static String FieldsPage_capHint;
    public static String FieldsPage_lifecycle;
    public static String FieldsPage_whenTheDomain;
    public static String FieldsPage_powersOff;
    public static String FieldsPage_reboots;
    public static String FieldsPage_crashes;
    public static String FieldsPage_watchdog;
    public static String FieldsPage_softResets;
    public static String DevicesPage_disks;
    public static String DevicesPage_network;
    public static String DevicesPage_vifs;
    public static String DevicesPage_disksDescription;
    public static String DevicesPage_vifsDescription;
    public static String DevicesPage_add;
    public static String DevicesPage_edit;
    public static String DevicesPage_remove;
    public static String DevicesPage_addDisk;
    public static String DevicesPage_addVif;
    public static String DevicesPage_editDisk;
    public static String DevicesPage_editVif;
    public static String DeviceDialog_vdev;
    public static String DeviceDialog_target;
    public static String DeviceDialog_format;
    public static String DeviceDialog_access;
    public static String DeviceDialog_devtype;
    public static String DeviceDialog_backendtype;
    public static String DeviceDialog_storageBackend;
    public static String DeviceDialog_volume;
    public static String DeviceDialog_bridge;
    public static String DeviceDialog_network;
    public static String DeviceDialog_mac;
    public static String DeviceDialog_ip;
    public static String DeviceDialog_model;
    public static String DeviceDialog_type;
    public static String DeviceDialog_rate;
    public static String DeviceDialog_mtu;
    public static String DeviceDialog_message;
    public static String DeviceDialog_generate;
    public static String DeviceDialog_generateHint;
    public static String DeviceDialog_invalid;
    public static String XmlSourcePage_undo;
    public static String XmlSourcePage_redo;
    public static String XmlSourcePage_problem;
    public static String XlCfgPage_title;
    public static String XlCfgPage_lastValid;
    public static String XlCfgPage_cannotWrite;
    public static String EditDefinitionHandler_title;
    public static String EditDefinitionHandler_cannotOpen;
    public static String ImportXlCfgHandler_title;
    public static String ImportXlCfgHandler_cannotImport;
    public static String ExportXlCfgHandler_title;
    public static String ExportXlCfgHandler_nothingSelected;
    public static String ExportXlCfgHandler_cannotExport;
    public static String ExportXlCfgHandler_folder;
    public static String ExportXlCfgHandler_replace;
    public static String ExportDomainsJob_nameOne;
    public static String ExportDomainsJob_nameMany;
    public static String ExportDomainsJob_someFailed;
    public static String ExportDomainsJob_what;
    public static String ExportDomainsJob_cannotWrite;
    public static String NewDomainWizard_title;
    public static String NewDomainWizard_imported;
    public static String NewDomainWizard_minimalPv;
    public static String NewDomainWizard_pvh;
    public static String NewDomainWizard_hvm;
    public static String NewDomainWizard_creating;
    public static String NewDomainWizard_what;
    public static String NewDomainWizard_description;
    public static String NewDomainWizard_node;
    public static String NewDomainWizard_nodeItem;
    public static String NewDomainWizard_startFrom;
    public static String NewDomainWizard_name;
    public static String NewDomainWizard_memory;
    public static String NewDomainWizard_vcpus;
    public static String NewDomainWizard_disk;
    public static String NewDomainWizard_bridge;
    public static String NewDomainWizard_mac;
    public static String NewDomainWizard_generate;
    public static String NewDomainWizard_noNode;
    public static String NewDomainWizard_chooseNode;
    public static String NewDomainWizard_enterName;
    public static String NewDomainWizard_badMemory;
    public static String NewDomainWizard_badVcpus;
    public static String NewDomainWizard_unknownKeys;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
