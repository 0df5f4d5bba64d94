package org.xenophilia.agent.internal.api;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.xenophilia.xenapi.Ref;

/**
 * The references of the objects of one class, by uuid: minted the first time an object is seen, then the same for
 * the life of the server.
 */
public final class ObjectRefs {

    private final Map<String, Ref> byUuid = new ConcurrentHashMap<>();
    private final Map<Ref, String> uuids = new ConcurrentHashMap<>();

    /**
     * @param uuid an object's uuid
     * @return its reference
     */
    public Ref ref(String uuid) {
        return byUuid.computeIfAbsent(uuid, u -> {
            Ref r = Ref.random();
            uuids.put(r, u);
            return r;
        });
    }

    /**
     * @param ref a reference as sent by a client
     * @return the uuid it was minted for, if any
     */
    public Optional<String> uuid(Ref ref) {
        return Optional.ofNullable(uuids.get(ref));
    }
}
