package org.xenophilia.ui.editor.tests;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Calls to the test's Agent with a client of the test's own (admin, fingerprint pinned), on another thread: the UI
 * thread must make no XenAPI call, and it keeps dispatching while the test waits for the answer.
 */
final class AgentCalls {

    /** What to ask, on a logged-in client. */
    interface Call<T> {
        T run(XenApiClient client) throws Exception;
    }

    private AgentCalls() {
    }

    static <T> CompletableFuture<T> async(AgentNode agent, Call<T> call) {
        return CompletableFuture.supplyAsync(() -> {
            try (XenApiClient client = XenApiClient.builder(agent.uri()).pinnedFingerprint(agent.fingerprint())
                    .build()) {
                client.login(AgentNode.ADMIN, AgentNode.PASSWORD);
                return call.run(client);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }
}
