/**
 * Readers of what the {@code xl} command prints: {@code xl list} (also {@code -v}, {@code -n}), {@code xl list -l}
 * (JSON), {@code xl info} (also {@code -n}), and a classifier of xl's error reports.
 *
 * <p>All readers are checked against captures of a real Xen 4.17.
 */
package org.xenophilia.xl.output;
