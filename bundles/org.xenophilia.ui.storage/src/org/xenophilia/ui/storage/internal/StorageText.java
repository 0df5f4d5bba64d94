package org.xenophilia.ui.storage.internal;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.core.storage.NodeStorage;

/** The words and figures of storage, in one place so that the view, the wizards and the properties say the same. */
public final class StorageText {

    private StorageText() {
    }

    /**
     * @param bytes a size
     * @return it as the Workbench shows sizes ({@link ByteSizes#format}): {@code 64 MiB}, {@code 1.5 GiB}
     */
    public static String size(long bytes) {
        return ByteSizes.format(bytes);
    }

    /**
     * @param text a size as typed ({@link ByteSizes#parse}): {@code 10G}, {@code 1.5 GiB}
     * @param defaultUnit the unit of a bare number, one of {@code K M G T P} or empty for bytes
     * @return the bytes, or empty if it is not a size
     */
    public static OptionalLong parseSize(String text, String defaultUnit) {
        return ByteSizes.parse(text, defaultUnit);
    }

    /**
     * @param uses the domains' disks on a volume
     * @return e.g. {@code web01 (xvda), db01 (xvdb)}
     */
    public static String uses(List<NodeStorage.Use> uses) {
        return uses.stream().map(u -> NLS.bind(Messages.StorageText_use, u.vmName(), u.device()))
                .collect(Collectors.joining(", "));
    }

    /**
     * @param repository a repository
     * @return its used, allocated and free space in words, e.g. {@code 2 GiB used, 3 GiB allocated, 8 GiB free}
     */
    public static String capacity(NodeStorage.Repository repository) {
        var sr = repository.sr();
        if (sr.physicalSize() <= 0) {
            return NLS.bind(Messages.StorageText_allocatedOnly, size(sr.virtualAllocation()));
        }
        return NLS.bind(Messages.StorageText_capacity, new Object[] {size(sr.physicalUtilisation()),
            size(sr.virtualAllocation()), size(sr.free())});
    }
}
