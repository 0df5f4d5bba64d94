package org.xenophilia.ui.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xenophilia.ui.storage.StorageTypePage;
import org.xenophilia.ui.storage.internal.registry.BackendTypeDescriptor;
import org.xenophilia.ui.storage.internal.registry.BackendTypeRegistry;
import org.xenophilia.ui.storage.internal.types.FileTypePage;

/**
 * The extension point's registry over the running Workbench's contributions, among them this test bundle's broken
 * ones (plugin.xml): a type contributed twice, one without a type, a page class that is missing and one whose
 * constructor throws. Each is logged and skipped, and the others, the {@code file} type's page among them, work.
 */
public class BackendTypeRegistryTest {

    private final List<IStatus> logged = new ArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        synchronized (logged) {
            logged.add(status);
        }
    };

    @BeforeEach
    void listen() {
        Platform.addLogListener(listener);
    }

    @AfterEach
    void stopListening() {
        Platform.removeLogListener(listener);
    }

    private boolean loggedError(String... words) {
        synchronized (logged) {
            return logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && List.of(words).stream()
                    .allMatch(w -> s.getMessage().contains(w)));
        }
    }

    @Test
    public void brokenContributionsAreLoggedAndSkippedWhileTheOthersWork() {
        BackendTypeRegistry registry = new BackendTypeRegistry(Platform.getExtensionRegistry());

        assertEquals("Twice store, first", registry.descriptor("twice-store").orElseThrow().label(),
                "the first contribution of a type wins");
        assertTrue(loggedError("twice-store", "org.xenophilia.ui.storage.tests", "contributes it already"),
                "" + logged);
        assertTrue(loggedError("attribute 'type' is missing", "org.xenophilia.ui.storage.tests"), "" + logged);

        BackendTypeDescriptor missing = registry.descriptor(ThirdPartyTypes.BROKEN).orElseThrow();
        assertFalse(missing.broken(), "nothing is made before it is needed");
        assertEquals(Optional.empty(), missing.createPage());
        assertTrue(missing.broken());
        assertTrue(loggedError("broken-store", "org.xenophilia.ui.storage.tests.NoSuchPage"), "" + logged);

        assertEquals(Optional.empty(), registry.descriptor("throwing-store").orElseThrow().createPage());
        assertTrue(loggedError("throwing-store", "this page cannot be made"), "" + logged);

        BackendTypeDescriptor file = registry.descriptor("file").orElseThrow();
        assertEquals("Directory (file)", file.label());
        assertTrue(file.icon().isPresent());
        Optional<StorageTypePage> page = file.createPage();
        assertTrue(page.orElseThrow() instanceof FileTypePage, "" + page);
        assertTrue(file.createPage().orElseThrow() != page.get(), "one page per wizard");
    }
}
