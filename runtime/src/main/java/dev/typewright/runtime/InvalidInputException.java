package dev.typewright.runtime;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * 400 naming the inputs it rejects: the server says which inputs are wrong and why in
 * {@link #validationErrors()}.
 */
public final class InvalidInputException extends BadRequestException {
    private static final long serialVersionUID = 1L;
    private final Map<String, List<String>> validationErrors;

    public InvalidInputException(
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody,
            Map<String, List<String>> validationErrors) {
        super(400, errorType, errorMessage, requestId, headers, rawBody);
        this.validationErrors = Map.copyOf(validationErrors);
    }

    /**
     * The messages for each input the server found wrong, keyed by its path ({@code device_id},
     * {@code settings.code}); the key {@code ""} holds messages about the request as a whole.
     */
    public Map<String, List<String>> validationErrors() {
        return validationErrors;
    }
}
