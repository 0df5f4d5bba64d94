package org.xenophilia.model.internal.xml;

import java.util.Objects;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

/**
 * What sets one kind of definition document apart from another (a domain's from a network's): its generated package
 * and validator, its root element, its size limit and its words in messages. Everything else about loading, checking
 * and saving is the same and lives in {@link DefinitionXml}.
 *
 * @param name the root element's name, which is also the definition's name in messages ("a domain definition") and
 *        its schema's ("domain.xsd")
 * @param root the document root's feature of the root element, e.g. {@code DOCUMENT_ROOT__DOMAIN}
 * @param validator the generated validator of the package (the schema's facets)
 * @param maxDocumentBytes the largest document accepted
 * @param unknownElementAdvice for an unknown element (its owner and its name), what to add to the message after the
 *        allowed elements: "" or " (...)"
 */
public record DefinitionFormat(String name, EReference root, EValidator validator, int maxDocumentBytes,
        BiFunction<EObject, String, String> unknownElementAdvice) {

    /** @throws NullPointerException when a component is null */
    public DefinitionFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(unknownElementAdvice, "unknownElementAdvice");
    }

    /** {@return the generated package of the definition's model} */
    public EPackage ePackage() {
        return root.getEContainingClass().getEPackage();
    }

    /** {@return the namespace of the documents} */
    public String namespace() {
        return ePackage().getNsURI();
    }

    /** {@return the class of the document root, which holds the root element} */
    EClass documentRoot() {
        return root.getEContainingClass();
    }

    /** {@return whether an object is a document root (of any package): the container of a root element} */
    static boolean isDocumentRoot(EObject object) {
        return object != null && ExtendedMetaData.INSTANCE.isDocumentRoot(object.eClass());
    }
}
