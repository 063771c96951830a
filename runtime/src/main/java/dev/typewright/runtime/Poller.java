package dev.typewright.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits for a long-running operation: a call marked {@link ApiRequest#longRunning()} returns
 * what the server answered at once (an operation still running, say), and the poller asks again
 * until it is done, returning the finished value or failing.
 */
@FunctionalInterface
public interface Poller {
    /** Returns the first answer as it is: the API has no long-running operations to wait for. */
    Poller NONE = (started, polling) -> CompletableFuture.completedFuture(started);

    /** @param started the call's value as the server first returned it */
    CompletableFuture<JsonNode> await(JsonNode started, Polling polling);

    /** How long to wait in all when neither the client nor the call says (5 s unless the API's poller knows better). */
    default Duration defaultTimeout() {
        return Duration.ofSeconds(5);
    }

    /** How long to wait between two polls when neither the client nor the call says. */
    default Duration defaultInterval() {
        return Duration.ofMillis(500);
    }

    /** What a poller may use: the client's calls and the caller's polling settings. */
    interface Polling {
        /** Sends a call through the client (credentials, retries, errors) and returns its value. */
        CompletableFuture<JsonNode> call(ApiRequest request);

        /** How long to wait in all before giving up. */
        Duration timeout();

        /** How long to wait between two polls. */
        Duration interval();

        /** Completes after {@code delay}, without holding a thread. */
        CompletableFuture<Void> after(Duration delay);
    }
}
