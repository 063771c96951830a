package dev.typewright.runtime;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    private final List<String> cookies = new ArrayList<>();
    private boolean longRunning;
    private boolean idempotent;
    private RequestBody body;
    private String responseKey;
    private String accept = "application/json";
    private List<String> credentials;
    private String server;

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
        return pathParam(name, value, "simple", false);
    }

    /**
     * Fills {@code {name}} in the path in an OpenAPI {@code style}: {@code simple} ({@code 3,4}),
     * {@code label} ({@code .3,4}) or {@code matrix} ({@code ;id=3,4}), exploded or not.
     */
    public ApiRequest pathParam(String name, Object value, String style, boolean explode) {
        return pathParam(name, value, style, explode, false);
    }

    /**
     * As {@link #pathParam(String, Object, String, boolean)}; with {@code allowReserved} the value
     * keeps RFC 3986's reserved characters, so that {@code a/b} fills the path as two segments.
     */
    public ApiRequest pathParam(String name, Object value, String style, boolean explode, boolean allowReserved) {
        if (value == null) {
            throw new IllegalArgumentException("path parameter " + name + " is required");
        }
        pathParams.put(name, ParameterStyle.path(name, value, style, explode, allowReserved));
        return this;
    }

    /**
     * Adds a query parameter in the default style: null is left out, a collection repeats the name
     * per element, and an object's fields become pairs of their own.
     */
    public ApiRequest query(String name, Object value) {
        return query(name, value, "form", true);
    }

    /** Adds a query parameter in an OpenAPI {@code style}, such as {@code deepObject}; null is left out. */
    public ApiRequest query(String name, Object value, String style, boolean explode) {
        query.addAll(ParameterStyle.of(style).pairs(name, value, explode));
        return this;
    }

    /**
     * As {@link #query(String, Object, String, boolean)}; with {@code allowReserved} the value keeps
     * RFC 3986's reserved characters ({@code :/?#[]@!$&'()*+,;=}) unencoded, as the spec asks.
     */
    public ApiRequest query(String name, Object value, String style, boolean explode, boolean allowReserved) {
        for (Map.Entry<String, String> pair : ParameterStyle.of(style).pairs(name, value, explode)) {
            query.add(allowReserved ? Map.entry(pair.getKey(), ParameterStyle.unreserved(pair.getValue())) : pair);
        }
        return this;
    }

    /** Adds a header parameter; null is left out and a collection is sent as {@code a,b}. */
    public ApiRequest header(String name, Object value) {
        return header(name, value, false);
    }

    /** Adds a header parameter; an exploded object is sent as {@code k=v,k=v}. */
    public ApiRequest header(String name, Object value, boolean explode) {
        if (value != null) {
            headers.put(Headers.requireName(name), Headers.requireValue(name, ParameterStyle.simple(value, explode)));
        }
        return this;
    }

    /** Adds a cookie parameter to the {@code Cookie} header; null is left out. */
    public ApiRequest cookie(String name, Object value) {
        for (Map.Entry<String, String> pair : ParameterStyle.FORM.pairs(name, value, true)) {
            cookies.add(pair.getKey() + "=" + pair.getValue());
        }
        return this;
    }

    /** The JSON body, serialized with {@link Json}. */
    public ApiRequest body(Object body) {
        return body(body, "application/json");
    }

    /**
     * The whole body in a media type: serialized with {@link Json} for a JSON type such as
     * {@code application/merge-patch+json}; else sent as it is, a {@code String} (as UTF-8), a
     * {@code byte[]} or an {@link Upload}. Null sends no body.
     */
    public ApiRequest body(Object body, String mediaType) {
        Objects.requireNonNull(mediaType, "mediaType");
        if (body == null) {
            this.body = null;
        } else if (mediaType.contains("json")) {
            this.body = RequestBody.json(body, mediaType);
        } else {
            this.body = RequestBody.raw(body, mediaType);
        }
        return this;
    }

    /**
     * Adds a field of an {@code application/x-www-form-urlencoded} body, in the default style (see
     * {@link #query(String, Object)}); null is left out.
     */
    public ApiRequest form(String name, Object value) {
        return form(name, value, "form", true);
    }

    /** Adds a field of a form body in an OpenAPI {@code style}; null is left out. */
    public ApiRequest form(String name, Object value, String style, boolean explode) {
        bodyOf(RequestBody.Kind.FORM).addPairs(ParameterStyle.of(style).pairs(name, value, explode));
        return this;
    }

    /**
     * Adds a part of a {@code multipart/form-data} body: an {@link Upload} or {@code byte[]} as a
     * file, an object or list as JSON, anything else as text; a collection of files or values is
     * one part per element. Null is left out.
     */
    public ApiRequest part(String name, Object value) {
        return part(name, value, null);
    }

    /** Adds a part with the content type the spec's {@code encoding} gives it. */
    public ApiRequest part(String name, Object value, String contentType) {
        bodyOf(RequestBody.Kind.MULTIPART).addPart(new RequestBody.Part(name, value, contentType));
        return this;
    }

    private RequestBody bodyOf(RequestBody.Kind kind) {
        if (body == null) {
            body = kind == RequestBody.Kind.FORM ? RequestBody.form() : RequestBody.multipart();
        } else if (body.kind() != kind) {
            throw new IllegalStateException("the request already has a " + body.kind() + " body");
        }
        return body;
    }

    /** Whether the request can be sent again: its body holds no stream. */
    public boolean isRepeatable() {
        return body == null || body.isRepeatable();
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
     * Sends the call to a server of its own (the spec names one for the operation or its path,
     * such as an uploads host) while the client uses the API's default endpoint; a client given
     * its own endpoint, a proxy or a test server, sends every call there.
     */
    public ApiRequest server(String url) {
        this.server = ClientCore.trimBase(URI.create(Objects.requireNonNull(url, "url")));
        return this;
    }

    String server() {
        return server;
    }

    /**
     * Whether sending the call twice does no more than sending it once: its method is GET, HEAD,
     * OPTIONS, PUT, DELETE or TRACE, or the call was marked {@link #idempotent()}.
     */
    public boolean isIdempotent() {
        return idempotent || IDEMPOTENT_METHODS.contains(method);
    }

    /**
     * The media type of the response, sent as {@code Accept}: JSON unless said otherwise. A result
     * read as {@code byte[]} is the body's bytes, one read as {@code String} from a non-JSON
     * response its text.
     */
    public ApiRequest accept(String mediaType) {
        this.accept = Headers.requireValue("accept", mediaType);
        return this;
    }

    public String accept() {
        return accept;
    }

    /**
     * The credentials this call takes, as the builder methods that set them, in the order the
     * spec prefers them: the call sends the first the client holds, and none when it holds none of
     * them (or none are named, for a call that needs none). A call that does not say sends the
     * client's first credentials.
     */
    public ApiRequest credentials(String... builderMethods) {
        this.credentials = List.of(builderMethods);
        return this;
    }

    /** What {@link #credentials(String...)} named, or null when the call does not say. */
    List<String> credentialMethods() {
        return credentials;
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

    /** The JSON or raw body's value; null for none, a form or multipart parts. */
    public Object body() {
        return body == null ? null : body.value();
    }

    /** The body as it goes out, with a call's extra body fields; null for none. */
    RequestBody.Encoded encodedBody(Map<String, Object> extra, String sendAs) {
        return body == null ? null : body.encode(extra, sendAs);
    }

    public String responseKey() {
        return responseKey;
    }

    /** The header parameters, with the cookie parameters as one {@code Cookie} header. */
    public Map<String, String> headers() {
        if (cookies.isEmpty()) {
            return Collections.unmodifiableMap(headers);
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Cookie", String.join("; ", cookies));
        return Collections.unmodifiableMap(all);
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
            out.append(value);
            i = close + 1;
        }
        for (int q = 0; q < query.size(); q++) {
            Map.Entry<String, String> e = query.get(q);
            out.append(q == 0 ? '?' : '&').append(e.getKey()).append('=').append(e.getValue());
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
