package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

import org.xenophilia.xl.output.XlDomainConfig;
import org.xenophilia.xl.output.XlListLongOutput;
import org.xenophilia.xl.output.XlOutputFormatException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code xl list -l}'s reader ({@link XlListLongOutput}, JSON through Gson) and every accessor of what it read
 * ({@link XlDomainConfig}, its disks and nics): any text is either refused with {@link XlOutputFormatException} or
 * gives configurations whose accessors answer (an absent or mistyped field is "empty", never an exception). Seeds:
 * the real xl 4.17 captures.
 */
class XlListLongFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("XlListLongOutput.parse", 256 << 10, 256);

    static {
        // the parser's classes are loaded, and instrumented, before the first input's timeout starts
        byte[] sample = ("[{\"domid\": 1, \"config\": {\"c_info\": {\"name\": \"w\"}, "
                + "\"b_info\": {\"avail_vcpus\": [0]}, \"disks\": [{}], \"nics\": [{}]}}]").getBytes(UTF_8);
        Warmup.run(() -> new XlListLongFuzzTest().parse(sample));
    }

    @FuzzTest
    void parse(byte[] data) throws Exception {
        XlOutputs.read(BUDGET, data, output -> XlListLongOutput.parse(output).forEach(XlListLongFuzzTest::read));
    }

    private static void read(XlDomainConfig c) {
        if (c.domid() < 0) {
            throw new AssertionError("domid " + c.domid());
        }
        List.of(c.name(), c.type(), c.uuid(), c.runHotplugScripts(), c.maxVcpus(), c.availVcpus(), c.maxMemKb(),
                c.targetMemKb(), c.videoMemKb(), c.scheduler(), c.schedWeight(), c.schedCap(), c.kernel(),
                c.ramdisk(), c.cmdline(), c.bootloader(), c.claimMode(), c.action("crash"), c.toJson());
        for (XlDomainConfig.Disk d : c.disks()) {
            List.of(d.pdevPath(), d.vdev(), d.format(), d.backendType(), d.readWrite(), d.cdrom(), d.script(),
                    d.backendDomain());
        }
        for (XlDomainConfig.Nic n : c.nics()) {
            List.of(n.devid(), n.mac(), n.bridge(), n.nicType(), n.model(), n.ip(), n.script(), n.ifname(),
                    n.backendDomain(), n.mtu());
        }
    }
}
