package org.xenophilia.image.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.image.CatalogProblem;
import org.xenophilia.image.CatalogRule;
import org.xenophilia.image.ImageCatalogValidator;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.CatalogFactory;
import org.xenophilia.image.catalog.Image;

/**
 * The rules of {@link ImageCatalogValidator}: for each, a minimal catalog that breaks it and no other, reported once
 * at the offending field's line; and a catalog built in code, which the schema check covers too.
 */
class ImageCatalogValidatorTest {

    @Test
    void theBaseImageIsValid() throws Exception {
        assertEquals(List.of(), ImageCatalogValidator.validate(TestData.load(TestData.document(TestData.IMAGE))));
    }

    static Stream<Arguments> brokenImages() {
        return Stream.of(
                Arguments.of(CatalogRule.UNCOMPRESSED_SIZE, "contentSize",
                        TestData.imageWith("<compression>zstd</compression>", "<compression>none</compression>")),
                Arguments.of(CatalogRule.UNCOMPRESSED_SIZE, "contentSize",
                        TestData.imageWith("    <compression>zstd</compression>\n", "")),
                Arguments.of(CatalogRule.MINIMUM_DISK, "minimumDisk",
                        TestData.imageWith("<minimumDisk>4096</minimumDisk>", "<minimumDisk>4095</minimumDisk>")),
                Arguments.of(CatalogRule.FILESYSTEM_ON_ROOTFS, "filesystem",
                        TestData.imageWith("<content>disk</content>", "<content>rootfs</content>")),
                Arguments.of(CatalogRule.KERNEL_REQUIRED, "template",
                        TestData.imageWith("      <kernel>/boot/vmlinuz</kernel>\n", "")),
                Arguments.of(CatalogRule.KERNEL_NOT_USED, "kernel",
                        TestData.imageWith("<boot>kernel</boot>", "<boot>pygrub</boot>")),
                Arguments.of(CatalogRule.KERNEL_NOT_USED, "ramdisk",
                        TestData.imageWith("<boot>kernel</boot>", "<boot>pygrub</boot>").replace(
                                "<kernel>/boot/vmlinuz</kernel>", "<ramdisk>/boot/initrd.img</ramdisk>")),
                Arguments.of(CatalogRule.BOOT_GUEST_TYPE, "boot",
                        TestData.imageWith("<guestType>pv</guestType>", "<guestType>hvm</guestType>")),
                Arguments.of(CatalogRule.BOOT_GUEST_TYPE, "boot",
                        TestData.imageWith("<guestType>pv</guestType>", "<guestType>hvm</guestType>")
                                .replace("<boot>kernel</boot>", "<boot>pygrub</boot>")
                                .replace("      <kernel>/boot/vmlinuz</kernel>\n", "")),
                Arguments.of(CatalogRule.BOOT_GUEST_TYPE, "boot",
                        TestData.imageWith("<guestType>pv</guestType>", "<guestType>pvh</guestType>")
                                .replace("<boot>kernel</boot>", "<boot>firmware</boot>")
                                .replace("      <kernel>/boot/vmlinuz</kernel>\n", "")),
                Arguments.of(CatalogRule.FIRMWARE_NEEDS_DISK, "boot",
                        TestData.imageWith("<guestType>pv</guestType>", "<guestType>hvm</guestType>")
                                .replace("<content>disk</content>", "<content>rootfs</content>")
                                .replace("    <filesystem>ext4</filesystem>\n", "")
                                .replace("<boot>kernel</boot>", "<boot>firmware</boot>")
                                .replace("      <kernel>/boot/vmlinuz</kernel>\n", "")),
                Arguments.of(CatalogRule.TEMPLATE_MEMORY, "memory",
                        TestData.imageWith("<memory>128</memory>", "<memory>63</memory>")));
    }

