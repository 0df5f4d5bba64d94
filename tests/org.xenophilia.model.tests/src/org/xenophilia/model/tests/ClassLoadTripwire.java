package org.xenophilia.model.tests;

/**
 * Records in a system property that it was initialised. A document naming it in a {@code java://} namespace must
 * not make the loader initialise it (EMF's default loader would, through Class.forName).
 */
public final class ClassLoadTripwire {

    /** The system property set when this class is initialised. */
    public static final String PROPERTY = "xenophilia.test.tripwire";

    static {
        System.setProperty(PROPERTY, "fired");
    }

    /** Needed by EMF's lookup ({@code getField("eINSTANCE")}); never reached when loading is safe. */
    public static final Object eINSTANCE = null;

    private ClassLoadTripwire() {
    }
}
