package org.xenophilia.agent.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.xenophilia.files.AtomicFiles;


/**
 * The Agent's users: a text file (mode 0600), one user a line, {@code name:role:hash} (see {@link PasswordHash}),
 * {@code #} comments allowed. Written atomically by {@code xenophiliad user ...}; the running server notices a
 * changed file at the next login and reloads it, so users can be managed without a restart.
 */
public final class UserStore {

    /** The rules for a user name: 1-64 letters, digits, {@code _ . @ -}, not starting with a punctuation mark. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@-]{0,63}");

    /** A user as stored. */
    public record User(String name, Role role, String passwordHash) {
    }

    private final Path file;
    private Map<String, User> users = new TreeMap<>();
    /** Identity of the file read (inode, mtime, size): an atomic rewrite always changes the inode. */
    private String loadedVersion;

    private UserStore(Path file) {
        this.file = file;
    }

    /**
     * Opens a users file; a missing file means no users yet.
     *
     * @param file the users file
     * @return the store
     * @throws IOException if the file exists but cannot be read or parsed
     */
    public static UserStore open(Path file) throws IOException {
        UserStore s = new UserStore(file);
        s.reload();
        return s;
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    private synchronized void reload() throws IOException {
        List<String> lines;
        String version;
        try {
            version = version();
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            users = new TreeMap<>();
            loadedVersion = null;
            return;
        }
        Map<String, User> read = new TreeMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split(":", 3);
            if (f.length != 3 || !NAME.matcher(f[0]).matches() || !PasswordHash.isWellFormed(f[2])) {
                throw new IOException(file + ":" + n + ": expected name:role:hash");
            }
            Role role;
            try {
                role = Role.parse(f[1]);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + n + ": " + e.getMessage(), e);
            }
            read.put(f[0], new User(f[0], role, f[2]));
        }
        users = read;
        loadedVersion = version;
    }

    private String version() throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.fileKey() + "/" + a.lastModifiedTime() + "/" + a.size();
    }

    /** Reloads the file if it changed since it was read; keeps the old users if the new file is broken. */
    private synchronized void refresh() {
        try {
            if (!version().equals(loadedVersion)) {
                reload();
            }
        } catch (NoSuchFileException e) {
            users = new TreeMap<>();
            loadedVersion = null;
        } catch (IOException e) {
            System.Logger log = System.getLogger(UserStore.class.getName());
            log.log(System.Logger.Level.WARNING, "users file not reloaded, keeping the previous users: " + e);
        }
    }

    /**
     * Checks a user's password. Spends the same time for an unknown user as for a wrong password.
     *
     * @param name the user name
     * @param password the password
     * @return the user, if the name and password are right
     */
    public Optional<User> authenticate(String name, char[] password) {
        User u;
        synchronized (this) {
            refresh();
            u = users.get(name);
        }
        if (u == null) {
            PasswordHash.burn(password);
            return Optional.empty();
        }
        return PasswordHash.verify(password, u.passwordHash()) ? Optional.of(u) : Optional.empty();
    }

    /** @return the users, by name */
    public synchronized List<User> list() {
        refresh();
        return Collections.unmodifiableList(new ArrayList<>(users.values()));
    }

    /**
     * Adds a user and saves the file.
     *
     * @param name the name, matching {@link #NAME}
     * @param role the role
     * @param password the password, at least 8 characters
     * @param iterations PBKDF2 iterations (normally {@link PasswordHash#DEFAULT_ITERATIONS})
     * @throws IllegalArgumentException for a bad name or password, or an existing user
     * @throws IOException if the file cannot be written
     */
    public synchronized void add(String name, Role role, char[] password, int iterations) throws IOException {
        checkName(name);
        checkPassword(password);
        refresh();
        if (users.containsKey(name)) {
            throw new IllegalArgumentException("user '" + name + "' exists already");
        }
        Map<String, User> next = new TreeMap<>(users);
        next.put(name, new User(name, role, PasswordHash.hash(password, iterations)));
        save(next);
    }

    /**
     * Replaces a user's password (and optionally role) and saves the file.
     *
     * @param name an existing user
     * @param role the new role, or {@code null} to keep it
     * @param password the new password, at least 8 characters
     * @param iterations PBKDF2 iterations
     * @throws IllegalArgumentException for an unknown user or a bad password
     * @throws IOException if the file cannot be written
     */
    public synchronized void update(String name, Role role, char[] password, int iterations) throws IOException {
        checkPassword(password);
        refresh();
        User u = users.get(name);
        if (u == null) {
            throw new IllegalArgumentException("no user '" + name + "'");
        }
        Map<String, User> next = new TreeMap<>(users);
        next.put(name, new User(name, role == null ? u.role() : role, PasswordHash.hash(password, iterations)));
        save(next);
    }

    /**
     * Removes a user and saves the file.
     *
     * @param name an existing user
     * @throws IllegalArgumentException for an unknown user
     * @throws IOException if the file cannot be written
     */
    public synchronized void remove(String name) throws IOException {
        refresh();
        if (!users.containsKey(name)) {
            throw new IllegalArgumentException("no user '" + name + "'");
        }
        Map<String, User> next = new TreeMap<>(users);
        next.remove(name);
        save(next);
    }

    private void save(Map<String, User> next) throws IOException {
        StringBuilder sb = new StringBuilder("# xenophiliad users: name:role:hash (managed by 'xenophiliad user')\n");
        for (User u : next.values()) {
            sb.append(u.name()).append(':').append(u.role().id()).append(':').append(u.passwordHash()).append('\n');
        }
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.OWNER_ONLY);
        reload();
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid user name '" + name
                    + "': 1-64 letters, digits, '_', '.', '@' or '-', not starting with '.', '@' or '-'");
        }
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("the password must have at least 8 characters");
        }
    }
}
