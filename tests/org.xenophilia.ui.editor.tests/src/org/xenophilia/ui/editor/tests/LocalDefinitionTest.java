package org.xenophilia.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.ui.editor.internal.DomainEditor;
import org.xenophilia.ui.editor.internal.ExportXlCfgHandler;
import org.xenophilia.ui.editor.internal.FileDomainInput;
import org.xenophilia.ui.editor.internal.ImportXlCfgHandler;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.ui.testing.Widgets;

/**
 * The domain editor on a local {@code .xml} file, no node involved, one behaviour per test, each on a fresh copy of
 * the same file (an imported xl.cfg file saved as XML, with a comment): the same file opened twice, form edits (a
 * comment in the XML survives), a disk edited through its dialog, saved whole to the file (its permissions kept,
 * nothing left behind) and reverted, exported back to xl.cfg, which imports to an equal model (the round trip of
 * issue 6's acceptance), and Save As.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class LocalDefinitionTest {

    private Path dir;
    private String definition;
    private Path xml;
    private IWorkbenchPage page;

    @BeforeAll
    void importTheConfig() throws Exception {
        dir = Files.createTempDirectory("xenophilia-editor-local");
        Path cfg = dir.resolve("local-db.cfg");
        Files.writeString(cfg, String.join("\n", "name = \"local-db\"", "type = \"pvh\"", "memory = 1024",
                "vcpus = 1", "kernel = \"/boot/vmlinuz\"", "cmdline = \"root=/dev/xvda1\"",
                "disk = [ '/srv/xen/local-db.img,raw,xvda,rw' ]",
                "vif = [ 'bridge=xenbr0,mac=00:16:3e:12:34:56' ]", "on_crash = \"preserve\"", ""),
                StandardCharsets.UTF_8);
        XlCfgExchange.Import imported = ImportXlCfgHandler.read(cfg);
        definition = imported.document().text().replace("<memory>", "<!-- sized for the test -->\n  <memory>");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @BeforeEach
    void writeTheFile() throws Exception {
        xml = dir.resolve("local-db.xml");
        Files.writeString(xml, definition, StandardCharsets.UTF_8);
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }

    private DomainEditor open() throws Exception {
        DomainEditor editor = (DomainEditor) page.openEditor(new FileDomainInput(xml), DomainEditor.ID, true);
        assertFalse(editor.isDirty());
        return editor;
    }

    @Test
    public void theSameFileOpensTheSameEditor() throws Exception {
        DomainEditor editor = open();
        assertSame(editor, page.openEditor(new FileDomainInput(dir.resolve(".").resolve("local-db.xml")),
                DomainEditor.ID, true), "the same file: the same editor");
    }

    @Test
    public void formEditsReachTheXmlAndTheXlCfgPage() throws Exception {
        DomainEditor editor = open();
        editor.setActivePage("resources");
        Text vcpus = field(editor, "vcpus");
        assertEquals("1", vcpus.getText());
        Widgets.type(vcpus, "2");
        editor.setActivePage("lifecycle");
        Combo onCrash = Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "onCrash", Combo.class);
        assertEquals("preserve", onCrash.getText());
        onCrash.setText("restart");
        onCrash.notifyListeners(SWT.Modify, new Event());
        assertTrue(editor.document().text().contains("<onCrash>restart</onCrash>"), editor.document().text());
        assertTrue(editor.document().text().contains("<!-- sized for the test -->"), "the comment stays");

        editor.setActivePage("xlcfg");
        UiConditions.flush();
        String shown = editor.xlCfgText();
        assertTrue(shown.contains("vcpus = 2"), shown);

        // a typing mistake in a number field is said beside it and changes nothing
        editor.setActivePage("resources");
        Text memory = field(editor, "memory");
        Widgets.type(memory, "lots");
        assertTrue(editor.document().text().contains("<memory>1024</memory>"));
        Widgets.type(memory, "1024");
    }

    @Test
    public void aDiskIsEditedAddedAndRemovedThroughItsDialog() throws Exception {
        DomainEditor editor = open();
        // the disk, edited through its dialog (a value of the wrong type is refused there), then a second one
        // added and removed again
        editor.setActivePage("disks");
        Table disks = Widgets.all(editor.pagesControl()).stream().filter(Table.class::isInstance)
                .map(Table.class::cast).filter(Table::isVisible).findFirst().orElseThrow();
        assertEquals(1, disks.getItemCount());
        disks.setSelection(0);
        disks.notifyListeners(SWT.Selection, new Event());
        ModalShellInspector<String> editDisk = new ModalShellInspector<>("Edit Disk", Duration.ofSeconds(30),
                shell -> {
                    Text target = Widgets.byData(shell, DomainEditor.FIELD_KEY, "target", Text.class);
                    Combo format = Widgets.byData(shell, DomainEditor.FIELD_KEY, "format", Combo.class);
                    assertEquals("raw", format.getText());
                    Widgets.type(target, "/dev/vg0/local-db");
                    format.setText("qcow2");
                    Widgets.press(Widgets.button(shell, "OK"));
                    return target.isDisposed() ? "closed" : "open";
                });
        editDisk.arm();
        Widgets.press(Widgets.button(editor.pagesControl(), "Edit..."));
        assertEquals("closed", editDisk.result());
        assertTrue(editor.document().text().contains("target=\"/dev/vg0/local-db\""), editor.document().text());
        assertTrue(editor.document().text().contains("format=\"qcow2\""), editor.document().text());
        ModalShellInspector<Boolean> addDisk = new ModalShellInspector<>("Add Disk", Duration.ofSeconds(30),
                shell -> {
                    Widgets.type(Widgets.byData(shell, DomainEditor.FIELD_KEY, "target", Text.class),
                            "/srv/xen/scratch.img");
                    Widgets.press(Widgets.button(shell, "OK"));
                    return true;
                });
        addDisk.arm();
        Widgets.press(Widgets.button(editor.pagesControl(), "Add..."));
        assertTrue(addDisk.result());
        assertEquals(2, editor.document().model().getDisks().size());
        assertEquals("xvdb", editor.document().model().getDisks().get(1).getVdev(), "the next free vdev");
        disks.setSelection(1);
        disks.notifyListeners(SWT.Selection, new Event());
        Widgets.press(Widgets.button(editor.pagesControl(), "Remove"));
        assertEquals(1, editor.document().model().getDisks().size());
        assertFalse(editor.document().text().contains("scratch.img"));
    }

    @Test
    public void saveWritesTheFileWholeKeepingItsPermissionsAndRevertGoesBack() throws Exception {
        Files.setPosixFilePermissions(xml, PosixFilePermissions.fromString("rw-r-----"));
        DomainEditor editor = open();
        editor.setActivePage("resources");
        Text vcpus = field(editor, "vcpus");
        Widgets.type(vcpus, "2");

        page.saveEditor(editor, false);
        assertFalse(editor.isDirty());
        String saved = Files.readString(xml, StandardCharsets.UTF_8);
        assertTrue(saved.contains("<vcpus>2</vcpus>") && saved.contains("<!-- sized for the test -->"), saved);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(xml)),
                "the file keeps its permissions, as xenophilia-xlconv -o leaves them");
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(), listing.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file left beside it");
        }

        Widgets.type(vcpus, "4");
        assertTrue(editor.isDirty());
        editor.revert();
        assertFalse(editor.isDirty());
        assertEquals(saved, editor.document().text());
        assertEquals("2", vcpus.getText(), "the form follows the revert");
    }

    @Test
    public void theExportedXlCfgImportsToAnEqualModel() throws Exception {
        DomainEditor editor = open();
        editor.setActivePage("resources");
        Widgets.type(field(editor, "vcpus"), "2");
        Path exported = dir.resolve("exported.cfg");
        ExportXlCfgHandler.export(editor, exported);
        XlCfgExchange.Import back = ImportXlCfgHandler.read(exported);
        assertTrue(EcoreUtil.equals(editor.document().model(), back.document().model()),
                "the exported xl.cfg imports to an equal model:\n" + Files.readString(exported));
    }

    @Test
    public void saveAsWritesANewFileThatTheEditorThenEdits() throws Exception {
        DomainEditor editor = open();
        editor.setActivePage("resources");
        Widgets.type(field(editor, "vcpus"), "2");
        Path copy = dir.resolve("copy.xml");
        Files.deleteIfExists(copy);
        assertTrue(editor.saveAs(copy));
        assertEquals(new FileDomainInput(copy), editor.getEditorInput());
        assertFalse(editor.isDirty());
        assertEquals(editor.document().text(), Files.readString(copy, StandardCharsets.UTF_8));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)),
                "a new file is readable as an editor's saved file is");
        assertEquals(definition, Files.readString(xml, StandardCharsets.UTF_8), "the first file as it was");
    }

    private static Text field(DomainEditor editor, String path) {
        return Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, path, Text.class);
    }
}
