package dev.typewright.runtime.seam;

import dev.typewright.runtime.ClientException;
import java.time.Duration;

/** An action attempt was still pending when the time allowed for waiting ran out. */
public final class ActionAttemptTimeoutException extends ClientException {
    private static final long serialVersionUID = 1L;
    private final String actionAttemptId;

    public ActionAttemptTimeoutException(String actionAttemptId, Duration waited) {
        super("action attempt " + actionAttemptId + " still pending after " + waited.toMillis() + " ms", null);
        this.actionAttemptId = actionAttemptId;
    }

    public String actionAttemptId() {
        return actionAttemptId;
    }
}
