package org.xenophilia.core.image;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * One node's catalog as it answered at one instant: its images by name and version, and what went wrong reading its
 * sources (a catalog that could not be fetched, an entry refused), in the node's words. Images are not objects of the
 * node's event stream, so the Workbench reads them ({@link ImageJobs#read}) when a node connects and on request.
 * Immutable.
 *
 * @param images the images, by name, then version
 * @param problems the sources' problems, in the node's words
 */
public record NodeImages(List<ImageInfo> images, List<String> problems) {

    private static final NodeImages EMPTY = new NodeImages(List.of(), List.of());

    /** Sorts and makes the lists immutable. */
    public NodeImages {
        List<ImageInfo> sorted = new ArrayList<>(images);
        sorted.sort(Comparator.comparing(ImageInfo::name).thenComparing(ImageInfo::version).thenComparing(
                ImageInfo::source));
        images = List.copyOf(sorted);
        problems = List.copyOf(problems);
    }

    /** @return a node without images, or not read yet */
    public static NodeImages empty() {
        return EMPTY;
    }

    /**
     * Reads a node's catalog: {@code Xenophilia.image.get_all} (or {@code refresh}, every source read again) and
     * {@code Xenophilia.image.get_source_problems}.
     *
     * @param c a logged-in client
     * @param refresh whether the node reads its sources again first
     * @return what the node answered
     * @throws XenApiException if the node refuses
     * @throws IOException if it cannot be reached
     */
    static NodeImages read(XenApiClient c, boolean refresh) throws XenApiException, IOException {
        List<ImageInfo> images = new ArrayList<>();
        Object all = c.callWithSession(refresh ? "Xenophilia.image.refresh" : "Xenophilia.image.get_all");
        for (Object record : WireValues.asList(all)) {
            images.add(ImageInfo.fromRecord(WireValues.asMap(record)));
        }
        List<String> problems = new ArrayList<>();
        for (Object p : WireValues.asList(c.callWithSession("Xenophilia.image.get_source_problems"))) {
            problems.add(String.valueOf(p));
        }
        return new NodeImages(images, problems);
    }

    /**
     * @param id an image's id, {@code NAME:VERSION}
     * @return that image
     */
    public Optional<ImageInfo> image(String id) {
        return images.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
