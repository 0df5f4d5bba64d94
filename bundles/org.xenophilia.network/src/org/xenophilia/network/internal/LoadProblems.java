package org.xenophilia.network.internal;

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
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.NetworkProblem.Severity;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.DocumentRoot;
import org.xenophilia.network.definition.NetworkPackage;
import org.xml.sax.SAXParseException;

/** Turns the errors EMF's loader collected into problems a user can act on. */
public final class LoadProblems {

    private static final String NAMESPACE = NetworkPackage.eNS_URI;

    private LoadProblems() {
    }

    /**
     * Translates the load errors of a resource.
     *
     * @param resource a resource whose load failed
     * @return one problem per error, in document order
     */
    public static List<NetworkProblem> of(SecureNetworkResource resource) {
        List<NetworkProblem> problems = new ArrayList<>();
        boolean packageMissing = resource.getErrors().stream().anyMatch(PackageNotFoundException.class::isInstance);
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (packageMissing && error instanceof ClassNotFoundException) {
                continue; // follows from the unknown namespace, already reported
            }
            problems.add(translate(error, resource.errorContext(error)));
        }
        return problems;
    }

    private static NetworkProblem translate(Resource.Diagnostic error, LoadErrorContext context) {
        Location location = context != null && context.elementStart() != null ? context.elementStart()
                : error.getLine() > 0 ? new Location(error.getLine(), error.getColumn()) : null;
        if (error instanceof RepeatedSettingException repeated) {
            String path = ModelText.path(repeated.object(), repeated.feature(), -1);
            return problem(NetworkRule.REPEATED_SETTING, path, null, path + " is given more than once (first at line "
                    + repeated.first().line() + "); a single-valued setting may appear only once", location);
        }
        if (error instanceof IllegalValueException illegal) {
            EStructuralFeature feature = illegal.getFeature();
            int index = context != null && feature.isMany() ? context.valueIndex() : -1;
            String path = ModelText.path(illegal.getObject(), feature, index);
            String value = String.valueOf(illegal.getValue());
            return problem(NetworkRule.INVALID_VALUE, path, value, path + " " + ModelText.quote(value)
                    + " is not valid: expected " + ModelText.expectation(feature.getEType()), location);
        }
        if (error instanceof PackageNotFoundException notFound) {
            String uri = notFound.uri();
            return problem(NetworkRule.ROOT_ELEMENT, "", uri, (uri == null || uri.isEmpty()
                    ? "elements must be in the network namespace"
                    : "namespace " + ModelText.quote(uri) + " is not allowed")
                    + ": a network definition is <network xmlns=\"" + NAMESPACE + "\">", location);
        }
        if (error instanceof ClassNotFoundException unknownClass) {
            return problem(NetworkRule.UNKNOWN_CONTENT, "", unknownClass.getName(), "unknown element or type "
                    + ModelText.quote(unknownClass.getName()) + ": only the elements of network.xsd are allowed",
                    location);
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
    public static NetworkProblem parserFailure(String parserMessage, Location location) {
        return syntax(parserMessage, location);
    }

    private static NetworkProblem syntax(String parserMessage, Location parserLocation) {
        String message = String.valueOf(parserMessage);
        // The parser has no place yet only while it reads the XML declaration ("<?xml " and nothing more): line 1.
        Location location = parserLocation != null ? parserLocation : new Location(1, 1);
        if (message.contains("DOCTYPE")) {
            return problem(NetworkRule.DOCTYPE, "", null, "the document contains a <!DOCTYPE> declaration: DTDs and "
                    + "entities are not allowed in a network definition; remove the DOCTYPE", location);
        }
        return problem(NetworkRule.XML_SYNTAX, "", null, "the document is not well-formed XML: " + message,
                location);
    }

    private static NetworkProblem unknownFeature(FeatureNotFoundException unknown, LoadErrorContext context,
            Location location) {
        EObject owner = unknown.getObject();
        String name = unknown.getName();
        if (owner == null || owner instanceof DocumentRoot) {
            return problem(NetworkRule.ROOT_ELEMENT, "", name, "the root element is <" + name
                    + ">, but a network definition is <network xmlns=\"" + NAMESPACE + "\">", location);
        }
        boolean element = context == null || context.unknownElement() == null || context.unknownElement();
        String ownerPath = ModelText.path(owner);
        String where = "<" + elementName(owner) + ">" + (ownerPath.isEmpty() ? "" : " (" + ownerPath + ")");
        String allowed = allowedNames(owner.eClass(), element);
        String message = element ? "unknown element <" + name + "> in " + where + "; allowed elements: " + allowed
                : "unknown attribute " + name + " on " + where + "; allowed attributes: " + allowed;
        return problem(NetworkRule.UNKNOWN_CONTENT, ownerPath.isEmpty() ? name : ownerPath + "." + name, null,
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

    private static NetworkProblem problem(NetworkRule rule, String path, String value, String message,
            Location location) {
        return new NetworkProblem(Severity.ERROR, rule, path, value, message,
                location == null ? 0 : location.line(), location == null ? 0 : location.column());
    }
}
