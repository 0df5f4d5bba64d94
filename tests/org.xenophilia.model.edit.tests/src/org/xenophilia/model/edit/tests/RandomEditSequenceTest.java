package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.LifecycleAction;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainDocumentListener;
import org.xenophilia.model.edit.DomainEdits;
import org.xenophilia.model.edit.TextChangeEvent;

/**
 * Long seeded sequences of form edits, XML edits, undos and redos on the hand-written definition: after every step
 * the text loads into exactly the model, the user's comments are still there, and nothing was rewritten wholesale.
 */
public class RandomEditSequenceTest {

    private static final List<String> COMMENTS = List.of("<!-- web server, owned by ops -->",
            "<!-- also the host name -->", "<!-- boot -->");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
    public void textAndModelAgreeAfterEveryStep(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DomainDocument document = new DomainDocument(Fixtures.HAND_WRITTEN);
        List<TextChangeEvent> events = new ArrayList<>();
        document.addListener(new DomainDocumentListener() {
            @Override
            public void textChanged(TextChangeEvent event) {
                events.add(event);
            }
        });
        for (int step = 0; step < 150; step++) {
            String action = step(document, random);
            String where = "seed " + seed + ", step " + step + " (" + action + "):\n" + document.text();
            assertTrue(document.isTextValid(), where);
            assertTrue(EcoreUtil.equals(new DomainDocument(document.text()).model(), document.model()), where);
            for (String comment : COMMENTS) {
                assertTrue(document.text().contains(comment), "comment lost: " + comment + " at " + where);
            }
            assertFalse(events.stream().anyMatch(TextChangeEvent::rewritten), where);
        }
        while (document.commandStack().canUndo()) {
            document.undo();
        }
        assertEquals(Fixtures.HAND_WRITTEN, document.text().replace("<!-- extra note -->\n    ", ""),
                "seed " + seed + ": undoing everything gives the original (plus notes typed in the XML)");
    }

    private static String step(DomainDocument document, SplittableRandom random) {
        int disks = document.model().getDisks().size();
        int vifs = document.model().getVifs().size();
        switch (random.nextInt(18)) {
        case 0:
            document.execute(DomainEdits.set(document, "memory", 256 * (1 + random.nextInt(8))));
            return "memory";
        case 1:
            document.execute(DomainEdits.set(document, "vcpus", random.nextBoolean() ? null : 1 + random.nextInt(4)));
            return "vcpus";
        case 2:
            document.execute(DomainEdits.set(document, "type",
                    random.nextBoolean() ? null : DomainType.get(random.nextInt(3))));
            return "type";
        case 3:
            document.execute(DomainEdits.set(document, "onCrash",
                    random.nextBoolean() ? null : LifecycleAction.get(random.nextInt(7))));
            return "onCrash";
        case 4:
            document.execute(DomainEdits.set(document, "description",
                    random.nextBoolean() ? null : "note & <" + random.nextInt(100) + ">"));
            return "description";
        case 5: {
            Disk disk = DomainFactory.eINSTANCE.createDisk();
            disk.setVdev("xvd" + (char) ('b' + random.nextInt(20)));
            disk.setTarget("/srv/" + random.nextInt(1000) + ".img");
            if (random.nextBoolean()) {
                disk.setFormat(DiskFormat.QCOW2);
            }
            document.execute(DomainEdits.addDisk(document, disk));
            return "add disk";
        }
        case 6:
            if (disks > 0) {
                document.execute(DomainEdits.removeDisk(document, random.nextInt(disks)));
            }
            return "remove disk";
        case 7:
            if (disks > 0) {
                int index = random.nextInt(disks);
                Disk edited = EcoreUtil.copy(document.model().getDisks().get(index));
                edited.setAccess(random.nextBoolean() ? DiskAccess.RO : DiskAccess.RW);
                if (random.nextBoolean()) {
                    edited.unsetFormat();
                }
                document.execute(DomainEdits.editDisk(document, index, edited));
            }
            return "edit disk";
        case 8:
            document.execute(DomainEdits.addVif(document, DomainEdits.newVif(document,
                    random.nextBoolean() ? "xenbr0" : null, random)));
            return "add vif";
        case 9:
            if (vifs > 0) {
                document.execute(DomainEdits.removeVif(document, random.nextInt(vifs)));
            }
            return "remove vif";
        case 10:
            document.execute(DomainEdits.addTag(document, "t" + random.nextInt(5)));
            return "add tag";
        case 11:
            if (!document.model().getTags().isEmpty()) {
                document.execute(DomainEdits.removeTag(document, random.nextInt(document.model().getTags().size())));
            }
            return "remove tag";
        case 12:
            document.execute(DomainEdits.set(document, "display." + (random.nextBoolean() ? "vnc" : "sdl"),
                    random.nextBoolean()));
            return "display";
        case 13:
            // typed in the XML: a note, and a changed memory
            String text = document.text();
            if (!text.contains("<!-- extra note -->")) {
                text = text.replace("<!-- boot -->", "<!-- extra note -->\n    <!-- boot -->");
            }
            document.setText(text.replaceFirst("<memory>\\d+</memory>", "<memory>" + (1 + random.nextInt(9000))
                    + "</memory>"));
            return "xml edit";
        case 14:
            if (disks > 1) {
                document.execute(DomainEdits.moveDisk(document, random.nextInt(disks), random.nextInt(disks)));
            }
            return "move disk";
        case 15:
            if (vifs > 1) {
                document.execute(DomainEdits.moveVif(document, random.nextInt(vifs), random.nextInt(vifs)));
            }
            return "move vif";
        case 16:
            document.undo();
            return "undo";
        default:
            document.redo();
            return "redo";
        }
    }
}
