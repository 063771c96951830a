package dev.typewright.runtime;

import java.net.http.HttpHeaders;

/** 400 Bad Request other than invalid input: the request cannot be processed as sent. */
public class BadRequestException extends ApiException {
    private static final long serialVersionUID = 1L;

    protected BadRequestException(
            int statusCode,
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody) {
        super(statusCode, errorType, errorMessage, requestId, headers, rawBody);
    }
}
