package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xenophilia.domain.Domain;
import org.xenophilia.domain.XlKey;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainEdits;
import org.xenophilia.model.edit.TextChangeEvent;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.model.edit.XlCfgExchange.Import;
import org.xenophilia.model.edit.DomainDocumentListener;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlDecodeResult;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlWarning;

/**
 * Issue 6, acceptance 3: every real xl.cfg file the codec accepts goes through the editor and back — import, the
 * document's XML text, reopened from that text, exported as xl.cfg, parsed again — and gives an equal model. The
 * same files exercise the text sync engine on real definitions.
 */
public class FixtureRoundTripTest {

    static Stream<Arguments> acceptedConfigs() {
        List<Arguments> cases = new ArrayList<>();
        for (Path file : Fixtures.realConfigFiles()) {
            String text = Fixtures.xlCfg(file);
            try {
                XlDomainCodec.decode(text, file.getFileName().toString());
                cases.add(Arguments.of(file.getFileName().toString(), text));
            } catch (XlSyntaxException e) {
                // rejected by the codec (as by xl): nothing to import
            }
        }
        return cases.stream();
    }

    @Test
    public void theFixturesAreThere() {
        assertEquals(62, Fixtures.realConfigFiles().size());
        assertEquals(57, acceptedConfigs().count(), "the codec accepts the 57 files libxlu accepts (+ lenient ones)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedConfigs")
    public void importSaveReloadExportParseGivesAnEqualModel(String name, String xlCfg) throws Exception {
        XlDecodeResult direct = XlDomainCodec.decode(xlCfg, name);
        Import imported = XlCfgExchange.importXlCfg(xlCfg, name);
        assertTrue(EcoreUtil.equals(direct.domain(), imported.document().model()), name + ": import");
        assertTrue(imported.document().isTextValid(), name + ": " + imported.document().problems());
        assertFalse(imported.document().isDirty());
        // unknown keys are kept verbatim and reported
        for (XlKey key : imported.document().model().getXlKeys()) {
            assertTrue(imported.warnings().stream().anyMatch(w -> w.key().equals(key.getKey())),
                    name + ": a warning for the kept key " + key.getKey());
        }
        assertTrue(imported.unknownKeys().stream().allMatch(w -> w.kind() == XlWarning.Kind.UNKNOWN_KEY));

        String saved = imported.document().text();
        DomainDocument reopened = new DomainDocument(saved);
        assertTrue(reopened.isTextValid(), name + ": " + reopened.problems());
        String exported = XlCfgExchange.exportXlCfg(reopened);
        Domain parsed = XlDomainCodec.decode(exported, name + " (exported)").domain();
        assertTrue(EcoreUtil.equals(direct.domain(), parsed), name + ": the exported config parses to a different "
                + "model:\n" + exported);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedConfigs")
    public void formEditsOnARealDefinitionEditTheTextInPlace(String name, String xlCfg) throws Exception {
        DomainDocument document = XlCfgExchange.importXlCfg(xlCfg, name).document();
        // the user's own touch: a comment at the top and one inside
        String annotated = document.text().replaceFirst("\n", "\n<!-- imported from " + name + " -->\n")
                .replaceFirst("(<domain [^>]*>)", "$1 <!-- keep -->");
        document.setText(annotated);
        List<TextChangeEvent> events = new ArrayList<>();
        document.addListener(new DomainDocumentListener() {
            @Override
            public void textChanged(TextChangeEvent event) {
                events.add(event);
            }
        });
        document.execute(DomainEdits.set(document, "description", "edited in the form"));
        document.execute(DomainEdits.set(document, "memory", document.model().isSetMemory()
                ? document.model().getMemory() + 256 : 512));
        document.execute(DomainEdits.addVif(document, DomainEdits.newVif(document, "xenbr9",
                new SplittableRandom(name.hashCode()))));
        if (!document.model().getDisks().isEmpty()) {
            document.execute(DomainEdits.removeDisk(document, 0));
        }
        if (!document.model().getXlKeys().isEmpty()) {
            document.execute(DomainEdits.set(document, "xlKeys[0].value", "1"));
        }
        assertTrue(events.stream().noneMatch(TextChangeEvent::rewritten), name + ": edited in place");
        String text = document.text();
        assertTrue(text.contains("<!-- imported from " + name + " -->") && text.contains("1.0\"> <!-- keep -->"),
                name + ": the comments stay\n" + text);
        Domain reloaded = new DomainDocument(text).model();
        assertTrue(EcoreUtil.equals(document.model(), reloaded), name + ": the text holds the model\n" + text);
        // without the comments, the text is exactly the canonical form of the model
        String withoutComments = text.replace("\n<!-- imported from " + name + " -->", "").replace(" <!-- keep -->",
                "");
        assertEquals(DomainDefinitions.toXml(document.model()), withoutComments, name);

        while (document.commandStack().canUndo()) {
            document.undo();
        }
        assertEquals(annotated, document.text(), name + ": undo all restores the text");
    }
}
