package dev.typewright.runtime;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * The server answered with a status outside 2xx; a subclass per family of statuses says which
 * ({@link NotFoundException}, {@link RateLimitedException}, ...).
 *
 * <p>It carries what a support ticket needs: the status, the API's error type and message, the
 * request id the server assigned, the response headers and the raw body.
 */
public abstract class ApiException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String errorType;
    private final String errorMessage;
    private final String requestId;
    private final transient HttpHeaders headers;
    private final String rawBody;

    protected ApiException(
            int statusCode,
            String errorType,
            String errorMessage,
            String requestId,
            HttpHeaders headers,
            String rawBody) {
        super(describe(statusCode, errorType, errorMessage, requestId), null);
        this.statusCode = statusCode;
        this.errorType = errorType;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.headers = headers;
        this.rawBody = rawBody;
    }

    private static String describe(int status, String type, String message, String requestId) {
        StringBuilder s = new StringBuilder("HTTP ").append(status);
        if (type != null) {
            s.append(' ').append(type);
        }
        if (message != null) {
            s.append(": ").append(message);
        }
        if (requestId != null) {
            s.append(" (request ").append(requestId).append(')');
        }
        return s.toString();
    }

    public int statusCode() {
        return statusCode;
    }

    /** The API's machine-readable error type, such as {@code client_session_not_found}. */
    public Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }

    /** The API's human-readable message. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** The id the server gave this request; quote it to the API's support. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The body as received, which may not be JSON at all (a proxy's HTML page). */
    public String rawBody() {
        return rawBody;
    }
}
