package org.xenophilia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.DomainPackage.Literals;
import org.xenophilia.model.XlCfgVocabulary;

/**
 * The xl.cfg vocabulary covers the model: every field of a domain and of its devices has an xl.cfg key or keyword,
 * or is one of the few known to have none, so a field added to the schema needs a decision here.
 */
class XlCfgVocabularyTest {

    /** Fields with no xl.cfg form: carried in {@code #xenophilia:} comments, or the raw keys and keywords. */
    private static final Set<String> WITHOUT_XL_CFG_FORM = Set.of("Domain.description", "Domain.tags",
            "Domain.xlKeys", "Disk.storageBackend", "Disk.volume", "Disk.xlParams", "Vif.network", "Vif.xlParams");

    @Test
    void everyFieldHasAnXlCfgFormOrIsKnownToHaveNone() {
        Map<EClass, Collection<? extends EStructuralFeature>> tables = new LinkedHashMap<>();
        tables.put(Literals.DOMAIN, XlCfgVocabulary.MODELLED_KEYS.values());
        tables.put(Literals.DISK, XlCfgVocabulary.DISK_KEYWORDS.values());
        tables.put(Literals.VIF, XlCfgVocabulary.VIF_KEYWORDS.values());
        tables.put(Literals.DISPLAY, XlCfgVocabulary.DISPLAY_KEYWORDS.values());
        Set<String> without = new TreeSet<>();
        for (Map.Entry<EClass, Collection<? extends EStructuralFeature>> table : tables.entrySet()) {
            EClass eClass = table.getKey();
            for (EStructuralFeature feature : table.getValue()) {
                assertSame(eClass, feature.getEContainingClass(), feature.getName());
            }
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                if (!table.getValue().contains(feature)) {
                    without.add(eClass.getName() + "." + feature.getName());
                }
            }
        }
        assertEquals(new TreeSet<>(WITHOUT_XL_CFG_FORM), without);
    }

    @Test
    void everyClassOfTheModelIsADomainADeviceOrARawSetting() {
        Set<String> classes = new TreeSet<>();
        for (EClassifier classifier : DomainPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass) {
                classes.add(classifier.getName());
            }
        }
        assertEquals(new TreeSet<>(Set.of("Domain", "Disk", "Vif", "Display", "XlKey", "XlParam", "DocumentRoot")),
                classes, "a new class needs an xl.cfg vocabulary");
    }

    @Test
    void theModelledKeysAreTheDomainKeysThenTheFramebufferAndTheDisplayKeys() {
        List<String> expected = new ArrayList<>(XlCfgVocabulary.DOMAIN_KEYS.keySet());
        expected.add(XlCfgVocabulary.FRAMEBUFFER_KEY);
        expected.addAll(XlCfgVocabulary.DISPLAY_KEYWORDS.keySet());
        assertEquals(expected, List.copyOf(XlCfgVocabulary.MODELLED_KEYS.keySet()));
        for (String key : expected) {
            EStructuralFeature feature = XlCfgVocabulary.MODELLED_KEYS.get(key);
            assertEquals(XlCfgVocabulary.DOMAIN_KEYS.containsKey(key) ? XlCfgVocabulary.DOMAIN_KEYS.get(key)
                    : Literals.DOMAIN__DISPLAY, feature, key);
        }
    }

    /** The keys are what the schema documents: each element's name in snake_case, but for the devices. */
    @Test
    void aDomainKeyIsItsFieldsNameInSnakeCaseButForTheDeviceLists() {
        for (Map.Entry<String, EStructuralFeature> e : XlCfgVocabulary.DOMAIN_KEYS.entrySet()) {
            String field = e.getValue().getName();
            String expected = switch (field) {
                case "disks" -> "disk";
                case "vifs" -> "vif";
                default -> field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            };
            assertEquals(expected, e.getKey());
        }
    }

    @Test
    void keywordsAreTheirAttributesNamesButTheFlagCdrom() {
        for (Map<String, ? extends EStructuralFeature> table : List.of(XlCfgVocabulary.DISK_KEYWORDS,
                XlCfgVocabulary.VIF_KEYWORDS, XlCfgVocabulary.DISPLAY_KEYWORDS)) {
            for (Map.Entry<String, ? extends EStructuralFeature> e : table.entrySet()) {
                assertEquals(e.getKey().equals("cdrom") ? "devtype" : e.getKey(), e.getValue().getName());
            }
        }
    }

    @Test
    void theTablesCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class,
                () -> XlCfgVocabulary.VIF_KEYWORDS.put("vlan", Literals.VIF__MTU));
        assertThrows(UnsupportedOperationException.class, () -> XlCfgVocabulary.MODELLED_KEYS.remove("memory"));
        assertTrue(XlCfgVocabulary.DOMAIN_KEYS.containsKey("memory"));
    }
}
