package dev.typewright.runtime.seam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewright.runtime.ClientException;
import dev.typewright.runtime.Json;
import java.time.Duration;

/** An action attempt was still pending when the time allowed for waiting ran out. */
public final class ActionAttemptTimeoutException extends ClientException {
    private static final long serialVersionUID = 1L;
    private final String actionAttemptId;
    private final transient JsonNode actionAttempt;

    public ActionAttemptTimeoutException(String actionAttemptId, Duration waited, JsonNode actionAttempt) {
        super("action attempt " + actionAttemptId + " still pending after " + waited.toMillis() + " ms", null);
        this.actionAttemptId = actionAttemptId;
        this.actionAttempt = actionAttempt;
    }

    public String actionAttemptId() {
        return actionAttemptId;
    }

    /**
     * The pending action attempt as the server last sent it; read it as the client's type with
     * {@link #actionAttempt(Class)}, or poll it again
     * with {@code actionAttempts().get(...)}.
     */
    public JsonNode actionAttempt() {
        return actionAttempt;
    }

    /** The action attempt as the client's own type, such as {@code e.actionAttempt(ActionAttempt.class)}. */
    public <T> T actionAttempt(Class<T> type) {
        return Json.fromTree(actionAttempt, type);
    }
}
