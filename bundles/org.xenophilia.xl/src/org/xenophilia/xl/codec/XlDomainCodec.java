package org.xenophilia.xl.codec;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.Domain;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.internal.codec.DomainDecoder;
import org.xenophilia.xl.internal.codec.DomainEncoder;

/**
 * Converts between xl.cfg text and the domain model ({@link Domain}).
 *
 * <h2>Reading</h2>
 * Each key is read the way xl reads it: the last assignment wins, {@code +=} appends, numbers may be quoted or not
 * (C {@code strtol} syntax, so {@code 0x100} is hexadecimal and {@code 0100} octal), booleans are numbers (non-zero is
 * true). Disk specs follow xl-disk-configuration(5) (positional and {@code key=value} forms, deprecated prefixes such
 * as {@code phy:} and {@code file:}, {@code target=} last), vif specs xl-network-configuration(5). An HVM guest's
 * display comes from the top-level {@code vnc}/{@code sdl}/{@code keymap} keys, a PV or PVH guest's from {@code vfb}.
 *
 * <p>Nothing is dropped silently. Keys the model does not represent are kept as {@code xlKey} elements holding the
 * exact source text of the value (and whether {@code +=} was used); so are represented keys whose value the model
 * cannot hold (a list where xl wants a string, a non-numeric memory, a disk spec xl rejects). Spec keywords the model
 * does not represent ({@code discard}, {@code gatewaydev}, {@code vlan}, ...) are kept as {@code xlParam} elements.
 * Each case is reported as an {@link XlWarning} with its line. What xl itself ignores (an earlier assignment of a
 * repeated key, a deprecated {@code phy:} prefix) is not kept, and also reported.
 *
 * <h2>Writing</h2>
 * The output is canonical and deterministic: the represented keys in the schema's order, one per line, numbers
 * unquoted, strings double-quoted, booleans {@code 0}/{@code 1}, disk specs as {@code key=value} lists with
 * {@code target=} last; then, after a blank line, every {@code xlKey} unchanged. Reading the output gives an equal
 * model, and writing that model gives the same text.
 *
 * <h2>Xenophilia-only fields</h2>
 * The description, tags, storage volume references of disks and network references of vifs have no xl.cfg key.
 * They are written as annotation comments at the top, which xl ignores and this codec reads back:
 *
 * <pre>
 * #xenophilia: description = "Shop web server"
 * #xenophilia: tags = [ "web", "prod" ]
 * #xenophilia: disk.0.storage_backend = "lvm"
 * #xenophilia: disk.0.volume = "0f2b8a52-6c1e-4c39-9d0b-3b5d0f4a2a11/web01-root"
 * #xenophilia: vif.0.network = "lan"
 * </pre>
 *
 * (disks and vifs are numbered from 0 in list order; a volume is {@code <SR uuid>/<volume name>}). A volume or network
 * reference must be resolved to a target or bridge before the file is given to {@code xl create} (the Agent writes the
 * resolved target beside the annotation).
 */
public final class XlDomainCodec {

    private XlDomainCodec() {
    }

    /**
     * Reads xl.cfg text with the {@linkplain XlConfigParser#LENIENT lenient} parser.
     *
     * @param text       the xl.cfg text
     * @param sourceName the name used in messages, e.g. the file name
     * @return the domain (not validated) and the warnings
     * @throws XlSyntaxException if the text is not valid xl.cfg
     */
    public static XlDecodeResult decode(String text, String sourceName) throws XlSyntaxException {
        return decode(XlConfigParser.LENIENT.read(text, sourceName));
    }

    /**
     * Reads a parsed xl.cfg document.
     *
     * @param config the document
     * @return the domain (not validated) and the warnings
     */
    public static XlDecodeResult decode(XlConfig config) {
        return DomainDecoder.decode(config);
    }

    /**
     * Writes a domain as canonical xl.cfg text. The domain need not be valid (an incomplete domain gives an
     * incomplete file), but every value must be expressible in xl.cfg.
     *
     * @param domain the domain
     * @return the text, ending with a newline
     * @throws XlEncodeException if a value cannot be written (e.g. a comma inside a vif spec value, or an
     *                           {@code xlKey} whose text is not one xl.cfg value)
     */
    public static String encode(Domain domain) throws XlEncodeException {
        return DomainEncoder.encode(domain);
    }

    /**
     * Writes one disk as the DISKSPEC string {@link #encode} writes in the {@code disk} list, e.g. for
     * {@code xl block-attach <domain> <spec>}: {@code key=value} pairs, the {@code xlParam}s, {@code target=} last.
     * A disk that names a storage volume has no target in its spec until the volume is resolved.
     *
     * @param disk the disk
     * @return its spec, e.g. {@code format=raw,vdev=xvdb,access=rw,target=/srv/disks/web.raw}
     * @throws XlEncodeException if a value cannot be written in a spec (a comma inside a value, a target ending with
     *                           a comma, an {@code xlParam} that is not a keyword)
     */
    public static String diskSpec(Disk disk) throws XlEncodeException {
        return DomainEncoder.diskSpec(disk);
    }
}
