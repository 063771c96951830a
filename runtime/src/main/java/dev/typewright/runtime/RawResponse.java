package dev.typewright.runtime;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A successful call's value together with the response it was read from, as the clients'
 * {@code withRawResponse()} views return it.
 *
 * @param info the status, headers and request id of the response the value was read from (for a
 *     call that waits on a long-running operation, the last poll's)
 * @param value the parsed value; null for a call whose response carries nothing
 */
public record RawResponse<T>(ResponseInfo info, T value) {
    public int statusCode() {
        return info.statusCode();
    }

    public HttpHeaders headers() {
        return info.headers();
    }

    /** The id the server gave the request, for support tickets and logs. */
    public Optional<String> requestId() {
        return info.requestId();
    }
}
