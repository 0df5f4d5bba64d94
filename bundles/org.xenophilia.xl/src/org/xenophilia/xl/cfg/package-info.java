/**
 * The xl.cfg(5) syntax layer: a parser that reads domain configuration files exactly as Xen's libxlu does, a document
 * of assignments with positions and original source text, and a writer.
 *
 * <p>Start with {@link org.xenophilia.xl.cfg.XlConfigParser}.
 */
package org.xenophilia.xl.cfg;
