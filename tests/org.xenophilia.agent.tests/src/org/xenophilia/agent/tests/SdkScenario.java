package org.xenophilia.agent.tests;

import java.net.URL;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.xenophilia.xenapi.internal.client.PinningTrustManager;

import com.xensource.xenapi.Connection;
import com.xensource.xenapi.Event;
import com.xensource.xenapi.EventBatch;
import com.xensource.xenapi.Host;
import com.xensource.xenapi.Network;
import com.xensource.xenapi.SR;
import com.xensource.xenapi.Task;
import com.xensource.xenapi.VBD;
import com.xensource.xenapi.VDI;
import com.xensource.xenapi.VIF;
import com.xensource.xenapi.Session;
import com.xensource.xenapi.Types;
import com.xensource.xenapi.VM;

/**
 * Drives an Agent with the XenServer Java SDK, in a JVM of its own (the SDK's TLS can only be configured
 * JVM-wide): log in, read the host and VM records, start a VM, see the change through {@code Event.from}, shut it
 * down cleanly, see that too. Prints one line per step; exits non-zero on the first failure.
 * <p>
 * Arguments: URL, pinned fingerprint, user, password, name of a halted VM.
 */
public final class SdkScenario {

    private SdkScenario() {
    }

    public static void main(String[] args) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinningTrustManager(args[1], null)}, null);
        HttpsURLConnection.setDefaultSSLSocketFactory(tls.getSocketFactory());
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);

        Connection c = new Connection(new URL(args[0]));
        Session.loginWithPassword(c, args[2], args[3], "2.21", "SdkScenario");
        System.out.println("login ok");

        Map<Host, Host.Record> hosts = Host.getAllRecords(c);
        Host.Record host = hosts.values().iterator().next();
        System.out.println("host " + host.nameLabel + " API " + host.APIVersionMajor + "." + host.APIVersionMinor
                + " cpus " + host.cpuInfo.get("cpu_count"));

        VM vm = null;
        for (Map.Entry<VM, VM.Record> e : VM.getAllRecords(c).entrySet()) {
            System.out.println("vm " + e.getValue().nameLabel + " " + e.getValue().powerState + " memory "
                    + e.getValue().memoryStaticMax + " vcpus " + e.getValue().VCPUsMax);
            if (e.getValue().nameLabel.equals(args[4])) {
                vm = e.getKey();
            }
        }
        if (vm == null) {
            throw new IllegalStateException("no VM named " + args[4]);
        }

        EventBatch initial = Event.from(c, Set.of("vm"), "", 1.0);
        String token = initial.token;
        System.out.println("events initial " + initial.events.size());

        vm.start(c, false, false);
        token = awaitPowerState(c, vm, token, Types.VmPowerState.RUNNING);
        try {
            vm.start(c, false, false);
            throw new IllegalStateException("a second start succeeded");
        } catch (Types.VmBadPowerState e) {
            System.out.println("second start refused: expected " + e.expected + " actual " + e.actual);
        }
        vm.cleanShutdown(c);
        awaitPowerState(c, vm, token, Types.VmPowerState.HALTED);

        for (VM.Record r : VM.getAllRecords(c).values()) {
            if (r.isControlDomain) {
                System.out.println("control domain " + r.powerState.toString() + " domid " + r.domid);
            }
        }
        for (Network.Record n : Network.getAllRecords(c).values()) {
            System.out.println("network " + n.nameLabel + " bridge " + n.bridge + " MTU " + n.MTU);
        }
        for (VDI.Record d : VDI.getAllRecords(c).values()) {
            System.out.println("VDI " + d.nameLabel + " type " + d.type.name() + " SR " + d.SR.getNameLabel(c)
                    + " size " + d.virtualSize);
        }
        for (VBD.Record b : VBD.getAllRecords(c).values()) {
            if (!b.VDI.toWireString().equals("OpaqueRef:NULL")) {
                System.out.println("VBD " + b.device + " VDI " + b.VDI.getNameLabel(c));
            }
        }
        for (VIF.Record v : VIF.getAllRecords(c).values()) {
            System.out.println("VIF " + v.device + " network " + v.network.getNameLabel(c));
        }
        SR.getAllRecords(c);

        Task task = vm.startAsync(c, false, false);
        Task.Record t = awaitTask(c, task);
        System.out.println("task " + t.nameLabel + " " + t.status.name() + " progress " + t.progress);
        task.destroy(c);
        task = vm.unpauseAsync(c);
        t = awaitTask(c, task);
        System.out.println("task " + t.nameLabel + " " + t.status.name() + " " + (t.errorInfo.contains("VM_BAD_POWER_STATE") ? "VM_BAD_POWER_STATE" : t.errorInfo));
        vm.hardShutdown(c);
        Session.logout(c);
        System.out.println("done");
    }

    private static Task.Record awaitTask(Connection c, Task task) throws Exception {
        return Await.until("the task to finish", () -> task.getRecord(c),
                t -> t.status != Types.TaskStatusType.PENDING);
    }

    private static String awaitPowerState(Connection c, VM vm, String token, Types.VmPowerState expected)
            throws Exception {
        for (int i = 0; i < 10; i++) {
            EventBatch b = Event.from(c, Set.of("vm"), token, 10.0);
            token = b.token;
            for (Event.Record e : b.events) {
                if (e.ref.equals(vm.toWireString()) && e.snapshot instanceof VM.Record r
                        && r.powerState == expected) {
                    System.out.println("event " + e.operation + " " + e.clazz + " " + r.nameLabel + " " + expected);
                    return token;
                }
            }
        }
        throw new IllegalStateException("no event showing " + expected);
    }
}
