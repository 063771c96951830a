package dev.typewright.runtime.seam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewright.runtime.ApiRequest;
import dev.typewright.runtime.Poller;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Waits for a Seam action attempt (a lock, an unlock) as Seam's own SDKs do: polls
 * {@code /action_attempts/get} until its status is no longer {@code pending}, returning the
 * successful attempt or failing with {@link ActionAttemptFailedException}, or with
 * {@link ActionAttemptTimeoutException} when the time allowed runs out. Unless the client or the
 * call says otherwise, it waits up to 10 s and asks once a second, as {@code @seamapi/http} does.
 */
public final class ActionAttemptPoller implements Poller {
    static final String GET_PATH = "/action_attempts/get";
    static final String KEY = "action_attempt";

    /** The poller {@code SeamPolicies} installs; a builder can install a configured copy of its own. */
    public ActionAttemptPoller() {}

    @Override
    public Duration defaultTimeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public Duration defaultInterval() {
        return Duration.ofSeconds(1);
    }

    @Override
    public CompletableFuture<JsonNode> await(JsonNode started, Polling polling) {
        return await(started, polling, Instant.now().plus(polling.timeout()));
    }

    private CompletableFuture<JsonNode> await(JsonNode attempt, Polling polling, Instant deadline) {
        String status = attempt.path("status").asText();
        String id = attempt.path("action_attempt_id").asText(null);
        if ("success".equals(status) || id == null) {
            return CompletableFuture.completedFuture(attempt);
        }
        if ("error".equals(status)) {
            JsonNode error = attempt.path("error");
            return CompletableFuture.failedFuture(new ActionAttemptFailedException(
                    id, error.path("type").asText(null), error.path("message").asText(null), attempt));
        }
        if (!"pending".equals(status)) {
            return CompletableFuture.completedFuture(attempt);
        }
        if (Instant.now().plus(polling.interval()).isAfter(deadline)) {
            return CompletableFuture.failedFuture(new ActionAttemptTimeoutException(id, polling.timeout(), attempt));
        }
        ApiRequest poll =
                ApiRequest.post(GET_PATH).body(Map.of("action_attempt_id", id)).responseKey(KEY);
        return polling.after(polling.interval())
                .thenCompose(ignored -> polling.call(poll))
                .thenCompose(next -> await(next, polling, deadline));
    }
}
