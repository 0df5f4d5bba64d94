package org.xenophilia.agent.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.xenophilia.agent.internal.auth.Role;

/**
 * The methods the Agent serves, by name. Only what is registered here can be called: there is no reflection over
 * classes. Lookup also accepts xapi's alias {@code Class_message} for {@code Class.message} (Python's
 * {@code XenAPI.py} calls {@code event_from}); class names may themselves contain underscores. The Agent's own
 * methods are named {@code Xenophilia.Class.message}; asynchronous variants {@code Async.Class.message}
 * ({@code host_metrics_get_record}), so every underscore is tried.
 */
public final class ApiRegistry {

    private final Map<String, ApiMethod> methods = new TreeMap<>();
    private final Map<String, Upload> uploads = new TreeMap<>();

    /**
     * A path of the Agent's own that takes a file as a request's body.
     *
     * @param path the HTTP path, e.g. {@code /import_image}
     * @param role the least role allowed
     * @param handler the code
     */
    public record Upload(String path, Role role, UploadHandler handler) {
    }

    /**
     * Registers a method that takes a session.
     *
     * @param name {@code Class.message}
     * @param role the least role allowed
     * @param implementation the code
     * @param parameterNames the parameters after {@code session_id}
     */
    public void register(String name, Role role, ApiMethod.Implementation implementation, String... parameterNames) {
        List<String> names = new ArrayList<>();
        names.add("session_id");
        names.addAll(List.of(parameterNames));
        add(new ApiMethod(name, List.copyOf(names), names.size(), role, implementation));
    }

    /**
     * Registers a method that takes no session.
     *
     * @param name {@code Class.message}
     * @param requiredParameters how many leading parameters are mandatory
     * @param implementation the code
     * @param parameterNames all parameters
     */
    public void registerWithoutSession(String name, int requiredParameters, ApiMethod.Implementation implementation,
            String... parameterNames) {
        add(new ApiMethod(name, List.of(parameterNames), requiredParameters, null, implementation));
    }

    private void add(ApiMethod m) {
        if (!m.name().matches("(Async\\.)?(Xenophilia\\.)?[A-Za-z][A-Za-z0-9_]*\\.[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a Class.message name: " + m.name());
        }
        if (methods.putIfAbsent(m.name(), m) != null) {
            throw new IllegalArgumentException("registered twice: " + m.name());
        }
    }

    /**
     * @param wireName the name as called: {@code Class.message} or {@code Class_message}
     * @return the method
     */
    public Optional<ApiMethod> lookup(String wireName) {
        ApiMethod m = methods.get(wireName);
        if (m != null || wireName.indexOf('.') >= 0) {
            return Optional.ofNullable(m);
        }
        for (int i = wireName.indexOf('_'); i > 0; i = wireName.indexOf('_', i + 1)) {
            m = methods.get(wireName.substring(0, i) + '.' + wireName.substring(i + 1));
            if (m != null) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Registers a path that takes a file as a request's body.
     *
     * @param path the HTTP path, {@code /} and a lower-case name
     * @param role the least role allowed
     * @param handler the code
     */
    public void registerUpload(String path, Role role, UploadHandler handler) {
        if (!path.matches("/[a-z][a-z_]*")) {
            throw new IllegalArgumentException("not an upload path: " + path);
        }
        if (uploads.putIfAbsent(path, new Upload(path, role, handler)) != null) {
            throw new IllegalArgumentException("registered twice: " + path);
        }
    }

    /**
     * @param path an HTTP path
     * @return the upload served there
     */
    public Optional<Upload> upload(String path) {
        return Optional.ofNullable(uploads.get(path));
    }

    /** @return every registered name, sorted */
    public List<String> names() {
        return List.copyOf(methods.keySet());
    }
}
