/**
 * The {@code xl-convert} command-line tool, {@link org.xenophilia.xl.cli.XlConvert}.
 */
package org.xenophilia.xl.cli;
