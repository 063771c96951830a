package dev.typewright.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Turns an answer outside 2xx into the exception the caller sees. An API whose errors have their
 * own envelope supplies its own decoder; the families ({@link NotFoundException},
 * {@link RateLimitedException}, ...) come from {@link #exception}.
 */
@FunctionalInterface
public interface ErrorDecoder {
    /**
     * @param status the HTTP status, never 2xx
     * @param body the body as received, possibly empty or not JSON at all
     * @param requestId the id the server gave the request, or null
     */
    ApiException decode(int status, HttpHeaders headers, byte[] body, String requestId);

    /**
     * Reads the common shapes: an object, or one under {@code error}, whose {@code type} or
     * {@code code} is the error type and whose {@code message}, {@code detail} or {@code title}
     * is the message (RFC 9457 problem details included).
     */
    static ErrorDecoder standard() {
        return (status, headers, body, requestId) -> {
            JsonNode error = errorObject(body);
            return exception(
                    status,
                    firstText(error, "type", "code"),
                    firstText(error, "message", "detail", "title"),
                    requestId,
                    headers,
                    new String(body, StandardCharsets.UTF_8),
                    null);
        };
    }

    /**
     * The body's JSON object, or the object under its {@code error} field; null when the body is
     * not a JSON object (a proxy's HTML page, a cut-off body).
     */
    static JsonNode errorObject(byte[] body) {
        try {
            JsonNode root = Json.mapper().readTree(body);
            JsonNode error = root != null && root.path("error").isObject() ? root.get("error") : root;
            return error != null && error.isObject() ? error : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The first of {@code fields} that holds text, or null. */
    static String firstText(JsonNode object, String... fields) {
        if (object == null) {
            return null;
        }
        for (String field : fields) {
            JsonNode value = object.get(field);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    /**
     * The exception of the status's family; with {@code validationErrors} a 400 is an
     * {@link InvalidInputException}.
     */
    static ApiException exception(
            int status,
            String type,
            String message,
            String requestId,
            HttpHeaders headers,
            String raw,
            Map<String, List<String>> validationErrors) {
        if (status == 400 && validationErrors != null) {
            return new InvalidInputException(type, message, requestId, headers, raw, validationErrors);
        }
        return switch (status) {
            case 400 -> new BadRequestException(status, type, message, requestId, headers, raw);
            case 401 -> new UnauthorizedException(status, type, message, requestId, headers, raw);
            case 403 -> new ForbiddenException(status, type, message, requestId, headers, raw);
            case 404 -> new NotFoundException(status, type, message, requestId, headers, raw);
            case 409 -> new ConflictException(status, type, message, requestId, headers, raw);
            case 429 -> new RateLimitedException(status, type, message, requestId, headers, raw);
            default ->
                status >= 500
                        ? new ServerException(status, type, message, requestId, headers, raw)
                        : new UnexpectedStatusException(status, type, message, requestId, headers, raw);
        };
    }
}
