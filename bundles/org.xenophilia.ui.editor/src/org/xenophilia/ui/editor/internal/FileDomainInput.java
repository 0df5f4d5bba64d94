package org.xenophilia.ui.editor.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A domain definition in a local {@code .xml} file. Equal by the file's absolute, normalised path.
 *
 * @param file the file
 */
public record FileDomainInput(Path file) implements IEditorInput {

    /** Normalises the path. */
    public FileDomainInput {
        file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return file.toFile().isFile();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }
}
