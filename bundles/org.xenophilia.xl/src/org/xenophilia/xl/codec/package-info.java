/**
 * Conversion between xl.cfg text and the Xenophilia domain model, and readers of the disk and vif spec strings of
 * xl-disk-configuration(5) and xl-network-configuration(5).
 *
 * <p>Start with {@link org.xenophilia.xl.codec.XlDomainCodec}.
 */
package org.xenophilia.xl.codec;
