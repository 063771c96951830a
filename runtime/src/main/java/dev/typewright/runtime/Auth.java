package dev.typewright.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Credentials as the headers that carry them.
 *
 * <p>Values are secrets: {@link #toString()} names the headers but never shows a value.
 */
public final class Auth {
    private static final Auth NONE = new Auth(Map.of(), null);

    private final Map<String, String> headers;
    /** Makes the call that gives the credentials the client sends; null when these are they. */
    private final Function<ClientCore, Auth> obtain;

    private Auth(Map<String, String> headers, Function<ClientCore, Auth> obtain) {
        this.headers = headers;
        this.obtain = obtain;
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
        return new Auth(Collections.unmodifiableMap(headers), null);
    }

    /**
     * Credentials got with a call when the client is built: {@code first} authenticates the call
     * that {@code obtain} makes through the client, and the credentials it returns are the ones
     * every later call sends (a key exchanged for a session token, say). A failed exchange fails
     * {@code build()}.
     */
    public static Auth obtainedWith(Auth first, Function<ClientCore, Auth> obtain) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(obtain, "obtain");
        return new Auth(first.headers, obtain);
    }

    /** These credentials and the other's, sent together; the other's win on a shared header. */
    public Auth and(Auth other) {
        Objects.requireNonNull(other, "other");
        if (obtain != null || other.obtain != null) {
            throw new IllegalArgumentException("credentials obtained with a call cannot be combined with others");
        }
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(other.headers);
        return new Auth(Collections.unmodifiableMap(merged), null);
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The credentials the client sends, got through {@code bootstrap} when they must be obtained. */
    Auth resolve(ClientCore bootstrap) {
        if (obtain == null) {
            return this;
        }
        Auth obtained = Objects.requireNonNull(obtain.apply(bootstrap), "obtained credentials");
        return obtained.resolve(bootstrap);
    }

    @Override
    public String toString() {
        return "Auth" + headers.keySet();
    }
}
