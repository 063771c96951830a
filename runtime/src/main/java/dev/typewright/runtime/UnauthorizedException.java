package dev.typewright.runtime;

import java.net.http.HttpHeaders;

/** 401 Unauthorized: the credentials are missing, wrong or expired. */
public final class UnauthorizedException extends ApiException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(
            int statusCode,
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody) {
        super(statusCode, errorType, errorMessage, requestId, headers, rawBody);
    }
}
