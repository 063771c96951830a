package dev.typewright.runtime;

import java.net.http.HttpHeaders;

/** 409 Conflict: the request clashes with the resource's current state. Retried by default. */
public final class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ConflictException(
            int statusCode,
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody) {
        super(statusCode, errorType, errorMessage, requestId, headers, rawBody);
    }
}
