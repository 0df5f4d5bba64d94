package org.xenophilia.agent.internal.api;

import java.io.InputStream;
import java.util.Map;

import org.xenophilia.agent.internal.auth.SessionRegistry.Session;
import org.xenophilia.xenapi.XenApiException;

/**
 * What the Agent does with a request whose body is a file, sent to a path of its own ({@code PUT /import_image}):
 * the body reaches it as a stream, never whole in memory. Registered in the {@link ApiRegistry} with its least role;
 * the {@link Dispatcher} checks the session the query names before it is called.
 */
@FunctionalInterface
public interface UploadHandler {

    /**
     * @param session the caller's session, its role checked
     * @param query the request's query parameters ({@code session_id} among them)
     * @param length the body's length as its {@code Content-Length} declares it
     * @param body the body, ending after {@code length} bytes; a read fails when the client stops sending
     * @return the answer's value (sent as JSON)
     * @throws XenApiException the refusal or failure to answer with
     */
    Object receive(Session session, Map<String, String> query, long length, InputStream body)
            throws XenApiException;
}
