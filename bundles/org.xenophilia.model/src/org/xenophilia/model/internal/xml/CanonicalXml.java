package org.xenophilia.model.internal.xml;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLResource;

/** The save options that make the canonical form of a definition. */
public final class CanonicalXml {

    /** Encoding of saved definitions. */
    public static final String ENCODING = StandardCharsets.UTF_8.name();

    private CanonicalXml() {
    }

    /**
     * UTF-8 with an XML declaration, "\n" line ends, two-space indentation, elements in schema order, no schema
     * location, no type information, the definition's namespace as default namespace (set on the document root).
     *
     * @return a fresh, modifiable map of save options
     */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, ENCODING);
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        options.put(XMLResource.OPTION_DECLARE_XML, Boolean.TRUE);
        options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.FALSE);
        return options;
    }
}
