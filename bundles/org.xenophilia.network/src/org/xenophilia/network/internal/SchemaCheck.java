package org.xenophilia.network.internal;

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
import org.xenophilia.network.NetworkProblem;
import org.xenophilia.network.NetworkProblem.Severity;
import org.xenophilia.network.NetworkRule;
import org.xenophilia.network.definition.Network;
import org.xenophilia.network.definition.NetworkPackage;
import org.xenophilia.network.definition.util.NetworkValidator;

/**
 * The schema's constraints on a network (value types, ranges, patterns, required settings) through the EMF
 * {@link Diagnostician} and the generated {@link NetworkValidator}, as problems with field paths and locations.
 */
public final class SchemaCheck {

    private static final Diagnostician DIAGNOSTICIAN = createDiagnostician();

    private SchemaCheck() {
    }

    /**
     * Checks a network against the schema.
     *
     * @param network the network
     * @return the problems (all {@link NetworkRule#INVALID_VALUE} or {@link NetworkRule#REQUIRED}), empty when none
     */
    public static List<NetworkProblem> check(Network network) {
        Map<Object, Object> context = DIAGNOSTICIAN.createDefaultContext();
        BasicDiagnostic chain = DIAGNOSTICIAN.createDefaultDiagnostic(network);
        DIAGNOSTICIAN.validate(network, chain, context);
        List<NetworkProblem> problems = new ArrayList<>();
        for (Diagnostic diagnostic : chain.getChildren()) {
            translate(diagnostic, context, problems);
        }
        return problems;
    }

    private static Diagnostician createDiagnostician() {
        NetworkPackage.eINSTANCE.eClass();
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(NetworkPackage.eINSTANCE, NetworkValidator.INSTANCE);
        registry.put(XMLTypePackage.eINSTANCE, XMLTypeValidator.INSTANCE);
        return new Diagnostician(registry);
    }

    private static void translate(Diagnostic diagnostic, Map<Object, Object> context, List<NetworkProblem> out) {
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
                out.add(problem(NetworkRule.REQUIRED, path, null, path + " is required but missing (expected "
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
        out.add(problem(NetworkRule.INVALID_VALUE, path, null, (path.isEmpty() ? "" : path + ": ")
                + diagnostic.getMessage(), object == null ? null : SourceLocations.of(object, null, -1)));
    }

    private static void badValues(EObject object, EAttribute attribute, Map<Object, Object> context,
            List<NetworkProblem> out) {
        EDataType type = attribute.getEAttributeType();
        Object value = object.eGet(attribute);
        if (attribute.isMany()) {
            List<?> values = (List<?>) value;
            for (int i = 0; i < values.size(); i++) {
                if (!DIAGNOSTICIAN.validate(type, values.get(i), null, context)) {
                    out.add(badValue(object, attribute, i, type, values.get(i)));
                }
            }
        } else {
            out.add(badValue(object, attribute, -1, type, value));
        }
    }

    private static NetworkProblem badValue(EObject object, EAttribute attribute, int index, EDataType type,
            Object value) {
        String path = ModelText.path(object, attribute, index);
        String text = EcoreUtil.convertToString(type, value);
        return problem(NetworkRule.INVALID_VALUE, path, text, path + " " + ModelText.quote(text)
                + " is not valid: expected " + ModelText.expectation(type), SourceLocations.of(object, attribute,
                        index));
    }

    private static NetworkProblem problem(NetworkRule rule, String path, String value, String message,
            Location location) {
        return new NetworkProblem(Severity.ERROR, rule, path, value, message,
                location == null ? 0 : location.line(), location == null ? 0 : location.column());
    }
}
