package org.xenophilia.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.client.XenApiClient;
import org.xenophilia.xenapi.internal.client.PinningTrustManager;

import com.xensource.xenapi.Connection;
import com.xensource.xenapi.Session;
import com.xensource.xenapi.Types;
import com.xensource.xenapi.VM;

/**
 * A client nobody here wrote, the XenServer Java SDK 8.1.0, against the Agent's xl backend on a real Xen: log in,
 * list, start, clean shutdown, log out. The SDK only knows the JVM-wide HTTPS settings, so this test pins the
 * Agent's certificate there for its own duration (test code only) and puts the old settings back.
 */
class XenServerSdkTest {

    private static final String NAME = "e2e-sdk";
    private RealXen xen;
    private SSLSocketFactory oldFactory;
    private HostnameVerifier oldVerifier;

    @BeforeEach
    void setUp() throws Exception {
        xen = RealXen.get();
        xen.remove(NAME);
        oldFactory = HttpsURLConnection.getDefaultSSLSocketFactory();
        oldVerifier = HttpsURLConnection.getDefaultHostnameVerifier();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinningTrustManager(xen.fingerprint, null)}, null);
        HttpsURLConnection.setDefaultSSLSocketFactory(tls.getSocketFactory());
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);
    }

    @AfterEach
    void tearDown() {
        if (oldFactory != null) {
            HttpsURLConnection.setDefaultSSLSocketFactory(oldFactory);
            HttpsURLConnection.setDefaultHostnameVerifier(oldVerifier);
        }
        if (xen != null) {
            xen.remove(NAME);
        }
    }

    @Test
    void xenServerSdkLogsInListsStartsAndShutsDownADomainOnRealXen() throws Exception {
        // the SDK cannot define a domain from a definition: the project's client does that
        try (XenApiClient admin = xen.admin()) {
            admin.callWithSession("Xenophilia.VM.import_xl_cfg",
                    RealXen.guestCfg(NAME, 96, 96, "192.168.77.41", "", RealXen.GUEST_KERNEL, ""));
        }
        xen.dom0Ok("rm -f " + RealXen.console(NAME));

        Connection c = new Connection(new URL(xen.url.toString()), 600, 30);
        Session.loginWithPassword(c, xen.user, xen.password, "2.21", "XenServerSdkTest");
        try {
            VM vm = null;
            VM.Record dom0 = null;
            for (Map.Entry<VM, VM.Record> e : VM.getAllRecords(c).entrySet()) {
                if (e.getValue().isControlDomain) {
                    dom0 = e.getValue();
                } else if (NAME.equals(e.getValue().nameLabel)) {
                    vm = e.getKey();
                    assertEquals(Types.VmPowerState.HALTED, e.getValue().powerState);
                    assertEquals(96 * RealXen.MIB, e.getValue().memoryStaticMax.longValue());
                }
            }
            assertNotNull(vm, "the SDK does not list " + NAME);
            assertNotNull(dom0, "the SDK does not list the control domain");
            assertEquals(Types.VmPowerState.RUNNING, dom0.powerState);
            assertEquals(0L, dom0.domid.longValue());

            VM v = vm;
            v.start(c, false, false);
            RealXen.await("the SDK seeing " + NAME + " Running", RealXen.STATE_TIMEOUT, () -> v.getPowerState(c),
                    Types.VmPowerState.RUNNING::equals);
            assertTrue(RealXen.xlRunning(xen.xlState(NAME)), "xl does not show " + NAME + " running");
            assertTrue(v.getDomid(c) > 0);
            Types.VmBadPowerState twice = assertThrows(Types.VmBadPowerState.class, () -> v.start(c, false, false));
            assertEquals("Running", twice.actual);
            xen.awaitInDom0("the guest's console marker", RealXen.STATE_TIMEOUT,
                    "grep -q 'E2E-GUEST-READY name=" + NAME + "' " + RealXen.console(NAME));

            v.cleanShutdown(c);
            RealXen.await("the SDK seeing " + NAME + " Halted", RealXen.STATE_TIMEOUT, () -> v.getPowerState(c),
                    Types.VmPowerState.HALTED::equals);
            assertNull(xen.xlState(NAME), NAME + " is still known to xl after the SDK's clean shutdown");
            assertEquals(-1L, v.getDomid(c).longValue());
        } finally {
            Session.logout(c);
        }
        try (XenApiClient admin = xen.admin()) {
            assertEquals(1, WireValues.asList(admin.callWithSession("VM.get_by_name_label", NAME)).size());
        }
    }
}
