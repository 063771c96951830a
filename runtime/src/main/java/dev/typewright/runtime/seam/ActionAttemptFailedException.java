package dev.typewright.runtime.seam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewright.runtime.ClientException;
import dev.typewright.runtime.Json;
import java.util.Optional;

/** An action attempt the client waited for ended in {@code error}. */
public final class ActionAttemptFailedException extends ClientException {
    private static final long serialVersionUID = 1L;
    private final String actionAttemptId;
    private final String errorType;
    private final transient JsonNode actionAttempt;

    public ActionAttemptFailedException(
            String actionAttemptId, String errorType, String errorMessage, JsonNode actionAttempt) {
        super(
                "action attempt " + actionAttemptId + " failed" + (errorType == null ? "" : ": " + errorType)
                        + (errorMessage == null ? "" : ": " + errorMessage),
                null);
        this.actionAttemptId = actionAttemptId;
        this.errorType = errorType;
        this.actionAttempt = actionAttempt;
    }

    public String actionAttemptId() {
        return actionAttemptId;
    }

    /** The error's type, such as {@code device_offline}. */
    public Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }

    /** The failed action attempt as the server last sent it. */
    public JsonNode actionAttempt() {
        return actionAttempt;
    }

    /** The action attempt as the client's own type, such as {@code e.actionAttempt(ActionAttempt.class)}. */
    public <T> T actionAttempt(Class<T> type) {
        return Json.fromTree(actionAttempt, type);
    }
}
