package org.xenophilia.storage;

/**
 * The version of this API, and the rule by which the Agent decides whether a backend built against another version
 * can run. A backend says which version it was compiled against by returning {@link #VERSION} from
 * {@link StorageBackendType#apiVersion()}: the constant is copied into the backend's class file when it is compiled,
 * so the Agent reads the version the backend was built for, not its own.
 * <p>
 * The version is {@code MAJOR.MINOR}, the same as the exported package's version ({@code 1.0.0} is API 1.0). A minor
 * version adds to the API without changing what exists (new types, new default methods, new constants); a major
 * version may change or remove. The Agent therefore runs a backend built for the same major version and a minor
 * version not above its own, and logs and skips any other: see {@code docs/storage-plugins.md}.
 */
public final class StorageApi {

    /** The version of this API: {@code MAJOR.MINOR}. */
    public static final String VERSION = "1.1";

    private StorageApi() {
    }

    /**
     * @param built the version a backend was compiled against ({@link StorageBackendType#apiVersion()})
     * @return whether this API runs it: the same major version, a minor version not above this one's
     */
    public static boolean runs(String built) {
        int[] mine = parse(VERSION);
        int[] theirs;
        try {
            theirs = parse(built);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return theirs[0] == mine[0] && theirs[1] <= mine[1];
    }

    private static int[] parse(String version) {
        if (version == null || !version.matches("\\d{1,4}\\.\\d{1,4}")) {
            throw new IllegalArgumentException("not a MAJOR.MINOR version: " + version);
        }
        String[] parts = version.split("\\.");
        return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
    }
}
