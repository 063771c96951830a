package dev.typewright.runtime;

import java.net.http.HttpHeaders;

/** A status the other exceptions do not cover, such as a 3xx redirect or a 418. */
public final class UnexpectedStatusException extends ApiException {
    private static final long serialVersionUID = 1L;

    public UnexpectedStatusException(
            int statusCode,
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody) {
        super(statusCode, errorType, errorMessage, requestId, headers, rawBody);
    }
}
