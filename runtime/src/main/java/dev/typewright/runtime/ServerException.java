package dev.typewright.runtime;

import java.net.http.HttpHeaders;

/** 5xx: the server failed. Retried by default. */
public final class ServerException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ServerException(
            int statusCode,
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody) {
        super(statusCode, errorType, errorMessage, requestId, headers, rawBody);
    }
}
