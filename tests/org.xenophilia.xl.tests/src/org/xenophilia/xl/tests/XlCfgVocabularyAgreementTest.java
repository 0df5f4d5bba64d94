package org.xenophilia.xl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainPackage.Literals;
import org.xenophilia.domain.Vif;
import org.xenophilia.domain.XlKey;
import org.xenophilia.domain.XlParam;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.model.DomainRule;
import org.xenophilia.model.XlCfgVocabulary;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlDiskSpec;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlSpecParam;
import org.xenophilia.xl.codec.XlVifSpec;
import org.xenophilia.xl.internal.codec.XlKeys;

/**
 * The codec, the validator and xl agree on what the domain model represents: a key or spec keyword the codec reads
 * into a field is one the validator refuses to see as raw {@code xlKey}/{@code xlParam} text as well, one the codec
 * keeps raw is one the validator accepts raw, and each is one xl reads. Both take their lists from
 * {@link XlCfgVocabulary}; this fails as soon as either keeps a list of its own that differs.
 */
public class XlCfgVocabularyAgreementTest {

    /** Top-level keys xl reads that the model does not represent (the codec keeps them as xlKeys). */
    private static final List<String> XL_ONLY_KEYS = List.of("pci = [ \"01:00.0\" ]", "usbdevice = \"tablet\"",
            "acpi = 1", "viridian = 1", "cpuid = \"host,tm=0\"", "pool = \"pool0\"");

    /** Vif keywords and flags xl knows that the model does not represent (the codec keeps them as xlParams). */
    private static final List<String> XL_ONLY_VIF_PARAMS = List.of("netdev=eth0", "gatewaydev=eth0",
            "forwarddev=eth0", "accel=x", "devid=3", "vlan=10", "trusted", "untrusted");

    /** Disk keywords and flags xl knows that the model does not represent (the codec keeps them as xlParams). */
    private static final List<String> XL_ONLY_DISK_PARAMS = List.of("specification=xen", "grant_usage=1",
            "colo-host=h", "colo-port=1", "colo-export=e", "active-disk=a", "hidden-disk=h", "discard",
            "no-discard", "direct-io-safe", "colo", "no-colo", "trusted", "untrusted");

    static Stream<String> topLevelLines() {
        Stream<String> modelled = XlCfgVocabulary.MODELLED_KEYS.entrySet().stream()
                .map(e -> e.getKey() + " = " + sampleValue(e.getKey(), e.getValue()));
        return Stream.concat(modelled, XL_ONLY_KEYS.stream());
    }

    static Stream<String> vifParams() {
        Stream<String> modelled = XlCfgVocabulary.VIF_KEYWORDS.entrySet().stream()
                .map(e -> e.getKey() + "=" + sample(e.getValue()));
        return Stream.concat(modelled, XL_ONLY_VIF_PARAMS.stream());
    }

