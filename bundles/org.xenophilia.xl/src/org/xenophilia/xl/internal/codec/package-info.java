/**
 * The decoder and encoder behind {@link org.xenophilia.xl.codec.XlDomainCodec}, one pair per part of an xl.cfg file:
 * the top-level keys and the verbatim {@code xlKey}s ({@code DomainDecoder}, {@code DomainEncoder}), the disks, vifs
 * and display ({@code Disk*}, {@code Vif*}, {@code Display*}) and the {@code #xenophilia:} comments
 * ({@code Annotation*}). Keys and keywords are named as {@link org.xenophilia.model.XlCfgVocabulary} names them. Not
 * API.
 */
package org.xenophilia.xl.internal.codec;
