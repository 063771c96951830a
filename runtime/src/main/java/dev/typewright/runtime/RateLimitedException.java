package dev.typewright.runtime;

import java.net.http.HttpHeaders;

/** 429 Too Many Requests: slow down; retried by default, honouring {@code Retry-After}. */
public final class RateLimitedException extends ApiException {
    private static final long serialVersionUID = 1L;

    public RateLimitedException(
            int statusCode,
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody) {
        super(statusCode, errorType, errorMessage, requestId, headers, rawBody);
    }
}
