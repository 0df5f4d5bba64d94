package org.xenophilia.core.image;

import java.util.Map;

import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.xenapi.WireValues;

/**
 * Where a deployment is, as its task's record says (docs/images.md, <i>The task</i>): its progress, its phase and the
 * bytes of the phase, in the words the Progress view shows ("Writing: 512 MiB of 2 GiB").
 *
 * @param progress the task's progress, 0 to 1
 * @param phase the phase's wire name ({@code writing}); empty before the first
 * @param bytesDone the phase's bytes done; negative when it counts none
 * @param bytesTotal the phase's bytes in all; negative when it counts none or does not know
 */
public record DeployStatus(double progress, String phase, long bytesDone, long bytesTotal) {

    /** The task's {@code other_config} keys. */
    static final String PHASE = "xenophilia:phase";
    static final String BYTES_DONE = "xenophilia:bytes_done";
    static final String BYTES_TOTAL = "xenophilia:bytes_total";

    /**
     * @param task a task's record
     * @return where its deployment is
     */
    static DeployStatus of(Map<String, Object> task) {
        Map<String, Object> config = WireValues.asMap(task.getOrDefault("other_config", Map.of()));
        double progress = task.get("progress") == null ? 0 : WireValues.asDouble(task.get("progress"));
        return new DeployStatus(Math.max(0, Math.min(1, progress)), String.valueOf(config.getOrDefault(PHASE, "")),
                number(config.get(BYTES_DONE)), number(config.get(BYTES_TOTAL)));
    }

    private static long number(Object v) {
        try {
            return v == null ? -1 : Long.parseLong(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @return the phase in words, with its bytes when it counts them: "Writing: 512 MiB of 2 GiB" */
    public String words() {
        String words = switch (phase) {
            case "" -> "Starting";
            case "checking" -> "Checking";
            case "downloading" -> "Downloading";
            case "verifying" -> "Verifying";
            case "creating-volume" -> "Creating the volume";
            case "writing" -> "Writing";
            case "making-filesystem" -> "Making the filesystem";
            case "growing-filesystem" -> "Growing the filesystem";
            case "defining" -> "Defining the domain";
            case "starting" -> "Starting the domain";
            default -> phase;
        };
        if (bytesDone < 0) {
            return words;
        }
        return words + ": " + ByteSizes.format(bytesDone) + (bytesTotal >= 0 ? " of " + ByteSizes.format(bytesTotal)
                : "");
    }
}
