package dev.typewright.runtime;

import java.net.http.HttpHeaders;

/** 403 Forbidden: the credentials may not do this. */
public final class ForbiddenException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(
            int statusCode,
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody) {
        super(statusCode, errorType, errorMessage, requestId, headers, rawBody);
    }
}
