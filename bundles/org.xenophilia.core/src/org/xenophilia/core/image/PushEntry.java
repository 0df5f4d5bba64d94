package org.xenophilia.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The catalog entry of an image pushed to a node (docs/images.md, <i>Push</i>): a catalog document of one image whose
 * only url is the file's plain name, with the file's size and SHA-256 as the push measured them. It comes from the
 * {@code catalog.xml} beside the file (the entry whose first url names the file, as {@code releng/images/*} build
 * them) or from what the user entered. The node validates it against the catalog schema; here it is only written.
 */
public final class PushEntry {

    /** The catalog schema's namespace ({@code model/catalog.xsd} of {@code org.xenophilia.image}). */
    public static final String NAMESPACE = "http://xenophilia.org/schema/image-catalog/1.0";
    /** The name of the catalog beside an image's file. */
    public static final String CATALOG_FILE = "catalog.xml";
    /** What a catalog beside a file may weigh: it lists a few images. */
    private static final long MAX_CATALOG = 4L << 20;

    /**
     * What a user enters for an image without a catalog beside it, as the catalog schema has its elements.
     *
     * @param name its name
     * @param version its version
     * @param description what it is (may be empty)
     * @param architecture {@code x86_64} or {@code aarch64}
     * @param guestType {@code pv}, {@code pvh} or {@code hvm}
     * @param content {@code disk} or {@code rootfs}
     * @param compression {@code none}, {@code gz}, {@code xz} or {@code zstd}
     * @param contentSize the bytes unpacked
     * @param minimumMemoryMib the least memory it boots with, in MiB
     * @param minimumDisk the smallest volume it is deployed onto, in bytes
     * @param boot {@code pygrub} or {@code kernel}
     * @param kernel the kernel's path inside the image, for {@code kernel} (may be empty)
     * @param cmdline the kernel's command line (may be empty)
     */
    public record Fields(String name, String version, String description, String architecture, String guestType,
            String content, String compression, long contentSize, long minimumMemoryMib, long minimumDisk,
            String boot, String kernel, String cmdline) {
    }

    private final Document document;
    private final Element image;

    private PushEntry(Document document, Element image) {
        this.document = document;
        this.image = image;
    }

    /**
     * @param file an image's file
     * @return its entry in the {@code catalog.xml} beside it, if that catalog has one whose first url names the file
     * @throws IOException if the catalog beside it cannot be read, or is not a catalog
     */
    public static Optional<PushEntry> besideFile(Path file) throws IOException {
        Path catalog = file.toAbsolutePath().resolveSibling(CATALOG_FILE);
        if (!Files.isRegularFile(catalog)) {
            return Optional.empty();
        }
        if (Files.size(catalog) > MAX_CATALOG) {
            throw new IOException(catalog + " is larger than " + MAX_CATALOG + " bytes: not a catalog of images");
        }
        Document read;
        try (InputStream in = Files.newInputStream(catalog)) {
            read = builder().parse(in, catalog.toUri().toString());
        } catch (SAXException e) {
            throw new IOException(catalog + " is not well-formed XML: " + e.getMessage(), e);
        }
        Element root = read.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"catalog".equals(root.getLocalName())) {
            throw new IOException(catalog + " is not a catalog: its root is not <catalog xmlns=\"" + NAMESPACE
                    + "\">");
        }
        String name = file.getFileName().toString();
        for (Element i : children(root, "image")) {
            Element url = first(i, "url");
            if (url != null && fileName(url.getTextContent().strip()).equals(name)) {
                Document one = newDocument();
                Element copy = (Element) one.importNode(i, true);
                one.appendChild(one.createElementNS(NAMESPACE, "catalog")).appendChild(copy);
                return Optional.of(new PushEntry(one, copy));
            }
        }
        return Optional.empty();
    }

    /**
     * @param f what the user entered
     * @return the entry, elements in the schema's order
     */
    public static PushEntry of(Fields f) {
        Document d = newDocument();
        Element image = d.createElementNS(NAMESPACE, "image");
        d.appendChild(d.createElementNS(NAMESPACE, "catalog")).appendChild(image);
        Map<String, String> elements = new LinkedHashMap<>();
        elements.put("name", f.name());
        elements.put("version", f.version());
        elements.put("description", f.description());
        elements.put("architecture", f.architecture());
        elements.put("guestType", f.guestType());
        elements.put("content", f.content());
        elements.put("compression", f.compression());
        elements.put("filesystem", f.content().equals("rootfs") ? "ext4" : "");
        elements.put("fileSize", "0");
        elements.put("contentSize", Long.toString(f.contentSize()));
        elements.put("sha256", "");
        elements.put("url", "");
        elements.put("minimumMemory", Long.toString(f.minimumMemoryMib()));
        elements.put("minimumDisk", Long.toString(f.minimumDisk()));
        elements.forEach((k, v) -> {
            if (!v.isEmpty() || k.equals("sha256") || k.equals("url")) {
                image.appendChild(d.createElementNS(NAMESPACE, k)).setTextContent(v);
            }
        });
        Element template = (Element) image.appendChild(d.createElementNS(NAMESPACE, "template"));
        template.appendChild(d.createElementNS(NAMESPACE, "boot")).setTextContent(f.boot());
        if (!f.kernel().isEmpty()) {
            template.appendChild(d.createElementNS(NAMESPACE, "kernel")).setTextContent(f.kernel());
        }
        if (!f.cmdline().isEmpty()) {
            template.appendChild(d.createElementNS(NAMESPACE, "cmdline")).setTextContent(f.cmdline());
        }
        return new PushEntry(d, image);
    }

    /** @return the image's id, {@code NAME:VERSION}, as the node will list it */
    public String id() {
        return text("name") + ":" + text("version");
    }

    /**
     * @param fileName the file's plain name, its only url
     * @param fileSize the file's size
     * @param sha256 the file's SHA-256, lower-case hex
     * @return the entry as a catalog document of one image, with these in place of what it said
     */
    public String document(String fileName, long fileSize, String sha256) {
        Element copy = (Element) image.cloneNode(true);
        for (Element url : children(copy, "url")) {
            copy.removeChild(url);
        }
        set(copy, "fileSize", Long.toString(fileSize));
        set(copy, "sha256", sha256);
        Element url = document.createElementNS(NAMESPACE, "url");
        url.setTextContent(fileName);
        copy.insertBefore(url, first(copy, "sha256").getNextSibling());
        Document out = newDocument();
        out.appendChild(out.createElementNS(NAMESPACE, "catalog")).appendChild(out.importNode(copy, true));
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(out), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write a DOM document: " + e, e);
        }
    }

    private String text(String element) {
        Element e = first(image, element);
        return e == null ? "" : e.getTextContent().strip();
    }

    private static void set(Element image, String element, String value) {
        Element e = first(image, element);
        if (e == null) {
            throw new IllegalStateException("the entry has no <" + element + ">");
        }
        e.setTextContent(value);
    }

    private static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            Node n = all.item(i);
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A parser that refuses DOCTYPEs and fetches nothing, as every loader of outside input here. */
    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot refuse DOCTYPEs: " + e, e);
        }
    }

    private static Document newDocument() {
        return builder().newDocument();
    }
}
