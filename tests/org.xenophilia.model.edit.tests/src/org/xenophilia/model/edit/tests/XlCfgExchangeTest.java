package org.xenophilia.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xenophilia.model.edit.DomainDocument;
import org.xenophilia.model.edit.DomainEdits;
import org.xenophilia.model.edit.XlCfgExchange;
import org.xenophilia.model.edit.XlCfgExchange.Import;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlWarning;

/** Importing an xl.cfg file keeps unknown keys and says so; exporting writes what the editor holds. */
public class XlCfgExchangeTest {

    private static final String CONFIG = """
            # a guest
            name = "db01"
            type = "pvh"
            kernel = "/boot/vmlinuz"
            memory = 2048
            viridian = 1
            pci = [ '0000:03:00.0' ]
            vif = [ 'mac=00:16:3e:00:00:01,bridge=xenbr0' ]
            """;

    @Test
    public void unknownKeysAreKeptAndReportedWithTheirLines() throws Exception {
        Import imported = XlCfgExchange.importXlCfg(CONFIG, "db01.cfg");
        assertEquals(2, imported.unknownKeys().size(), imported.warnings().toString());
        XlWarning viridian = imported.unknownKeys().get(0);
        assertEquals("viridian", viridian.key());
        assertEquals(6, viridian.line());
        assertEquals("pci", imported.unknownKeys().get(1).key());
        DomainDocument document = imported.document();
        assertTrue(document.text().contains("<xlKey key=\"pci\">[ '0000:03:00.0' ]</xlKey>"), document.text());
        assertFalse(document.isDirty());

        document.execute(DomainEdits.set(document, "memory", 4096));
        String exported = XlCfgExchange.exportXlCfg(document);
        assertTrue(exported.contains("memory = 4096\n"), exported);
        assertTrue(exported.contains("viridian = 1\n") && exported.contains("pci = [ '0000:03:00.0' ]\n"), exported);
    }

    @Test
    public void aFileThatIsNotXlCfgIsRefusedWithItsLine() {
        XlSyntaxException e = assertThrows(XlSyntaxException.class,
                () -> XlCfgExchange.importXlCfg("name = \"a\"\nmemory = = 3\n", "bad.cfg"));
        assertTrue(e.getMessage().contains("bad.cfg:2"), e.getMessage());
    }

    @Test
    public void exportRefusesWhileTheXmlDoesNotParse() throws Exception {
        DomainDocument document = XlCfgExchange.importXlCfg(CONFIG, "db01.cfg").document();
        document.setText(document.text().replace("</domain>", "</domain"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> XlCfgExchange.exportXlCfg(document));
        assertTrue(e.getMessage().startsWith("The XML does not parse: line "), e.getMessage());
    }

    @Test
    public void reloadReplacesTextModelAndHistory() throws Exception {
        DomainDocument document = XlCfgExchange.importXlCfg(CONFIG, "db01.cfg").document();
        document.execute(DomainEdits.set(document, "memory", 4096));
        String fromNode = XlCfgExchange.importXlCfg(CONFIG.replace("2048", "1024"), "node").document().text();
        document.reload(fromNode);
        assertEquals(fromNode, document.text());
        assertEquals(1024, document.model().getMemory());
        assertFalse(document.isDirty());
        assertFalse(document.commandStack().canUndo());
    }
}
