package org.xenophilia.ui.editor.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * Simple XML colouring for the XML page: comments, processing instructions, tag names, attribute values. (The
 * text is small and always a domain definition: one rule-based scanner over the whole document is enough.)
 */
final class XmlSourceConfiguration extends TextSourceViewerConfiguration {

    private static final Color COMMENT = new Color(63, 127, 95);
    private static final Color TAG = new Color(63, 63, 191);
    private static final Color VALUE = new Color(42, 0, 255);
    private static final Color DECLARATION = new Color(128, 128, 128);

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(new XmlScanner());
        reconciler.setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    /** Tokens of XML text. */
    static final class XmlScanner extends RuleBasedScanner {
        XmlScanner() {
            IToken comment = new Token(new TextAttribute(COMMENT, null, SWT.ITALIC));
            IToken declaration = new Token(new TextAttribute(DECLARATION));
            IToken tag = new Token(new TextAttribute(TAG, null, SWT.BOLD));
            IToken value = new Token(new TextAttribute(VALUE));
            setRules(new IRule[] {
                new MultiLineRule("<!--", "-->", comment),
                new MultiLineRule("<?", "?>", declaration),
                new SingleLineRule("\"", "\"", value, '\\'),
                new SingleLineRule("'", "'", value, '\\'),
                new TagRule(tag)
            });
        }
    }

    /** {@code <name}, {@code </name}, {@code >} and {@code />}. */
    private static final class TagRule implements IRule {
        private final IToken token;

        TagRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int c = scanner.read();
            if (c == '>') {
                return token;
            }
            if (c == '/') {
                if (scanner.read() == '>') {
                    return token;
                }
                scanner.unread();
                scanner.unread();
                return Token.UNDEFINED;
            }
            if (c != '<') {
                scanner.unread();
                return Token.UNDEFINED;
            }
            int read = 1;
            c = scanner.read();
            read++;
            if (c == '/') {
                c = scanner.read();
                read++;
            }
            while (c != ICharacterScanner.EOF && (Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_'
                    || c == '.')) {
                c = scanner.read();
                read++;
            }
            scanner.unread();
            return read > 2 ? token : unreadAll(scanner, read - 1);
        }

        private static IToken unreadAll(ICharacterScanner scanner, int count) {
            for (int i = 0; i < count; i++) {
                scanner.unread();
            }
            return Token.UNDEFINED;
        }
    }
}
