package org.xenophilia.ui.editor.internal;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The message in the header of every form page of one domain editor, also on pages whose controls are made after it
 * was set: what a save did, why it was refused, what waits for the next boot. Details, if any, show when the pointer
 * rests on the message (the form heading's message list), so the header stays one line.
 */
final class EditorHeader {

    private final Supplier<Stream<IFormPage>> pages;
    private String message;
    private int type = IMessageProvider.NONE;
    private IMessage[] details;

    /** @param pages the editor's form pages, as they are when asked */
    EditorHeader(Supplier<Stream<IFormPage>> pages) {
        this.pages = pages;
    }

    /**
     * Shows a message on every form page.
     *
     * @param newMessage the message, or null to clear
     * @param newType an {@link IMessageProvider} type
     */
    void set(String newMessage, int newType) {
        set(newMessage, newType, List.of());
    }

    /**
     * Shows a message with details on every form page.
     *
     * @param newMessage the message, or null to clear
     * @param newType an {@link IMessageProvider} type
     * @param detailLines shown in the message's hover, of the message's type
     */
    void set(String newMessage, int newType, List<String> detailLines) {
        message = newMessage;
        type = newType;
        details = detailLines.isEmpty() ? null
                : detailLines.stream().map(d -> new Detail(d, newType)).toArray(IMessage[]::new);
        pages.get().filter(p -> p.getManagedForm() != null).forEach(p -> showOn(p.getManagedForm().getForm()));
    }

    /** @return the message set last, or null */
    String message() {
        return message;
    }

    /** @return the message set last, with its type */
    int type() {
        return type;
    }

    /** @param form a form page's form, just made: shows the current message on it */
    void showOn(ScrolledForm form) {
        form.setMessage(message, type, details);
    }

    /** {@return the message a form page's header shows, or null} */
    String shown() {
        return pages.get().filter(p -> p.getManagedForm() != null)
                .map(p -> p.getManagedForm().getForm().getMessage()).filter(m -> m != null).findFirst()
                .orElse(null);
    }

    /** One line of the hover. */
    private record Detail(String text, int severity) implements IMessage {
        @Override
        public String getMessage() {
            return text;
        }

        @Override
        public int getMessageType() {
            return severity;
        }

        @Override
        public Object getKey() {
            return this;
        }

        @Override
        public Object getData() {
            return null;
        }

        @Override
        public Control getControl() {
            return null;
        }

        @Override
        public String getPrefix() {
            return null;
        }
    }
}
