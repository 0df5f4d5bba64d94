package org.xenophilia.model.internal.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xenophilia.model.SourceLocation;

/**
 * Remembers where an object and its feature values were in the XML text it was loaded from. Attached by the loader
 * to every object it creates; objects created later simply have none.
 */
public final class SourceLocations extends AdapterImpl {

    private SourceLocation element;
    private final Map<EStructuralFeature, List<SourceLocation>> features = new HashMap<>();

    private SourceLocations() {
    }

    /** {@return the locations of an object, an empty record attached first if it has none} */
    static SourceLocations demand(EObject object) {
        SourceLocations existing = find(object);
        if (existing != null) {
            return existing;
        }
        SourceLocations created = new SourceLocations();
        object.eAdapters().add(created);
        return created;
    }

    private static SourceLocations find(EObject object) {
        for (Object adapter : object.eAdapters()) {
            if (adapter instanceof SourceLocations locations) {
                return locations;
            }
        }
        return null;
    }

    /**
     * Returns where a feature value of an object was written, falling back to the object's own element.
     *
     * @param object a model object
     * @param feature one of its features, or null for the object itself
     * @param index position in a many-valued feature, or -1
     * @return the location, or null when the object was not loaded from XML (or added after loading)
     */
    public static SourceLocation of(EObject object, EStructuralFeature feature, int index) {
        SourceLocations locations = find(object);
        if (locations == null) {
            return null;
        }
        if (feature != null) {
            List<SourceLocation> values = locations.features.get(feature);
            if (values != null && !values.isEmpty()) {
                return values.get(index >= 0 && index < values.size() ? index : 0);
            }
        }
        return locations.element;
    }

    void setElement(SourceLocation location) {
        if (element == null) {
            element = location;
        }
    }

    /** Records one more value of a feature; returns how many values were recorded before. */
    int addFeatureValue(EStructuralFeature feature, SourceLocation location) {
        List<SourceLocation> values = features.computeIfAbsent(feature, key -> new ArrayList<>());
        values.add(location);
        return values.size() - 1;
    }

    /** {@return the first recorded location of a feature, or null} */
    SourceLocation firstOf(EStructuralFeature feature) {
        List<SourceLocation> values = features.get(feature);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == SourceLocations.class;
    }
}
