package dev.typewright.runtime;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sees every attempt of every call, for logging, tracing or signing: {@link #beforeSend} may add
 * headers to the request about to go out (retries included), {@link #afterReceive} sees each
 * answer before the client judges it. Both run on the calling thread or the HTTP client's, so
 * they must be quick and thread-safe.
 */
public interface Interceptor {
    /** @param attempt 0 for the first attempt, then 1, 2, ... for retries */
    default void beforeSend(HttpRequest.Builder request, ApiRequest call, int attempt) {}

    default void afterReceive(HttpResponse<byte[]> response, ApiRequest call, int attempt) {}
}
