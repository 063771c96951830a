package dev.typewright.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Credentials as the headers that carry them.
 *
 * <p>Values are secrets: {@link #toString()} names the headers but never shows a value.
 */
public final class Auth {
    private static final Auth NONE = new Auth(Map.of());

    private final Map<String, String> headers;

    private Auth(Map<String, String> headers) {
        this.headers = headers;
    }

    /** No credentials at all. */
    public static Auth none() {
        return NONE;
    }

    /** {@code Authorization: Bearer <token>}. */
    public static Auth bearer(String token) {
        return header("Authorization", "Bearer " + Headers.requireValue("bearer token", token));
    }

    /** One header whose value is a credential, such as an API key header. */
    public static Auth header(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Headers.requireName(name), Headers.requireValue(name, value));
        return new Auth(Collections.unmodifiableMap(headers));
    }

    /** These credentials and the other's, sent together; the other's win on a shared header. */
    public Auth and(Auth other) {
        Objects.requireNonNull(other, "other");
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(other.headers);
        return new Auth(Collections.unmodifiableMap(merged));
    }

    Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "Auth" + headers.keySet();
    }
}
