/**
 * The {@code xenophilia-xlconv} command-line tool, {@link org.xenophilia.xl.cli.XlConvert}.
 */
package org.xenophilia.xl.cli;
