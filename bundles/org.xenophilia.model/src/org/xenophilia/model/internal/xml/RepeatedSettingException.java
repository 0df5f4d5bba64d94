package org.xenophilia.model.internal.xml;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xenophilia.model.SourceLocation;

/** A single-valued setting was given a second time; the first one is kept. */
final class RepeatedSettingException extends XMIException {

    private static final long serialVersionUID = 1L;

    private final transient EObject object;
    private final transient EStructuralFeature feature;
    private final SourceLocation first;

    RepeatedSettingException(EObject object, EStructuralFeature feature, SourceLocation first, String location,
            int line, int column) {
        super(feature.getName() + " is given more than once", location, line, column);
        this.object = object;
        this.feature = feature;
        this.first = first;
    }

    EObject object() {
        return object;
    }

    EStructuralFeature feature() {
        return feature;
    }

    SourceLocation first() {
        return first;
    }
}
