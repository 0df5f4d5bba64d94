package org.xenophilia.network.host;

/**
 * The version of this API and the rule by which the Agent runs an implementation built against another: the same
 * major version and a minor version not above this one's (a minor version only adds). {@code MAJOR.MINOR} is the
 * exported package's version ({@code 1.0.0} is 1.0).
 */
public final class NetworkHostApi {

    /** The version of this API: {@code MAJOR.MINOR}. */
    public static final String VERSION = "1.2";

    private NetworkHostApi() {
    }

    /**
     * @param built the version an implementation was compiled against ({@link HostNetworkingType#apiVersion()})
     * @return whether this API runs it
     */
    public static boolean runs(String built) {
        int[] mine = parse(VERSION);
        int[] theirs = built == null ? null : parse(built);
        return theirs != null && theirs[0] == mine[0] && theirs[1] <= mine[1];
    }

    private static int[] parse(String v) {
        String[] parts = v.split("\\.", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,4}") || !parts[1].matches("[0-9]{1,4}")) {
            return null;
        }
        return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
    }
}
