package org.xenophilia.model.edit;

import java.util.List;
import java.util.Objects;

import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlDecodeResult;
import org.xenophilia.xl.codec.XlDomainCodec;
import org.xenophilia.xl.codec.XlEncodeException;
import org.xenophilia.xl.codec.XlWarning;

/**
 * xl.cfg import and export for the editor, one call each, on top of {@link XlDomainCodec}: an imported file becomes a
 * {@link DomainDocument} (canonical XML), keys the model does not know are kept verbatim as {@code xlKey} elements and
 * reported as warnings; an export writes the current model as canonical xl.cfg.
 */
public final class XlCfgExchange {

    /**
     * An imported xl.cfg file.
     *
     * @param document the new document (not dirty: its text is the save point; save it to create a definition)
     * @param warnings everything the codec noticed, in file order, each with its line in the xl.cfg file
     */
    public record Import(DomainDocument document, List<XlWarning> warnings) {

        /** Copies the list. */
        public Import {
            Objects.requireNonNull(document, "document");
            warnings = List.copyOf(warnings);
        }

        /** {@return the warnings about keys the model does not know (kept verbatim as xlKey elements)} */
        public List<XlWarning> unknownKeys() {
            return warnings.stream().filter(w -> w.kind() == XlWarning.Kind.UNKNOWN_KEY).toList();
        }
    }

    private XlCfgExchange() {
    }

    /**
     * Imports xl.cfg text (lenient parser, as {@link XlDomainCodec#decode(String, String)}).
     *
     * @param xlCfg the file's text
     * @param sourceName the file name, for messages
     * @return the document and the warnings
     * @throws XlSyntaxException when the text is not xl.cfg (with the line of the first error)
     */
    public static Import importXlCfg(String xlCfg, String sourceName) throws XlSyntaxException {
        XlDecodeResult result = XlDomainCodec.decode(xlCfg, sourceName);
        return new Import(DomainDocument.of(result.domain()), result.warnings());
    }

    /**
     * Exports the definition of a document as canonical xl.cfg.
     *
     * @param document the document
     * @return the xl.cfg text
     * @throws IllegalStateException when the XML text does not parse (the model would not be what the user sees)
     * @throws XlEncodeException when a value cannot be written as xl.cfg
     */
    public static String exportXlCfg(DomainDocument document) throws XlEncodeException {
        if (!document.isTextValid()) {
            throw new IllegalStateException("The XML does not parse: " + document.problems().get(0));
        }
        return XlDomainCodec.encode(document.model());
    }
}
