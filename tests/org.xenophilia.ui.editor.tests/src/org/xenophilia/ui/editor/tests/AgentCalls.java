package org.xenophilia.ui.editor.tests;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * Calls to the test's Agent with a client of the test's own (admin, fingerprint pinned), on another thread: the UI
 * thread must make no XenAPI call, and it keeps dispatching while the test waits for the answer.
 */
final class AgentCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

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

    /** Asks and waits for the answer, dispatching the UI thread's events meanwhile. */
    static <T> T call(AgentNode agent, Call<T> call) {
        CompletableFuture<T> answer = async(agent, call);
        UiConditions.waitFor("the Agent's answer", TIMEOUT, answer::isDone);
        return answer.join();
    }
}
