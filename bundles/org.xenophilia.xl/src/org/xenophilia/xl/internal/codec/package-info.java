/** The decoder and encoder behind {@link org.xenophilia.xl.codec.XlDomainCodec}. Not API. */
package org.xenophilia.xl.internal.codec;
