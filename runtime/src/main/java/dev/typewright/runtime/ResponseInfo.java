package dev.typewright.runtime;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * What came back with a successful call besides its value: the status, the headers and the
 * request id; see {@link RequestOptions.Builder#onResponse}.
 *
 * @param attempts how many times the call was sent, retries included
 */
public record ResponseInfo(
        String method, String path, int statusCode, HttpHeaders headers, String requestIdOrNull, int attempts) {

    /** The id the server gave the request. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestIdOrNull);
    }
}
