package org.xenophilia.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The Workbench's UI strings, from {@code messages.properties} beside this class (the Eclipse NLS way: a field per
 * key, {@link NLS#bind} for the placeholders). Labels of commands, views and menus are in the bundle's
 * {@code plugin.properties}.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.xenophilia.ui.internal.messages";

    // named after their keys, as NLS requires
    public static String WindowAdvisor_title;
    public static String ActionBar_file;
    public static String ActionBar_window;
    public static String ActionBar_showView;
    public static String ActionBar_help;

    public static String AboutDialog_title;
    public static String AboutDialog_heading;
    public static String AboutDialog_version;
    public static String AboutDialog_text;
    public static String AboutDialog_runtime;

    public static String VmOperationHandler_confirmTitle;
    public static String VmOperationHandler_confirmOne;
    public static String VmOperationHandler_confirmMany;

    public static String NodeHandler_removeTitle;
    public static String NodeHandler_removeOne;
    public static String NodeHandler_removeMany;
    public static String NodeHandler_cannotRemove;

    public static String NodeService_trustTitle;
    public static String NodeService_trustQuestion;

    public static String DomainText_unknownState;
    public static String DomainText_memory;
    public static String DomainText_vcpu;
    public static String DomainText_vcpus;
    public static String DomainText_days;
    public static String DomainText_closed;
    public static String DomainText_connecting;
    public static String DomainText_connected;
    public static String DomainText_disconnected;
    public static String DomainText_authenticationFailed;
    public static String DomainText_certificateRejected;
    public static String DomainText_certificateChanged;
    public static String DomainText_credentialsMissing;
    public static String DomainText_offline;

    public static String NodesView_empty;
    public static String NodesView_filter;
    public static String NodesView_gone;

    public static String DomainsView_filter;
    public static String DomainsView_name;
    public static String DomainsView_node;
    public static String DomainsView_state;
    public static String DomainsView_memory;
    public static String DomainsView_vcpus;
    public static String DomainsView_uptime;
    public static String DomainsView_tags;
    public static String DomainsView_lastKnown;

    public static String Properties_general;
    public static String Properties_state;
    public static String Properties_resources;
    public static String Properties_devices;
    public static String Properties_connection;
    public static String Properties_host;
    public static String Properties_name;
    public static String Properties_node;
    public static String Properties_uuid;
    public static String Properties_description;
    public static String Properties_tags;
    public static String Properties_powerState;
    public static String Properties_lastKnownState;
    public static String Properties_gone;
    public static String Properties_domainId;
    public static String Properties_notRunning;
    public static String Properties_uptime;
    public static String Properties_memory;
    public static String Properties_maxMemory;
    public static String Properties_vcpus;
    public static String Properties_maxVcpus;
    public static String Properties_vifs;
    public static String Properties_disks;
    public static String Properties_address;
    public static String Properties_user;
    public static String Properties_domains;
    public static String Properties_message;
    public static String Properties_certificate;
    public static String Properties_notTrusted;
    public static String Properties_hostName;
    public static String Properties_cpus;
    public static String Properties_xenVersion;

    public static String PreferencePage_description;
    public static String PreferencePage_eventTimeout;
    public static String PreferencePage_maxBackoff;
    public static String PreferencePage_connectTimeout;
    public static String PreferencePage_confirmForceOff;

    public static String NewConnectionWizard_title;
    public static String NewConnectionWizard_cannotAdd;
    public static String NodeDetailsPage_title;
    public static String NodeDetailsPage_description;
    public static String NodeDetailsPage_host;
    public static String NodeDetailsPage_hostHint;
    public static String NodeDetailsPage_port;
    public static String NodeDetailsPage_portHint;
    public static String NodeDetailsPage_name;
    public static String NodeDetailsPage_nameHint;
    public static String NodeDetailsPage_user;
    public static String NodeDetailsPage_userHint;
    public static String NodeDetailsPage_password;
    public static String NodeDetailsPage_savePassword;
    public static String NodeDetailsPage_badHost;
    public static String NodeDetailsPage_badPort;
    public static String NodeDetailsPage_noUser;
    public static String NodeDetailsPage_noPassword;
    public static String NodeDetailsPage_nameTaken;
    public static String CertificatePage_title;
    public static String CertificatePage_description;
    public static String CertificatePage_fingerprint;
    public static String CertificatePage_subject;
    public static String CertificatePage_valid;
    public static String CertificatePage_accept;
    public static String CertificatePage_connecting;
    public static String CertificatePage_cannotLook;
    public static String CertificatePage_cancelled;
    public static String CertificatePage_selfSigned;
    public static String CertificatePage_issuedBy;
    public static String CertificatePage_validity;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
