package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.XlKey;
import org.xenophilia.xl.cfg.XlAssignment;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlDecodeResult;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;

/**
 * parse -> write -> parse gives an equal model, and the second write gives the same text: for the guest configs of
 * the xl 4.17 captures, every example form of the xl.cfg, disk and network manual pages, our own configs covering
 * every supported key, and every real-world file libxlu accepts.
 */
public class RoundTripTest {

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (String f : List.of("guest-pv-net.cfg", "guest-pvh.cfg", "guest-too-much-memory.cfg")) {
            cases.add(Arguments.of("xl-4.17/" + f, TestData.text("xl-4.17/" + f)));
        }
        for (Map.Entry<String, String> e : manpageExamples().entrySet()) {
            cases.add(Arguments.of(e.getKey(), e.getValue()));
        }
        for (String f : TestData.files("roundtrip/configs", ".cfg")) {
            cases.add(Arguments.of("roundtrip/" + f, TestData.text("roundtrip/configs/" + f)));
        }
        for (String f : TestData.files("xlcfg-real/configs", ".cfg")) {
            String text = TestData.text("xlcfg-real/configs/" + f);
            try {
                XlConfigParser.LENIENT.read(text, f);
                cases.add(Arguments.of("xlcfg-real/" + f, text));
            } catch (XlSyntaxException e) {
                // rejected files are covered by the oracle test
            }
        }
        return cases.stream();
    }

    /** The sections of roundtrip/manpage-examples.txt: "### title" then the config. */
    static Map<String, String> manpageExamples() {
        Map<String, String> sections = new LinkedHashMap<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : TestData.text("roundtrip/manpage-examples.txt").split("\n")) {
            if (line.startsWith("### ")) {
                if (title != null) {
                    sections.put(title, body.toString());
                }
                title = line.substring(4);
                body.setLength(0);
            } else if (title != null) {
                body.append(line).append('\n');
            }
        }
        sections.put(title, body.toString());
        return sections;
    }

    @Test
    public void theCorpusIsComplete() {
        assertEquals(71, manpageExamples().size());
        assertTrue(TestData.files("roundtrip/configs", ".cfg").size() >= 20);
        assertEquals(3 + 71 + TestData.files("roundtrip/configs", ".cfg").size() + 57, corpus().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    public void parseWriteParseGivesAnEqualModelAndStableText(String name, String text)
            throws XlSyntaxException, XlEncodeException {
        XlDecodeResult first = XlDomainCodec.decode(text, name);
        String written = XlDomainCodec.encode(first.domain());
        XlDecodeResult second = XlDomainCodec.decode(written, name + " (written)");
        assertTrue(EcoreUtil.equals(first.domain(), second.domain()),
                name + ": the written text reads back to a different model:\n" + written);
        assertEquals(written, XlDomainCodec.encode(second.domain()), name + ": the second write differs");
        // the written text is valid for xl itself, not only for the lenient parser
        XlConfigParser.LIBXLU.read(written, name);
        // every key the model does not hold comes back exactly as written
        for (XlKey x : first.domain().getXlKeys()) {
            String line = x.getKey() + (x.isAppend() ? " += " : " = ") + x.getValue() + "\n";
            assertTrue(written.contains(line), name + ": missing verbatim line " + line + "in\n" + written);
        }
    }

    @Test
    public void unknownKeysRoundTripWithTheirLinesIntact() throws XlSyntaxException, XlEncodeException {
        String text = TestData.text("roundtrip/configs/15-unknown-keys.cfg");
        XlConfig input = XlConfigParser.LIBXLU.read(text, "15");
        String written = XlDomainCodec.encode(XlDomainCodec.decode(input).domain());
        List<String> modelled = List.of("name", "type", "memory");
        int verbatim = 0;
        for (XlAssignment a : input.assignments()) {
            if (modelled.contains(a.key())) {
                continue;
            }
            // the statement exactly as it was in the file, from key to the end of its value
            String original = text.substring(a.keyPosition().offset(),
                    a.value().position().offset() + a.value().sourceText().length());
            assertTrue(written.contains(original + "\n"), "intact in the output: " + original);
            verbatim++;
        }
        assertEquals(12, verbatim);
    }

    /** The xl.cfg keys the domain model represents (xl.cfg(5) names; vfb for PV/PVH, the vnc/sdl keys for HVM). */
    private static final List<String> MODELLED_KEYS = List.of("name", "uuid", "type", "builder", "memory", "maxmem",
            "vcpus", "maxvcpus", "cpus", "cpus_soft", "cpu_weight", "cap", "kernel", "ramdisk", "cmdline", "root",
            "extra", "bootloader", "bootloader_args", "firmware", "on_poweroff", "on_reboot", "on_watchdog",
            "on_crash", "on_soft_reset", "nomigrate", "disk", "vif", "vfb", "vnc", "vnclisten", "vncdisplay",
            "vncpasswd", "vncunused", "sdl", "keymap");

    @Test
    public void ourOwnConfigsUseEveryModelledKey() throws XlSyntaxException {
        Set<String> used = new TreeSet<>();
        for (String f : TestData.files("roundtrip/configs", ".cfg")) {
            for (XlAssignment a : XlConfigParser.LENIENT.read(TestData.text("roundtrip/configs/" + f), f)
                    .assignments()) {
                used.add(a.key());
            }
        }
        Set<String> unused = new TreeSet<>(MODELLED_KEYS);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys no config of roundtrip/configs sets");
    }

    /**
     * Every field of the domain model (each attribute and reference of each class, the disk and vif keywords and the
     * Xenophilia-only annotations included) is set by at least one of our own configs, so the round trip above
     * exercises all of them.
     */
    @Test
    public void ourOwnConfigsSetEveryFieldOfTheDomainModel() throws XlSyntaxException {
        Set<String> all = new TreeSet<>();
        for (EClassifier c : DomainPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass eClass && eClass != DomainPackage.Literals.DOCUMENT_ROOT) {
                for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
                    all.add(eClass.getName() + "." + f.getName());
                }
            }
        }
        Set<String> set = new TreeSet<>();
        for (String f : TestData.files("roundtrip/configs", ".cfg")) {
            EObject domain = XlDomainCodec.decode(TestData.text("roundtrip/configs/" + f), f).domain();
            TreeIterator<EObject> objects = EcoreUtil.getAllContents(List.of(domain));
            while (objects.hasNext()) {
                EObject o = objects.next();
                for (EStructuralFeature feature : o.eClass().getEAllStructuralFeatures()) {
                    if (o.eIsSet(feature)) {
                        set.add(o.eClass().getName() + "." + feature.getName());
                    }
                }
            }
        }
        Set<String> unset = new TreeSet<>(all);
        unset.removeAll(set);
        assertEquals(Set.of(), unset, "fields of the model that no config of roundtrip/configs sets");
        assertTrue(all.size() > 60, "the model has its fields: " + all);
    }
}
