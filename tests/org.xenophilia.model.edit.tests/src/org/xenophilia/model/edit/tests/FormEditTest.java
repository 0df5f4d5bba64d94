package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DomainFactory;
import org.xenophilia.domain.DomainType;
import org.xenophilia.domain.Vif;
import org.xenophilia.domain.XlParam;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.edit.ChangeCause;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainDocumentListener;
import org.xenophilia.model.edit.DomainEdits;
import org.xenophilia.model.edit.TextChange;
import org.xenophilia.model.edit.TextChangeEvent;

/**
 * A change on a form page shows in the XML text at that place only: the user's comments, blank lines, quotes,
 * spacing and attribute order stay byte for byte everywhere else.
 */
public class FormEditTest {

    private static final String ORIGINAL = Fixtures.HAND_WRITTEN;

    private final List<TextChangeEvent> events = new ArrayList<>();

    private DomainDocument open(String text) {
        DomainDocument document = new DomainDocument(text);
        document.addListener(new DomainDocumentListener() {
            @Override
            public void textChanged(TextChangeEvent event) {
                events.add(event);
            }
        });
        return document;
    }

    private static String replaceOnce(String text, String old, String replacement) {
        int at = text.indexOf(old);
        assertTrue(at >= 0 && text.indexOf(old, at + 1) < 0, "exactly one '" + old + "' in the text");
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    @Test
    public void changedMemoryReplacesOnlyTheNumber() {
        DomainDocument document = open(ORIGINAL);
        assertTrue(document.execute(DomainEdits.set(document, "memory", 1536)));
        assertEquals(replaceOnce(ORIGINAL, "<memory>1024</memory>", "<memory>1536</memory>"), document.text());
        assertEquals(1, events.size());
        TextChangeEvent event = events.get(0);
        assertEquals(ChangeCause.FORM_EDIT, event.cause());
        assertFalse(event.rewritten());
        assertEquals(List.of(new TextChange(ORIGINAL.indexOf("1024"), 4, "1536")), event.changes());
    }

    @Test
    public void newSettingIsInsertedInSchemaOrderWithTheNeighboursIndentation() {
        DomainDocument document = open(ORIGINAL);
        document.execute(DomainEdits.set(document, "vcpus", 2));
        assertEquals(replaceOnce(ORIGINAL, "    <maxmem>2048</maxmem>\n",
                "    <maxmem>2048</maxmem>\n    <vcpus>2</vcpus>\n"), document.text());
        assertEquals(1, events.get(0).changes().size());
    }

    @Test
    public void unsetSettingRemovesItsLineOnly() {
        DomainDocument document = open(ORIGINAL);
        document.execute(DomainEdits.setFromText(document, "extra", "  "));
        assertEquals(replaceOnce(ORIGINAL, "    <extra>console=hvc0</extra>\n", ""), document.text());
    }

    @Test
    public void valueBesideACommentKeepsTheComment() {
        DomainDocument document = open(ORIGINAL);
        document.execute(DomainEdits.set(document, "name", "web02"));
        assertEquals(replaceOnce(ORIGINAL, "<name>web01</name>   <!-- also the host name -->",
                "<name>web02</name>   <!-- also the host name -->"), document.text());
    }

    @Test
    public void diskDialogChangesOnlyTheChangedAttributesAndKeepsTheirQuotes() {
        DomainDocument document = open(ORIGINAL);
        Disk edited = EcoreUtil.copy(document.model().getDisks().get(0));
        edited.setTarget("/dev/vg1/web01");
        edited.setAccess(DiskAccess.RO);
        document.execute(DomainEdits.editDisk(document, 0, edited));
        assertEquals(replaceOnce(ORIGINAL, "<disk vdev='xvda' target='/dev/vg0/web01'   format='raw'/>",
                "<disk access='ro' vdev='xvda' target='/dev/vg1/web01'   format='raw'/>"), document.text());
        assertEquals(2, events.get(0).changes().size(), "two small edits, not one big one");
    }

    @Test
    public void removedDiskTakesItsLineAndLeavesTheCommentsAlone() {
        DomainDocument document = open(ORIGINAL);
        document.execute(DomainEdits.removeDisk(document, 0));
        assertEquals(replaceOnce(ORIGINAL, "    <disk vdev='xvda' target='/dev/vg0/web01'   format='raw'/>\n", ""),
                document.text());
    }

    @Test
    public void addedVifAndDisplayGoAfterTheirNeighbours() {
        DomainDocument document = open(ORIGINAL);
        Vif vif = DomainEdits.newVif(document, "xenbr1", new SplittableRandom(7));
        document.execute(DomainEdits.addVif(document, vif));
        document.execute(DomainEdits.set(document, "display.vnc", true));
        String expected = replaceOnce(ORIGINAL, "    <vif mac=\"00:16:3e:12:34:56\" bridge=\"xenbr0\"/>\n",
                "    <vif mac=\"00:16:3e:12:34:56\" bridge=\"xenbr0\"/>\n    <vif bridge=\"xenbr1\" mac=\"" + vif.getMac()
                        + "\"/>\n    <display vnc=\"true\"/>\n");
        assertEquals(expected, document.text());
        assertTrue(document.model().getDisplay().isVnc());
    }

    @Test
    public void aMovedVifKeepsItsOwnSpellingAndUndoPutsItBack() {
        String text = replaceOnce(ORIGINAL, "    <vif mac=\"00:16:3e:12:34:56\" bridge=\"xenbr0\"/>\n",
                "    <vif mac=\"00:16:3e:12:34:56\" bridge=\"xenbr0\"/>\n"
                        + "    <vif   bridge='xenbr1' mac='00:16:3e:12:34:57'  >\n"
                        + "        <xlParam key='vlan' value='42'/>  <!-- office -->\n"
                        + "    </vif>\n");
        DomainDocument document = open(text);
        document.execute(DomainEdits.moveVif(document, 1, 0));
        assertEquals("xenbr1", document.model().getVifs().get(0).getBridge());
        assertEquals(replaceOnce(text, "    <vif mac=\"00:16:3e:12:34:56\" bridge=\"xenbr0\"/>\n", "")
                .replace("    </vif>\n", "    </vif>\n    <vif mac=\"00:16:3e:12:34:56\" bridge=\"xenbr0\"/>\n"),
                document.text());
        assertFalse(events.get(0).rewritten());
        document.undo();
        assertEquals(text, document.text());
    }

    @Test
    public void listEditsOfTagsTouchOnlyTheirElements() {
        String text = ORIGINAL.replace("    <type>pvh</type>\n",
                "    <tag>web</tag>  <tag>prod</tag>\n    <type>pvh</type>\n");
        DomainDocument document = open(text);
        document.execute(DomainEdits.addTag(document, "eu-west"));
        String added = replaceOnce(text, "<tag>prod</tag>\n", "<tag>prod</tag>\n    <tag>eu-west</tag>\n");
        assertEquals(added, document.text(), "a new line after the last tag, indented like the domain's children");
        document.execute(DomainEdits.removeTag(document, 0));
        assertEquals(replaceOnce(added, "<tag>web</tag>  <tag>prod</tag>", "  <tag>prod</tag>"), document.text(),
                "the element goes, the line with the other tag stays");
    }

    @Test
    public void childElementsOfANewAndOfAnExistingDiskAreIndented() {
        DomainDocument document = open(ORIGINAL);
        Disk disk = DomainFactory.eINSTANCE.createDisk();
        disk.setVdev("xvdb");
        disk.setTarget("/srv/data.img");
        XlParam discard = DomainFactory.eINSTANCE.createXlParam();
        discard.setKey("discard");
        disk.getXlParams().add(discard);
        document.execute(DomainEdits.addDisk(document, disk));
        assertEquals(replaceOnce(ORIGINAL, "format='raw'/>\n", "format='raw'/>\n"
                + "    <disk target=\"/srv/data.img\" vdev=\"xvdb\">\n"
                + "        <xlParam key=\"discard\"/>\n"
                + "    </disk>\n"), document.text());
        Disk first = EcoreUtil.copy(document.model().getDisks().get(0));
        XlParam direct = DomainFactory.eINSTANCE.createXlParam();
        direct.setKey("direct-io-safe");
        first.getXlParams().add(direct);
        document.execute(DomainEdits.editDisk(document, 0, first));
        assertTrue(document.text().contains("<disk vdev='xvda' target='/dev/vg0/web01'   format='raw'>\n"
                + "        <xlParam key=\"direct-io-safe\"/>\n    </disk>\n"), document.text());
    }

    @Test
    public void prefixedDocumentsGetPrefixedElements() {
        String text = "<d:domain xmlns:d=\"http://xenophilia.org/schema/domain/1.0\"><d:name>a</d:name>"
                + "<d:kernel>/k</d:kernel></d:domain>";
        DomainDocument document = open(text);
        document.execute(DomainEdits.set(document, "memory", 512));
        assertEquals("<d:domain xmlns:d=\"http://xenophilia.org/schema/domain/1.0\"><d:name>a</d:name>"
                + "<d:memory>512</d:memory><d:kernel>/k</d:kernel></d:domain>", document.text());
    }

    @Test
    public void crlfTextStaysCrlf() {
        String text = ORIGINAL.replace("\n", "\r\n");
        DomainDocument document = open(text);
        document.execute(DomainEdits.set(document, "cap", 50));
        document.execute(DomainEdits.set(document, "maxmem", null));
        assertEquals(replaceOnce(text, "    <maxmem>2048</maxmem>\r\n", "    <cap>50</cap>\r\n"), document.text());
    }

    @Test
    public void onACanonicalDocumentFormEditsKeepItCanonical() {
        DomainDocument document = open(DomainDefinitions.toXml(new DomainDocument(ORIGINAL).model()));
        document.execute(DomainEdits.set(document, "type", DomainType.HVM));
        document.execute(DomainEdits.set(document, "description", "Shop <web> & \"friends\"\n\tsecond line ]]> 'quoted'"));
        document.execute(DomainEdits.addTag(document, "web"));
        document.execute(DomainEdits.set(document, "vcpus", 4));
        document.execute(DomainEdits.set(document, "maxvcpus", 8));
        document.execute(DomainEdits.set(document, "disks[0].format", null));
        document.execute(DomainEdits.set(document, "vifs[0].model", "e1000"));
        document.execute(DomainEdits.set(document, "onCrash", null));
        document.execute(DomainEdits.set(document, "display.vnclisten", "0.0.0.0"));
        document.execute(DomainEdits.set(document, "display.vnc", true));
        assertEquals(DomainDefinitions.toXml(document.model()), document.text());
        assertTrue(events.stream().noneMatch(TextChangeEvent::rewritten));
    }
}
