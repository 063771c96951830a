package dev.typewright.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Credentials and where they travel: headers, query parameters or cookies. A value may be fixed or
 * asked for on every request (a token that is refreshed elsewhere).
 *
 * <p>Values are secrets: {@link #toString()} names where they go but never shows a value.
 */
public final class Auth {
    private static final Auth NONE = new Auth(List.of(), null);

    private enum Where {
        HEADER,
        QUERY,
        COOKIE
    }

    /** One credential: where it goes, under which name, and how its value is got for a request. */
    private record Entry(Where where, String name, Supplier<String> value) {}

    private final List<Entry> entries;
    /** Makes the call that gives the credentials the client sends; null when these are they. */
    private final Function<ClientCore, Auth> obtain;

    private Auth(List<Entry> entries, Function<ClientCore, Auth> obtain) {
        this.entries = List.copyOf(entries);
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

    /**
     * {@code Authorization: Bearer <token>} with a token asked for on every request, so that one
     * refreshed elsewhere (an OAuth2 library, a vault) is always the current one.
     */
    public static Auth bearer(Supplier<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return new Auth(
                List.of(new Entry(
                        Where.HEADER,
                        "Authorization",
                        () -> "Bearer " + Headers.requireValue("bearer token", tokens.get()))),
                null);
    }

    /** {@code Authorization: Basic} with a user name and password, as HTTP basic authentication sends them. */
    public static Auth basic(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a basic-auth user name cannot contain ':'");
        }
        String pair = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return header("Authorization", "Basic " + pair);
    }

    /** One header whose value is a credential, such as an API key header. */
    public static Auth header(String name, String value) {
        String checked = Headers.requireValue(name, value);
        return new Auth(List.of(new Entry(Where.HEADER, Headers.requireName(name), () -> checked)), null);
    }

    /** A query parameter whose value is a credential, such as {@code ?api_key=...}. */
    public static Auth query(String name, String value) {
        String checked = Headers.requireValue(Objects.requireNonNull(name, "name"), value);
        return new Auth(List.of(new Entry(Where.QUERY, name, () -> checked)), null);
    }

    /** A cookie whose value is a credential, sent in the {@code Cookie} header. */
    public static Auth cookie(String name, String value) {
        String checked = Headers.requireValue(Objects.requireNonNull(name, "name"), value);
        if (name.isEmpty() || name.contains("=") || name.contains(";")) {
            throw new IllegalArgumentException("not a cookie name: " + name);
        }
        return new Auth(List.of(new Entry(Where.COOKIE, name, () -> checked)), null);
    }

    /**
     * OAuth2's client-credentials flow: when the client is built, and again shortly before each
     * token expires, it asks the token endpoint for a token with the client's id and secret (HTTP
     * basic, as RFC 6749 prefers) and sends it as a bearer token. Calls made while a token is
     * valid share it.
     *
     * @param tokenUrl the token endpoint; a relative URL is resolved against the client's endpoint
     * @param scopes the scopes to ask for, separated by spaces; empty for none
     */
    public static Auth clientCredentials(String tokenUrl, String scopes, String clientId, String clientSecret) {
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(scopes, "scopes");
        Headers.requireValue("client id", clientId);
        Headers.requireValue("client secret", clientSecret);
        return obtainedWith(NONE, core -> {
            TokenSource tokens = new TokenSource(core, tokenUrl, scopes, clientId, clientSecret);
            tokens.get();
            return bearer(tokens);
        });
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
        return new Auth(first.entries, obtain);
    }

    /** These credentials and the other's, sent together; the other's win on a shared name. */
    public Auth and(Auth other) {
        Objects.requireNonNull(other, "other");
        if (obtain != null || other.obtain != null) {
            throw new IllegalArgumentException("credentials obtained with a call cannot be combined with others");
        }
        List<Entry> merged = new ArrayList<>(entries);
        merged.removeIf(e -> other.entries.stream()
                .anyMatch(o -> o.where() == e.where() && o.name().equalsIgnoreCase(e.name())));
        merged.addAll(other.entries);
        return new Auth(merged, null);
    }

    /** The headers for one request, cookies as one {@code Cookie} header; values are asked for now. */
    Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        for (Entry e : entries) {
            if (e.where() == Where.HEADER) {
                headers.put(e.name(), e.value().get());
            } else if (e.where() == Where.COOKIE) {
                cookies.add(e.name() + "=" + e.value().get());
            }
        }
        if (!cookies.isEmpty()) {
            headers.put("Cookie", String.join("; ", cookies));
        }
        return headers;
    }

    /** The query parameters for one request, percent-encoded. */
    List<Map.Entry<String, String>> query() {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        for (Entry e : entries) {
            if (e.where() == Where.QUERY) {
                query.add(Map.entry(
                        ApiRequest.encode(e.name()), ApiRequest.encode(e.value().get())));
            }
        }
        return query;
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
        List<String> names = new ArrayList<>();
        entries.forEach(e -> names.add(
                e.where() == Where.HEADER
                        ? e.name()
                        : e.where().name().toLowerCase(java.util.Locale.ROOT) + " " + e.name()));
        return "Auth" + names;
    }
}
