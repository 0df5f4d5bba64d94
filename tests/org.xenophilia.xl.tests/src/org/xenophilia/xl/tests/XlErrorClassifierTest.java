package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.xl.output.XlError;
import org.xenophilia.xl.output.XlErrorClassifier;
import org.xenophilia.xl.output.XlErrorKind;

/** Classifying xl's failures from exit code and standard error, against the real xl 4.17 captures. */
public class XlErrorClassifierTest {

    private static XlError classify(String fixture) {
        TestData.Capture c = TestData.Capture.read("xl-4.17/" + fixture);
        return XlErrorClassifier.classify(c.exitCode(), c.stderr()).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xl-pause-nosuchdomain.txt", "xl-shutdown-nosuchdomain.txt",
        "xl-destroy-nosuchdomain.txt", "xl-list-nosuchdomain.txt", "xl-list-l-nosuchdomain.txt"})
    public void noSuchDomain(String fixture) {
        XlError e = classify(fixture);
        assertEquals(XlErrorKind.NO_SUCH_DOMAIN, e.kind());
        assertEquals(1, e.exitCode());
        assertEquals(Optional.of("nosuchdomain"), e.domain());
    }

    @Test
    public void configSyntaxErrorWithFileAndLine() {
        XlError e = classify("xl-create-syntax-error.txt");
        assertEquals(XlErrorKind.CONFIG_SYNTAX_ERROR, e.kind());
        assertEquals(1, e.exitCode());
        assertEquals(Optional.of("/root/guest-syntax-error.cfg"), e.configFile());
        assertEquals(OptionalInt.of(4), e.configLine());
        assertTrue(e.message().contains("unexpected '='"), e.message());
    }

    @Test
    public void aRejectedDiskSpecIsAConfigError() {
        // the message format of libxlu's disk parser (xlu__disk_err)
        XlError e = XlErrorClassifier.classify(1, "Parsing config from /root/g.cfg\n/root/g.cfg: config parsing error "
                + "in disk specification: unknown value for format: near `bogus' in `/x,bogus,xvda'\n").orElseThrow();
        assertEquals(XlErrorKind.CONFIG_SYNTAX_ERROR, e.kind());
        assertEquals(Optional.of("/root/g.cfg"), e.configFile());
        assertEquals(OptionalInt.empty(), e.configLine());
        assertEquals(XlErrorKind.CONFIG_SYNTAX_ERROR,
                XlErrorClassifier.classify(1, "Failed to parse config: Invalid argument\n").orElseThrow().kind());
    }

    @Test
    public void notEnoughMemory() {
        XlError e = classify("xl-create-too-much-memory.txt");
        assertEquals(XlErrorKind.NOT_ENOUGH_MEMORY, e.kind());
        assertEquals(3, e.exitCode());
        assertEquals(OptionalInt.of(3), e.domid(), "the failed create consumed domid 3");
        assertTrue(e.message().startsWith("xc_dom_boot_mem_init: can't allocate low memory"), e.message());
    }

    @Test
    public void duplicateName() {
        XlError e = classify("xl-create-duplicate-name.txt");
        assertEquals(XlErrorKind.DUPLICATE_NAME, e.kind());
        assertEquals(3, e.exitCode());
        assertEquals(Optional.of("guest-pvh"), e.domain());
        assertEquals(OptionalInt.of(4), e.domid());
        assertEquals("Domain 4:Domain with name \"guest-pvh\" already exists.", e.message());
    }

    @Test
    public void memSetAboveMaxmem() {
        XlError e = classify("xl-mem-set-above-maxmem.txt");
        assertEquals(XlErrorKind.MEMORY_ABOVE_MAXMEM, e.kind());
        assertEquals(1, e.exitCode());
        assertEquals(OptionalInt.of(1), e.domid());
        assertEquals("Domain 1:memory_dynamic_max must be less than or equal to memory_static_max", e.message());
    }

    @Test
    public void unpauseOfARunningDomainIsAnErrorDespiteExitCodeZero() {
        XlError e = classify("xl-unpause-not-paused.txt");
        assertEquals(XlErrorKind.NOT_PAUSED, e.kind());
        assertEquals(0, e.exitCode());
        assertEquals(OptionalInt.of(5), e.domid());
    }

    @Test
    public void kernelLoadFailure() {
        XlError e = classify("xl-create-pvh-kernel-decompress-failure.txt");
        assertEquals(XlErrorKind.KERNEL_LOAD_FAILED, e.kind());
        assertEquals(3, e.exitCode());
        assertEquals(OptionalInt.of(2), e.domid());
    }

    @Test
    public void hotPluggingADeviceTheDomainHasOrDetachingOneItHasNot() {
        XlError exists = classify("xl-block-attach-vdev-exists.txt");
        assertEquals(XlErrorKind.DEVICE_EXISTS, exists.kind());
        assertEquals(OptionalInt.of(1), exists.domid());
        XlError notConnected = classify("xl-block-detach-not-connected.txt");
        assertEquals(XlErrorKind.DEVICE_NOT_CONNECTED, notConnected.kind());
        assertEquals("Error: Device xvdb not connected.", notConnected.message());
        assertEquals(XlErrorKind.NO_SUCH_DOMAIN, classify("xl-block-attach-nosuchdomain.txt").kind());
        assertEquals(XlErrorKind.NO_SUCH_DOMAIN, classify("xl-block-detach-nosuchdomain.txt").kind());
        assertEquals(XlErrorKind.CONFIG_SYNTAX_ERROR, classify("xl-block-attach-bad-spec.txt").kind());
    }

    @Test
    public void aDiskXlCannotAttachIsOtherWithXlsOwnWords() {
        XlError missing = classify("xl-block-attach-no-target.txt");
        assertEquals(XlErrorKind.OTHER, missing.kind());
        assertEquals("Disk vdev=xvdc failed to stat: /root/no-such.raw: No such file or directory", missing.message());
        XlError noQemu = classify("xl-block-attach-qdisk-no-qemu.txt");
        assertEquals(XlErrorKind.OTHER, noQemu.kind());
        assertEquals("Domain 1:device model required but not running", noQemu.message());
        XlError paused = classify("xl-block-detach-paused.txt");
        assertEquals(XlErrorKind.OTHER, paused.kind());
        assertTrue(paused.message().contains("unable to remove device"), paused.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xl-block-attach-phy.txt", "xl-block-detach.txt"})
    public void aDiskAttachedOrDetachedIsNoError(String fixture) {
        TestData.Capture c = TestData.Capture.read("xl-4.17/" + fixture);
        assertEquals(Optional.empty(), XlErrorClassifier.classify(c.exitCode(), c.stderr()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xl-create-pv-net.txt", "xl-create-pvh.txt", "xl-shutdown-w-pv-net.txt",
        "xl-sched-credit-on-credit2.txt"})
    public void successIsNoError(String fixture) {
        TestData.Capture c = TestData.Capture.read("xl-4.17/" + fixture);
        assertEquals(0, c.exitCode());
        assertEquals(Optional.empty(), XlErrorClassifier.classify(c.exitCode(), c.stderr()),
                "\"Parsing config from ...\" and \"Waiting for ...\" are not errors");
    }

    @Test
    public void anythingElseWithAFailingExitCodeIsOther() {
        XlError e = XlErrorClassifier.classify(2, "libxl: error: libxl_foo.c:12:bar: Domain 7:something broke\n")
                .orElseThrow();
        assertEquals(XlErrorKind.OTHER, e.kind());
        assertEquals("Domain 7:something broke", e.message());
        assertEquals(OptionalInt.of(7), e.domid());
        assertEquals(XlErrorKind.OTHER, XlErrorClassifier.classify(1, "").orElseThrow().kind());
        assertEquals(XlErrorKind.OTHER, XlErrorClassifier.classify(0, "libxl: error: x.c:1:f: bad\n").orElseThrow()
                .kind());
        assertEquals(Optional.empty(), XlErrorClassifier.classify(0, null));
    }
}
