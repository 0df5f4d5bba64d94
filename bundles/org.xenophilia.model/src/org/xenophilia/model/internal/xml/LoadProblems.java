package org.xenophilia.model.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xenophilia.model.SourceLocation;
import org.xenophilia.model.internal.xml.XmlProblem.Kind;
import org.xml.sax.SAXParseException;

/** Turns the errors EMF's loader collected into problems a user can act on, in the words of the document's format. */
final class LoadProblems {

    private final DefinitionFormat format;

    LoadProblems(DefinitionFormat format) {
        this.format = format;
    }

    /**
     * Translates the load errors of a resource.
     *
     * @param resource a resource whose load failed
     * @return one problem per error, in document order
     */
    List<XmlProblem> of(SecureXmlResource resource) {
        List<XmlProblem> problems = new ArrayList<>();
        boolean packageMissing = resource.getErrors().stream().anyMatch(PackageNotFoundException.class::isInstance);
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (packageMissing && error instanceof ClassNotFoundException) {
                continue; // follows from the unknown namespace, already reported
            }
            problems.add(translate(error, resource.errorContext(error)));
        }
        return problems;
    }

    private XmlProblem translate(Resource.Diagnostic error, LoadErrorContext context) {
        SourceLocation location = context != null && context.elementStart() != null ? context.elementStart()
                : error.getLine() > 0 ? new SourceLocation(error.getLine(), error.getColumn()) : null;
        if (error instanceof RepeatedSettingException repeated) {
            String path = ModelText.path(repeated.object(), repeated.feature(), -1);
            return problem(Kind.REPEATED_SETTING, path, null, path + " is given more than once (first at line "
                    + repeated.first().line() + "); a single-valued setting may appear only once", location);
        }
        if (error instanceof IllegalValueException illegal) {
            EStructuralFeature feature = illegal.getFeature();
            int index = context != null && feature.isMany() ? context.valueIndex() : -1;
            String path = ModelText.path(illegal.getObject(), feature, index);
            String value = String.valueOf(illegal.getValue());
            return problem(Kind.INVALID_VALUE, path, value, path + " " + ModelText.quote(value)
                    + " is not valid: expected " + ModelText.expectation(feature.getEType()), location);
        }
        if (error instanceof PackageNotFoundException notFound) {
            String uri = notFound.uri();
            return problem(Kind.ROOT_ELEMENT, "", uri, (uri == null || uri.isEmpty()
                    ? "elements must be in the " + format.name() + " namespace"
                    : "namespace " + ModelText.quote(uri) + " is not allowed") + ": " + rootElement(), location);
        }
        if (error instanceof ClassNotFoundException unknownClass) {
            return problem(Kind.UNKNOWN_CONTENT, "", unknownClass.getName(), "unknown element or type "
                    + ModelText.quote(unknownClass.getName()) + ": only the elements of " + format.name()
                    + ".xsd are allowed", location);
        }
        if (error instanceof FeatureNotFoundException unknown) {
            return unknownFeature(unknown, context, location);
        }
        if (error instanceof XMIException xmi && xmi.getCause() instanceof SAXParseException parse) {
            return syntax(parse.getMessage(), location);
        }
        return syntax(error.getMessage(), location);
    }

    /**
     * A failure of the XML parser that it reported without a place of its own.
     *
     * @param parserMessage the parser's message
     * @param location where the parser was, or null if it had not started
     * @return the problem
     */
    XmlProblem parserFailure(String parserMessage, SourceLocation location) {
        return syntax(parserMessage, location);
    }

    private XmlProblem syntax(String parserMessage, SourceLocation parserLocation) {
        String message = String.valueOf(parserMessage);
        // The parser has no place yet only while it reads the XML declaration ("<?xml " and nothing more): line 1.
        SourceLocation location = parserLocation != null ? parserLocation : new SourceLocation(1, 1);
        if (message.contains("DOCTYPE")) {
            return problem(Kind.DOCTYPE, "", null, "the document contains a <!DOCTYPE> declaration: DTDs and "
                    + "entities are not allowed in a " + format.name() + " definition; remove the DOCTYPE", location);
        }
        return problem(Kind.XML_SYNTAX, "", null, "the document is not well-formed XML: " + message, location);
    }

    private XmlProblem unknownFeature(FeatureNotFoundException unknown, LoadErrorContext context,
            SourceLocation location) {
        EObject owner = unknown.getObject();
        String name = unknown.getName();
        if (owner == null || DefinitionFormat.isDocumentRoot(owner)) {
            return problem(Kind.ROOT_ELEMENT, "", name, "the root element is <" + name + ">, but " + rootElement(),
                    location);
        }
        boolean element = context == null || context.unknownElement() == null || context.unknownElement();
        String ownerPath = ModelText.path(owner);
        String where = "<" + elementName(owner) + ">" + (ownerPath.isEmpty() ? "" : " (" + ownerPath + ")");
        String allowed = allowedNames(owner.eClass(), element);
        String message = element ? "unknown element <" + name + "> in " + where + "; allowed elements: " + allowed
                + format.unknownElementAdvice().apply(owner, name)
                : "unknown attribute " + name + " on " + where + "; allowed attributes: " + allowed;
        return problem(Kind.UNKNOWN_CONTENT, ownerPath.isEmpty() ? name : ownerPath + "." + name, null,
                message, location);
    }

    private static String elementName(EObject object) {
        EStructuralFeature containing = object.eContainingFeature();
        if (containing == null) {
            return ExtendedMetaData.INSTANCE.getName(object.eClass());
        }
        return ExtendedMetaData.INSTANCE.getName(containing);
    }

    private static String allowedNames(EClass eClass, boolean elements) {
        List<String> names = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            int kind = ExtendedMetaData.INSTANCE.getFeatureKind(feature);
            boolean wanted = elements ? kind == ExtendedMetaData.ELEMENT_FEATURE
                    : kind == ExtendedMetaData.ATTRIBUTE_FEATURE;
            if (wanted && (feature instanceof EAttribute || feature instanceof EReference)) {
                names.add(ExtendedMetaData.INSTANCE.getName(feature));
            }
        }
        return names.isEmpty() ? "none" : names.stream().collect(Collectors.joining(", "));
    }

    /** {@return what the root element must be, e.g. a domain definition is {@code <domain xmlns="...">}} */
    private String rootElement() {
        return "a " + format.name() + " definition is <" + format.name() + " xmlns=\"" + format.namespace() + "\">";
    }

    private static XmlProblem problem(Kind kind, String path, String value, String message,
            SourceLocation location) {
        return XmlProblem.error(kind, path, value, message, location);
    }
}
