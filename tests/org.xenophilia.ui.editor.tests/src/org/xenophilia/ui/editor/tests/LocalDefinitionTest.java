package org.xenophilia.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.ui.editor.internal.DomainEditor;
import org.xenophilia.ui.editor.internal.ExportXlCfgHandler;
import org.xenophilia.ui.editor.internal.FileDomainInput;
import org.xenophilia.ui.editor.internal.ImportXlCfgHandler;
import org.xenophilia.ui.internal.nodes.UiThreadCalls;
import org.xenophilia.ui.testing.Widgets;
import org.xenophilia.ui.testing.ModalShellInspector;
import org.xenophilia.ui.testing.UiConditions;

/**
 * The domain editor on a local {@code .xml} file, no node involved: an imported xl.cfg file saved as XML, opened,
 * edited on the forms (a comment in the XML survives), saved to the file, reverted, the same file opened twice,
 * and exported back to xl.cfg, which imports to an equal model (the round trip of issue 6's acceptance).
 */
public class LocalDefinitionTest {

    @AfterEach
    void closeEditors() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    public void editAFileSaveRevertAndExportXlCfgThatImportsToAnEqualModel() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path dir = Files.createTempDirectory("xenophilia-editor-local");
        Path cfg = dir.resolve("local-db.cfg");
        Files.writeString(cfg, String.join("\n", "name = \"local-db\"", "type = \"pvh\"", "memory = 1024",
                "vcpus = 1", "kernel = \"/boot/vmlinuz\"", "cmdline = \"root=/dev/xvda1\"",
                "disk = [ '/srv/xen/local-db.img,raw,xvda,rw' ]",
                "vif = [ 'bridge=xenbr0,mac=00:16:3e:12:34:56' ]", "on_crash = \"preserve\"", ""),
                StandardCharsets.UTF_8);
        XlCfgExchange.Import imported = ImportXlCfgHandler.read(cfg);
        Path xml = dir.resolve("local-db.xml");
        Files.writeString(xml, imported.document().text().replace("<memory>",
                "<!-- sized for the test -->\n  <memory>"), StandardCharsets.UTF_8);

        DomainEditor editor = (DomainEditor) page.openEditor(new FileDomainInput(xml), DomainEditor.ID, true);
        assertSame(editor, page.openEditor(new FileDomainInput(dir.resolve(".").resolve("local-db.xml")),
                DomainEditor.ID, true), "the same file: the same editor");
        assertFalse(editor.isDirty());

        editor.setActivePage("resources");
        Text vcpus = Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "vcpus", Text.class);
        assertEquals("1", vcpus.getText());
        Widgets.type(vcpus, "2");
        editor.setActivePage("lifecycle");
        Combo onCrash = Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "onCrash", Combo.class);
        assertEquals("preserve", onCrash.getText());
        onCrash.setText("restart");
        onCrash.notifyListeners(SWT.Modify, new Event());
        assertTrue(editor.document().text().contains("<onCrash>restart</onCrash>"), editor.document().text());

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

        editor.setActivePage("xlcfg");
        UiConditions.flush();
        String shown = editor.xlCfgText();
        assertTrue(shown.contains("vcpus = 2"), shown);

        // a typing mistake in a number field is said beside it and changes nothing
        editor.setActivePage("resources");
        Text memory = Widgets.byData(editor.pagesControl(), DomainEditor.FIELD_KEY, "memory", Text.class);
        Widgets.type(memory, "lots");
        assertTrue(editor.document().text().contains("<memory>1024</memory>"));
        Widgets.type(memory, "1024");

        page.saveEditor(editor, false);
        assertFalse(editor.isDirty());
        String saved = Files.readString(xml, StandardCharsets.UTF_8);
        assertTrue(saved.contains("<vcpus>2</vcpus>") && saved.contains("<!-- sized for the test -->"), saved);

        Widgets.type(vcpus, "4");
        assertTrue(editor.isDirty());
        editor.revert();
        assertFalse(editor.isDirty());
        assertEquals(saved, editor.document().text());
        assertEquals("2", vcpus.getText(), "the form follows the revert");

        Path exported = dir.resolve("exported.cfg");
        ExportXlCfgHandler.export(editor, exported);
        XlCfgExchange.Import back = ImportXlCfgHandler.read(exported);
        assertTrue(EcoreUtil.equals(editor.document().model(), back.document().model()),
                "the exported xl.cfg imports to an equal model:\n" + Files.readString(exported));

        Path copy = dir.resolve("copy.xml");
        assertTrue(editor.saveAs(copy));
        assertEquals(new FileDomainInput(copy), editor.getEditorInput());
        assertEquals(saved, Files.readString(copy, StandardCharsets.UTF_8));
        assertEquals(List.of(), UiThreadCalls.violations(), "XenAPI calls made on the UI thread");
    }
}
