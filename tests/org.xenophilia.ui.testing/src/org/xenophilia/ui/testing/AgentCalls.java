package org.xenophilia.ui.testing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.xenapi.client.XenApiClient;

/**
 * A UI test's own calls to its Agent, as another administrator's tool would make them: a client of the test's own
 * (admin, fingerprint pinned) on another thread, while the UI thread keeps dispatching (it must make no XenAPI call,
 * and must not wait on the network).
 */
public final class AgentCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    /** What to ask, on a logged-in client. */
    public interface Call<T> {
        T run(XenApiClient client) throws Exception;
    }

    private AgentCalls() {
    }

    /** Asks on another thread; the answer completes the future. */
    public static <T> CompletableFuture<T> async(AgentNode agent, Call<T> call) {
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

    /** Asks and waits for the answer on the UI thread, dispatching its events meanwhile. */
    public static <T> T call(AgentNode agent, Call<T> call) {
        CompletableFuture<T> answer = async(agent, call);
        UiConditions.waitFor("the Agent's answer", TIMEOUT, answer::isDone);
        return answer.join();
    }
}
