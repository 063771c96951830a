package dev.typewright.runtime;

import java.net.http.HttpHeaders;

/** 404 Not Found: the resource (or the route) does not exist. */
public final class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(
            int statusCode,
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody) {
        super(statusCode, errorType, errorMessage, requestId, headers, rawBody);
    }
}
