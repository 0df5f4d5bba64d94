package org.xenophilia.ui.internal.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Named values in categories, shown read-only in the Properties view. Values are read each time the view asks, so a
 * refresh of the page shows the node's current state, not the state at selection time.
 */
public final class ReadOnlyPropertySource implements IPropertySource {

    private final Map<String, Supplier<?>> values = new LinkedHashMap<>();
    private final List<IPropertyDescriptor> descriptors = new ArrayList<>();

    /**
     * @param category the group it is shown in
     * @param name the property's name
     * @param value reads its current value; {@code null} shows as empty
     * @return this
     */
    public ReadOnlyPropertySource add(String category, String name, Supplier<?> value) {
        String id = category + "/" + name;
        if (values.put(id, value) == null) {
            PropertyDescriptor d = new PropertyDescriptor(id, name);
            d.setCategory(category);
            descriptors.add(d);
        }
        return this;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Supplier<?> s = values.get(id);
        Object v = s == null ? null : s.get();
        return v == null ? "" : String.valueOf(v);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
    }
}
