package org.xenophilia.model.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;
import org.xenophilia.model.SourceLocation;
import org.xenophilia.model.internal.xml.XmlProblem.Kind;

/**
 * The schema's constraints on a definition (value types, ranges, patterns, required settings) through the EMF
 * {@link Diagnostician} and the format's generated validator, as problems with field paths and locations.
 */
final class SchemaCheck {

    private final Diagnostician diagnostician;

    /** A diagnostician of its own, knowing only the format's validator and XML type's (not the global registry's). */
    SchemaCheck(DefinitionFormat format) {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(format.ePackage(), format.validator());
        registry.put(XMLTypePackage.eINSTANCE, XMLTypeValidator.INSTANCE);
        diagnostician = new Diagnostician(registry);
    }

    /**
     * Checks a definition against the schema.
     *
     * @param definition the root object (a domain, a network)
     * @return the problems ({@link Kind#INVALID_VALUE} or {@link Kind#REQUIRED}), empty when none
     */
    List<XmlProblem> check(EObject definition) {
        Map<Object, Object> context = diagnostician.createDefaultContext();
        BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(definition);
        diagnostician.validate(definition, chain, context);
        List<XmlProblem> problems = new ArrayList<>();
        for (Diagnostic diagnostic : chain.getChildren()) {
            translate(diagnostic, context, problems);
        }
        return problems;
    }

    private void translate(Diagnostic diagnostic, Map<Object, Object> context, List<XmlProblem> out) {
        List<?> data = diagnostic.getData();
        if (data.size() >= 2 && data.get(0) instanceof EObject object
                && data.get(1) instanceof EStructuralFeature feature
                && EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
            if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS
                    && feature instanceof EAttribute attribute) {
                badValues(object, attribute, context, out);
                return;
            }
            if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS) {
                String path = ModelText.path(object, feature, -1);
                out.add(XmlProblem.error(Kind.REQUIRED, path, null, path + " is required but missing (expected "
                        + ModelText.expectation(feature.getEType()) + ")", SourceLocations.of(object, null, -1)));
                return;
            }
        }
        if (data.isEmpty() && !diagnostic.getChildren().isEmpty()) {
            for (Diagnostic child : diagnostic.getChildren()) {
                translate(child, context, out);
            }
            return;
        }
        EObject object = data.isEmpty() || !(data.get(0) instanceof EObject first) ? null : first;
        String path = object == null ? "" : ModelText.path(object);
        SourceLocation location = object == null ? null : SourceLocations.of(object, null, -1);
        out.add(new XmlProblem(Kind.INVALID_VALUE, diagnostic.getSeverity() >= Diagnostic.ERROR, path, null,
                (path.isEmpty() ? "" : path + ": ") + diagnostic.getMessage(), location));
    }

    private void badValues(EObject object, EAttribute attribute, Map<Object, Object> context, List<XmlProblem> out) {
        EDataType type = attribute.getEAttributeType();
        Object value = object.eGet(attribute);
        if (attribute.isMany()) {
            List<?> values = (List<?>) value;
            for (int i = 0; i < values.size(); i++) {
                if (!diagnostician.validate(type, values.get(i), null, context)) {
                    out.add(badValue(object, attribute, i, type, values.get(i)));
                }
            }
        } else {
            out.add(badValue(object, attribute, -1, type, value));
        }
    }

    private static XmlProblem badValue(EObject object, EAttribute attribute, int index, EDataType type,
            Object value) {
        String path = ModelText.path(object, attribute, index);
        String text = EcoreUtil.convertToString(type, value);
        return XmlProblem.error(Kind.INVALID_VALUE, path, text, path + " " + ModelText.quote(text)
                + " is not valid: expected " + ModelText.expectation(type), SourceLocations.of(object, attribute,
                        index));
    }
}
