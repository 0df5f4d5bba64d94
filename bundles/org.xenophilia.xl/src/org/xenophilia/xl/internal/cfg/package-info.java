/** The hand-written lexer and parser behind {@link org.xenophilia.xl.cfg.XlConfigParser}. Not API. */
package org.xenophilia.xl.internal.cfg;
