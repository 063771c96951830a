package dev.typewright.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One call as a generated operation describes it: method, path template, parameters, body and the
 * key under which the response wraps its value.
 */
public final class ApiRequest {
    /** What RFC 3986 allows unencoded in a path: unreserved, sub-delims, ':', '@' and '/'. */
    private static final String PATH_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean longRunning;
    private boolean idempotent;
    private Object body;
    private String responseKey;

    private ApiRequest(String method, String pathTemplate) {
        this.method = Objects.requireNonNull(method, "method");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "path");
    }

    public static ApiRequest of(String method, String pathTemplate) {
        return new ApiRequest(method, pathTemplate);
    }

    public static ApiRequest post(String pathTemplate) {
        return of("POST", pathTemplate);
    }

    public static ApiRequest get(String pathTemplate) {
        return of("GET", pathTemplate);
    }

    /** Fills {@code {name}} in the path; the value is percent-encoded so it stays one segment. */
    public ApiRequest pathParam(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("path parameter " + name + " is required");
        }
        pathParams.put(name, String.valueOf(value));
        return this;
    }

    /** Adds a query parameter; null is left out and a collection repeats the name per element. */
    public ApiRequest query(String name, Object value) {
        if (value instanceof Collection<?> values) {
            for (Object v : values) {
                query(name, v);
            }
        } else if (value != null) {
            query.add(Map.entry(name, String.valueOf(value)));
        }
        return this;
    }

    /** Adds a header parameter; null is left out. */
    public ApiRequest header(String name, Object value) {
        if (value != null) {
            headers.put(Headers.requireName(name), Headers.requireValue(name, String.valueOf(value)));
        }
        return this;
    }

    /** The JSON body, serialized with {@link Json}. */
    public ApiRequest body(Object body) {
        this.body = body;
        return this;
    }

    /**
     * Marks a call that starts a long-running operation: unless told not to, the client waits
     * for it with its {@link Poller} and returns the finished value.
     */
    public ApiRequest longRunning() {
        this.longRunning = true;
        return this;
    }

    boolean isLongRunning() {
        return longRunning;
    }

    /**
     * Marks a call that can be repeated without harm although its method does not say so: a POST
     * that only reads, as an API that offers the same endpoint under GET has it.
     */
    public ApiRequest idempotent() {
        this.idempotent = true;
        return this;
    }

    /**
     * Whether sending the call twice does no more than sending it once: its method is GET, HEAD,
     * OPTIONS, PUT, DELETE or TRACE, or the call was marked {@link #idempotent()}.
     */
    public boolean isIdempotent() {
        return idempotent || IDEMPOTENT_METHODS.contains(method);
    }

    /** The field of the response object that holds the operation's result. */
    public ApiRequest responseKey(String responseKey) {
        this.responseKey = responseKey;
        return this;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    public Object body() {
        return body;
    }

    public String responseKey() {
        return responseKey;
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** The path with its parameters filled in and the query string appended. */
    String pathAndQuery() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pathTemplate.length()) {
            char c = pathTemplate.charAt(i);
            int close = c == '{' ? pathTemplate.indexOf('}', i) : -1;
            if (close < 0) {
                int cp = pathTemplate.codePointAt(i);
                appendLiteral(out, cp);
                i += Character.charCount(cp);
                continue;
            }
            String name = pathTemplate.substring(i + 1, close);
            String value = pathParams.get(name);
            if (value == null) {
                throw new IllegalArgumentException("path parameter " + name + " is required");
            }
            out.append(encode(value));
            i = close + 1;
        }
        for (int q = 0; q < query.size(); q++) {
            Map.Entry<String, String> e = query.get(q);
            out.append(q == 0 ? '?' : '&')
                    .append(encode(e.getKey()))
                    .append('=')
                    .append(encode(e.getValue()));
        }
        return out.toString();
    }

    /**
     * A character of the spec's path as written: kept where a path allows it, percent-encoded
     * where it does not (a route such as {@code /webhooks/[provider]} has brackets in it).
     */
    private static void appendLiteral(StringBuilder out, int cp) {
        if (cp < 128 && PATH_CHARS.indexOf(cp) >= 0) {
            out.append((char) cp);
        } else {
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