    static Stream<String> diskParams() {
        Stream<String> modelled = XlCfgVocabulary.DISK_KEYWORDS.entrySet().stream()
                .map(e -> e.getKey().equals(e.getValue().getName()) ? e.getKey() + "=" + sample(e.getValue())
                        : e.getKey()); // a flag for its attribute: cdrom
        return Stream.concat(modelled, XL_ONLY_DISK_PARAMS.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topLevelLines")
    public void aKeyIsAFieldForTheCodecExactlyWhenTheValidatorRefusesItRaw(String line) throws XlSyntaxException {
        String key = line.substring(0, line.indexOf(' '));
        String value = line.substring(line.indexOf('=') + 1).strip();
        assertTrue(XlKeys.isReadByXl(key), key + " is a key xl reads");
        // the display of an HVM guest is in top-level keys, any other guest's in vfb
        String type = XlCfgVocabulary.DISPLAY_KEYWORDS.containsKey(key) ? "type = \"hvm\"\n" : "";
        Domain domain = XlDomainCodec.decode(type + line + "\n", "t.cfg").domain();
        boolean decodedIntoAField = domain.getXlKeys().stream().noneMatch(x -> x.getKey().equals(key));
        assertEquals(XlCfgVocabulary.MODELLED_KEYS.containsKey(key), decodedIntoAField, key + " decoded into a field");
        if (decodedIntoAField) {
            XlKey raw = DomainFactory.eINSTANCE.createXlKey();
            raw.setKey(key);
            raw.setValue(value);
            domain.getXlKeys().add(raw);
        }
        Set<DomainRule> rules = rules(DomainDefinitionValidator.validate(domain));
        assertEquals(decodedIntoAField, rules.contains(DomainRule.XLKEY_SHADOWS_MODEL),
                key + " as a raw xlKey beside its field is refused: " + rules);
        if (!decodedIntoAField) {
            assertFalse(rules.contains(DomainRule.XLKEY_MODELLED_KEY), key + " is accepted raw: " + rules);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vifParams")
    public void aVifKeywordIsAnAttributeForTheCodecExactlyWhenTheValidatorRefusesItAsAnXlParam(String text)
            throws XlSyntaxException {
        XlSpecParam param = param(text);
        assertTrue(XlVifSpec.isKnownToXl(param), param + " is a vif keyword xl knows");
        Domain decoded = XlDomainCodec.decode("type = \"hvm\"\nvif = [ \"" + text + "\" ]\n", "t.cfg").domain();
        Domain raw = DomainFactory.eINSTANCE.createDomain();
        Vif rawVif = DomainFactory.eINSTANCE.createVif();
        raw.getVifs().add(rawVif);
        assertCodecAndValidatorAgree(param, XlCfgVocabulary.VIF_KEYWORDS, decoded.getVifs().get(0).getXlParams(), raw,
                rawVif.getXlParams());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diskParams")
    public void aDiskKeywordIsAnAttributeForTheCodecExactlyWhenTheValidatorRefusesItAsAnXlParam(String text)
            throws XlSyntaxException {
        XlSpecParam param = param(text);
        String spec = (param.key().equals("vdev") ? "" : "vdev=xvdz,") + text
                + (param.key().equals("target") ? "" : ",target=/dev/vg/z");
        assertTrue(XlDiskSpec.parse(spec).isValid(), spec + " is a disk spec xl accepts");
        Domain decoded = XlDomainCodec.decode("disk = [ \"" + spec + "\" ]\n", "t.cfg").domain();
        Domain raw = DomainFactory.eINSTANCE.createDomain();
        Disk rawDisk = DomainFactory.eINSTANCE.createDisk();
        raw.getDisks().add(rawDisk);
        assertCodecAndValidatorAgree(param, XlCfgVocabulary.DISK_KEYWORDS, decoded.getDisks().get(0).getXlParams(),
                raw, rawDisk.getXlParams());
    }

    /**
     * The codec decodes a keyword into an attribute (no xlParam) exactly when the vocabulary has it, and the validator
     * refuses the same keyword as an xlParam exactly then.
     *
     * @param decodedParams the xlParams of the device the codec decoded from a spec with the keyword
     * @param raw           a domain whose device has {@code rawParams}, to which the keyword is added
     */
    private static void assertCodecAndValidatorAgree(XlSpecParam param, Map<String, ?> vocabulary,
            List<XlParam> decodedParams, Domain raw, List<XlParam> rawParams) {
        boolean decodedIntoAnAttribute = decodedParams.isEmpty();
        assertEquals(vocabulary.containsKey(param.key()), decodedIntoAnAttribute, param + " decoded into an attribute");
        rawParams.add(xlParam(param));
        assertEquals(decodedIntoAnAttribute, refusesXlParam(raw), param + " refused as an xlParam");
    }

    /** Forms of modelled keys the model cannot hold; the codec keeps them raw, the validator accepts them raw. */
    static Stream<String> rawForms() {
        return Stream.of("cpus = [ \"0\", \"1\" ]", "cpus_soft = [ \"2-3\", \"2-3\" ]", "bootloader_args = \"-q\"",
                "vfb = [ \"vnc=1\", \"sdl=1\" ]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawForms")
    public void aFormTheCodecKeepsRawIsOneTheValidatorAcceptsRaw(String line) throws XlSyntaxException {
        String key = line.substring(0, line.indexOf(' '));
        Domain domain = XlDomainCodec.decode(line + "\n", "t.cfg").domain();
        assertEquals(List.of(key), domain.getXlKeys().stream().map(XlKey::getKey).toList(), line + " kept raw");
        Set<DomainRule> rules = rules(DomainDefinitionValidator.validate(domain));
        assertFalse(rules.contains(DomainRule.XLKEY_MODELLED_KEY), line + " is accepted raw: " + rules);
    }

    /** A value xl accepts for a top-level key, in xl.cfg syntax. */
    private static String sampleValue(String key, EStructuralFeature feature) {
        if (feature == Literals.DOMAIN__DISKS) {
            return "[ \"vdev=xvda,target=/dev/vg/a\" ]";
        } else if (feature == Literals.DOMAIN__VIFS) {
            return "[ \"bridge=xenbr0\" ]";
        } else if (key.equals(XlCfgVocabulary.FRAMEBUFFER_KEY)) {
            return "[ \"vnc=1\" ]";
        } else if (feature.isMany()) {
            return "[ \"a\" ]";
        }
        EAttribute attribute = feature == Literals.DOMAIN__DISPLAY ? XlCfgVocabulary.DISPLAY_KEYWORDS.get(key)
                : (EAttribute) feature;
        String sample = sample(attribute);
        return attribute.getEAttributeType().getInstanceClass().isPrimitive() ? sample : "\"" + sample + "\"";
    }

    /** A value the model holds for an attribute, as text: its first literal, a number, 1 for true, a word. */
    private static String sample(EAttribute attribute) {
        if (attribute.getEAttributeType() instanceof EEnum e) {
            return e.getELiterals().get(0).getLiteral();
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return type == int.class ? "1500" : type == boolean.class ? "1" : "s";
    }

    private static XlSpecParam param(String text) {
        int eq = text.indexOf('=');
        return eq < 0 ? new XlSpecParam(text, null) : new XlSpecParam(text.substring(0, eq), text.substring(eq + 1));
    }

    private static XlParam xlParam(XlSpecParam param) {
        XlParam p = DomainFactory.eINSTANCE.createXlParam();
        p.setKey(param.key());
        p.setValue(param.value());
        return p;
    }

    private static boolean refusesXlParam(Domain domain) {
        return rules(DomainDefinitionValidator.validate(domain)).contains(DomainRule.XLPARAM_SHADOWS_MODEL);
    }

    private static Set<DomainRule> rules(List<DomainProblem> problems) {
        return problems.stream().map(DomainProblem::rule).collect(Collectors.toSet());
    }
}
