package org.xenophilia.xl.codec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.xenophilia.domain.Domain;
import org.xenophilia.xl.cfg.XlConfig;
import org.xenophilia.xl.cfg.XlPosition;
import org.xenophilia.xl.internal.codec.ModelPaths;

/**
 * The result of reading xl.cfg into the domain model.
 *
 * @param domain   the domain (not validated: check it with the model's validator)
 * @param warnings what the codec noticed, in file order
 * @param config   the parsed xl.cfg document the domain was read from
 */
public record XlDecodeResult(Domain domain, List<XlWarning> warnings, XlConfig config) {

    /**
     * Validates the components.
     *
     * @param domain see {@link #domain()}
     * @param warnings see {@link #warnings()}
     * @param config see {@link #config()}
     */
    public XlDecodeResult {
        Objects.requireNonNull(domain, "domain");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(config, "config");
    }

    /**
     * Finds where in the xl.cfg text a field of the domain came from, e.g. to show a validation problem at its line.
     *
     * @param modelPath a model path as the model's validator reports it, e.g. {@code memory}, {@code cpusSoft},
     *                  {@code vifs[0].bridge} or {@code xlKeys[2].key}
     * @return the position of the disk or vif spec string for {@code disks[i]} and {@code vifs[i]}, of the assignment
     *         kept as {@code xlKeys[i]}, otherwise of the key the field was read from; empty if the field did not come
     *         from the text
     */
    public Optional<XlPosition> locate(String modelPath) {
        return ModelPaths.locate(config, domain, modelPath);
    }

    /**
     * @param kind a kind of warning
     * @return the warnings of that kind
     */
    public List<XlWarning> warnings(XlWarning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }
}
