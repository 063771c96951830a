package dev.typewright.runtime;

import java.util.Optional;

/** A 2xx answer whose body is not what the operation promises: not JSON, truncated, wrong shape. */
public final class InvalidResponseException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String requestId;

    public InvalidResponseException(String message, int statusCode, String requestId, Throwable cause) {
        super(message + " (HTTP " + statusCode + (requestId == null ? "" : ", request " + requestId) + ")", cause);
        this.statusCode = statusCode;
        this.requestId = requestId;
    }

    public int statusCode() {
        return statusCode;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