    @ParameterizedTest
    @MethodSource("brokenImages")
    void eachRuleIsBrokenAloneAndReportedAtItsLine(CatalogRule rule, String element, String image) throws Exception {
        String xml = TestData.document(TestData.IMAGE.replace("tiny", "other"), image);
        Catalog catalog = TestData.load(xml);

        List<CatalogProblem> problems = ImageCatalogValidator.validate(catalog);

        assertEquals(List.of(rule), problems.stream().map(CatalogProblem::rule).toList(), problems.toString());
        CatalogProblem problem = problems.get(0);
        assertTrue(problem.path().startsWith("images[1]."), problem.path());
        assertTrue(problem.message().startsWith(problem.path() + " "), problem.message());
        int imageLine = TestData.lineOf(xml, "<name>tiny</name>");
        assertEquals(imageLine + TestData.lineOf(image, "<" + element + ">") - TestData.lineOf(image, "<name>"),
                problem.line(), problem.toString());
        assertEquals(problems, ImageCatalogValidator.validate(catalog.getImages().get(1)), "the image alone");
        assertEquals(List.of(), ImageCatalogValidator.validate(catalog.getImages().get(0)), "the other image");
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///etc/shadow", "FILE:tiny.raw", "ftp://images.example.org/tiny.raw",
            "https://user:secret@images.example.org/tiny.raw", "https://token@images.example.org/tiny.raw",
            "http:tiny.raw", "https:///tiny.raw", "//images.example.org/tiny.raw", "/var/lib/xenophilia/tiny.raw",
            "../tiny.raw", "images/../../tiny.raw", "images/%2e%2e/%2E%2E/tiny.raw", "a%2F..%2F..%2Ftiny.raw",
            "%2Fetc%2Fshadow", "tiny%00.raw", "tiny.raw%0a", "\\\\host\\tiny.raw",
            "javascript:alert(1)", "?query", "#fragment", "https://[::1/tiny.raw" })
    void urlsOutsideHttpAndTheCatalogsOwnPlaceAreRefused(String url) throws Exception {
        String xml = TestData.document(TestData.imageWith("<url>tiny.raw.zst</url>",
                "<url>tiny.raw.zst</url>\n    <url>" + url + "</url>"));

        List<CatalogProblem> problems = ImageCatalogValidator.validate(TestData.load(xml));

        assertEquals(List.of(CatalogRule.URL), problems.stream().map(CatalogProblem::rule).toList(),
                problems.toString());
        assertEquals("images[0].urls[1]", problems.get(0).path());
        assertEquals(url, problems.get(0).value());
        assertEquals(TestData.lineOf(xml, "<url>tiny.raw.zst</url>") + 1, problems.get(0).line());
    }

    @ParameterizedTest
    @ValueSource(strings = { "tiny.raw.zst", "images/tiny.raw.zst", "./tiny.raw.zst", "tiny%20image.raw.zst",
            "..tiny.raw.zst", "tiny..raw", "https://images.example.org/tiny.raw.zst",
            "HTTP://images.example.org:8080/a/b/tiny.raw.zst?x=1", "https://[2001:db8::1]/tiny.raw.zst",
            "http://10.0.0.1/tiny.raw.zst" })
    void httpUrlsAndReferencesBelowTheCatalogAreAllowed(String url) throws Exception {
        String xml = TestData.document(TestData.imageWith("<url>tiny.raw.zst</url>", "<url>" + url + "</url>"));

        assertEquals(List.of(), ImageCatalogValidator.validate(TestData.load(xml)));
    }

    @Test
    void aProblemSaysWhereWhatAndWhatToDo() throws Exception {
        String xml = TestData.document(TestData.imageWith("<guestType>pv</guestType>", "<guestType>hvm</guestType>")
                .replace("<boot>kernel</boot>", "<boot>pygrub</boot>")
                .replace("      <kernel>/boot/vmlinuz</kernel>\n", ""));

        CatalogProblem problem = ImageCatalogValidator.validate(TestData.load(xml)).get(0);

        int line = TestData.lineOf(xml, "<boot>");
        assertEquals("line " + line + ":13: images[0].template.boot pygrub cannot boot an hvm guest: pygrub boots PV "
                + "and PVH guests only; use boot firmware (the disk's own bootloader) or guestType pvh",
                problem.toString());
        assertEquals("pygrub", problem.value());
    }

    @Test
    void aNameAndVersionTwiceIsReportedAtTheSecond() throws Exception {
        String xml = TestData.document(TestData.IMAGE, TestData.IMAGE.replace("<version>1.0</version>",
                "<version>2.0</version>"), TestData.IMAGE);
        Catalog catalog = TestData.load(xml);

        List<CatalogProblem> problems = ImageCatalogValidator.validate(catalog);

        assertEquals(List.of(CatalogRule.DUPLICATE_IMAGE), problems.stream().map(CatalogProblem::rule).toList(),
                problems.toString());
        CatalogProblem problem = problems.get(0);
        assertEquals("images[2].version", problem.path());
        assertEquals("tiny:1.0", problem.value());
        int secondImage = 2 * TestData.IMAGE.split("\n").length;
        assertEquals(TestData.lineOf(xml, "<version>") + secondImage, problem.line());
        assertTrue(problem.message().contains("first as images[0] at line 3"), problem.message());
        assertEquals(List.of(), ImageCatalogValidator.validate(catalog.getImages().get(2)),
                "an image alone is not compared with others");
    }

    @Test
    void aCatalogBuiltInCodeIsCheckedAgainstTheSchemaToo() {
        Catalog catalog = CatalogFactory.eINSTANCE.createCatalog();
        Image image = CatalogFactory.eINSTANCE.createImage();
        image.setName("Not A Name");
        image.setFileSize(0);
        catalog.getImages().add(image);

        List<CatalogProblem> problems = ImageCatalogValidator.validate(catalog);

        Set<String> paths = problems.stream().map(CatalogProblem::path).collect(Collectors.toSet());
        assertTrue(paths.containsAll(Set.of("images[0].name", "images[0].fileSize", "images[0].version",
                "images[0].template")), problems.toString());
        assertTrue(problems.stream().allMatch(problem -> problem.line() == 0), "nothing was loaded: no lines");
        assertEquals(Set.of(CatalogRule.INVALID_VALUE, CatalogRule.REQUIRED),
                problems.stream().map(CatalogProblem::rule).collect(Collectors.toSet()));
    }

    @Test
    void everyRuleHasAnIdAndAText() {
        Set<String> ids = Arrays.stream(CatalogRule.values()).map(CatalogRule::id).collect(Collectors.toSet());

        assertEquals(CatalogRule.values().length, ids.size(), "ids are unique");
        for (CatalogRule rule : CatalogRule.values()) {
            assertTrue(rule.id().matches("[a-z0-9-]+"), rule.id());
            assertTrue(rule.description().endsWith("."), rule.description());
        }
    }
}
