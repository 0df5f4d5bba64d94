package org.xenophilia.agent.internal.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.xenophilia.agent.internal.auth.LoginThrottle;
import org.xenophilia.agent.internal.auth.Role;
import org.xenophilia.agent.internal.auth.SessionRegistry;
import org.xenophilia.agent.internal.auth.SessionRegistry.Session;
import org.xenophilia.agent.internal.auth.UserStore;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * {@code session.*}: login with a password (rate-limited, see {@link LoginThrottle}), logout, and the session's own
 * record. A failed login always answers {@code SESSION_AUTHENTICATION_FAILED} with no parameters, whether the user
 * is unknown, the password wrong or the caller locked out, so nothing is learnt about which names exist.
 */
public final class SessionApi {

    /** At most this many slow password checks run at once, so a login flood cannot take every core. */
    private static final int CONCURRENT_CHECKS = 2;

    private final SessionRegistry sessions;
    private final UserStore users;
    private final LoginThrottle throttle;
    private final HostObjects host;
    private final Semaphore checks = new Semaphore(CONCURRENT_CHECKS, true);

    private SessionApi(SessionRegistry sessions, UserStore users, LoginThrottle throttle, HostObjects host) {
        this.sessions = sessions;
        this.users = users;
        this.throttle = throttle;
        this.host = host;
    }

    /**
     * @param registry where to register
     * @param sessions the live sessions
     * @param users the users
     * @param throttle the failed-login limiter
     * @param host the host objects
     */
    public static void register(ApiRegistry registry, SessionRegistry sessions, UserStore users,
            LoginThrottle throttle, HostObjects host) {
        SessionApi api = new SessionApi(sessions, users, throttle, host);
        registry.registerWithoutSession("session.login_with_password", 2, api::login, "uname", "pwd", "version",
                "originator");
        registry.register("session.logout", Role.READ_ONLY, api::logout);
        registry.register("session.get_this_host", Role.READ_ONLY, c -> host.hostRef(), "self");
        registry.register("session.get_this_user", Role.READ_ONLY, c -> Ref.NULL, "self");
        registry.register("session.get_uuid", Role.READ_ONLY, api::uuid, "self");
        registry.register("session.get_record", Role.READ_ONLY, api::record, "self");
        registry.register("session.get_subject_identifier", Role.READ_ONLY, c -> c.session().user(), "self");
        registry.register("session.get_rbac_permissions", Role.READ_ONLY, c -> List.of(c.session().role().id()),
                "self");
    }

    private Object login(Call c) throws XenApiException {
        String user = c.string(0);
        char[] password = c.string(1).toCharArray();
        String originator = c.size() > 3 ? c.string(3) : "";
        try {
            Optional<Duration> wait = throttle.lockout(user, c.clientAddress());
            if (wait.isPresent()) {
                throw ErrorCode.SESSION_AUTHENTICATION_FAILED.exception();
            }
            Optional<UserStore.User> u;
            checks.acquireUninterruptibly();
            try {
                u = users.authenticate(user, password);
            } finally {
                checks.release();
            }
            if (u.isEmpty()) {
                throttle.failed(user, c.clientAddress());
                throw ErrorCode.SESSION_AUTHENTICATION_FAILED.exception();
            }
            throttle.succeeded(user, c.clientAddress());
            return sessions.create(u.get().name(), u.get().role(), originator).ref();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private Object logout(Call c) {
        sessions.end(c.session().ref());
        return null;
    }

    private Object uuid(Call c) throws XenApiException {
        return own(c).uuid();
    }

    private Object record(Call c) throws XenApiException {
        Session s = own(c);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", s.uuid());
        r.put("this_host", host.hostRef());
        r.put("this_user", Ref.NULL);
        r.put("last_active", s.lastActive());
        r.put("pool", false);
        r.put("other_config", Map.of());
        r.put("is_local_superuser", s.role() == Role.ADMIN);
        r.put("subject", Ref.NULL);
        r.put("validation_time", s.created());
        r.put("auth_user_sid", "");
        r.put("auth_user_name", s.user());
        r.put("rbac_permissions", List.of(s.role().id()));
        r.put("tasks", List.of());
        r.put("parent", Ref.NULL);
        r.put("originator", s.originator());
        r.put("client_certificate", false);
        return r;
    }

    /** A session may only read its own record. */
    private static Session own(Call c) throws XenApiException {
        String self = c.string(1);
        if (!self.equals(c.session().ref().value())) {
            throw ErrorCode.HANDLE_INVALID.exception("session", self);
        }
        return c.session();
    }
}
