package dev.typewright.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request's body in one of the forms OpenAPI describes: JSON, a form, multipart parts, or raw
 * text or bytes. Built up by {@link ApiRequest}; turned into bytes each time a request goes out, so
 * that a retry sends the same body again.
 */
final class RequestBody {
    private static final byte[] CRLF = {'\r', '\n'};

    enum Kind {
        JSON,
        FORM,
        MULTIPART,
        RAW
    }

    /** One multipart part: a field's value and the content type the spec gives it, if any. */
    record Part(String name, Object value, String contentType) {}

    /** What goes out: the {@code Content-Type} header's value and the bytes. */
    record Encoded(String contentType, HttpRequest.BodyPublisher publisher) {}

    private final Kind kind;
    private final String mediaType;
    private final Object value;
    private final List<Map.Entry<String, String>> pairs = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final String boundary;

    private RequestBody(Kind kind, String mediaType, Object value) {
        this.kind = kind;
        this.mediaType = mediaType;
        this.value = value;
        this.boundary = kind == Kind.MULTIPART
                ? "typewright-" + UUID.randomUUID().toString().replace("-", "")
                : null;
    }

    static RequestBody json(Object value, String mediaType) {
        return new RequestBody(Kind.JSON, mediaType, value);
    }

    static RequestBody form() {
        return new RequestBody(Kind.FORM, "application/x-www-form-urlencoded", null);
    }

    static RequestBody multipart() {
        return new RequestBody(Kind.MULTIPART, "multipart/form-data", null);
    }

    static RequestBody raw(Object value, String mediaType) {
        if (!(value instanceof String || value instanceof byte[] || value instanceof Upload)) {
            throw new IllegalArgumentException("a " + mediaType + " body is a String, byte[] or Upload, not "
                    + value.getClass().getName());
        }
        return new RequestBody(Kind.RAW, mediaType, value);
    }

    Kind kind() {
        return kind;
    }

    Object value() {
        return value;
    }

    void addPairs(List<Map.Entry<String, String>> more) {
        pairs.addAll(more);
    }

    void addPart(Part part) {
        parts.add(part);
    }

    /** Whether the body can be sent again: it holds no stream. */
    boolean isRepeatable() {
        if (value instanceof Upload upload) {
            return upload.isRepeatable();
        }
        for (Part part : parts) {
            if (part.value() instanceof Upload upload && !upload.isRepeatable()) {
                return false;
            }
            if (part.value() instanceof Collection<?> items) {
                for (Object item : items) {
                    if (item instanceof Upload upload && !upload.isRepeatable()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The body as it goes out, with the call's extra body fields ({@link RequestOptions}) added:
     * to a JSON object, as form pairs, or as parts.
     */
    Encoded encode(Map<String, Object> extra, String sendAs) {
        if (sendAs != null && !sendAs.equalsIgnoreCase(mediaType)) {
            return converted(extra, sendAs);
        }
        return switch (kind) {
            case JSON -> new Encoded(mediaType, HttpRequest.BodyPublishers.ofByteArray(json(extra)));
            case FORM -> {
                List<Map.Entry<String, String>> all = new ArrayList<>(pairs);
                extra.forEach((k, v) -> all.addAll(ParameterStyle.FORM.pairs(k, v, true)));
                StringBuilder text = new StringBuilder();
                for (Map.Entry<String, String> pair : all) {
                    if (!text.isEmpty()) {
                        text.append('&');
                    }
                    text.append(pair.getKey()).append('=').append(pair.getValue());
                }
                yield new Encoded(mediaType, HttpRequest.BodyPublishers.ofString(text.toString()));
            }
            case MULTIPART -> {
                List<Part> all = new ArrayList<>(parts);
                extra.forEach((k, v) -> all.add(new Part(k, v, null)));
                yield new Encoded(mediaType + "; boundary=" + boundary, multipartBody(all));
            }
            case RAW -> {
                if (value instanceof Upload upload) {
                    String type = upload.contentType() != null || mediaType.contains("*")
                            ? (upload.contentType() != null ? upload.contentType() : "application/octet-stream")
                            : mediaType;
                    yield new Encoded(type, upload.publisher());
                }
                byte[] bytes = value instanceof byte[] b ? b : ((String) value).getBytes(StandardCharsets.UTF_8);
                String type = mediaType.startsWith("text/") && !mediaType.contains("charset")
                        ? mediaType + "; charset=UTF-8"
                        : mediaType;
                yield new Encoded(type, HttpRequest.BodyPublishers.ofByteArray(bytes));
            }
        };
    }

    /** A JSON object body in another media type the API takes: see {@link RequestOptions.Builder#bodyMediaType}. */
    private Encoded converted(Map<String, Object> extra, String sendAs) {
        String type = sendAs.toLowerCase(java.util.Locale.ROOT);
        if (kind == Kind.JSON && type.contains("json")) {
            return new Encoded(sendAs, HttpRequest.BodyPublishers.ofByteArray(json(extra)));
        }
        JsonNode tree = kind == Kind.JSON ? Json.mapper().valueToTree(value) : null;
        if (!(tree instanceof ObjectNode object)
                || !(type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))) {
            throw new IllegalArgumentException("this call's " + mediaType + " body cannot be sent as " + sendAs
                    + ": only a JSON object body goes as another JSON type, a form or multipart parts");
        }
        RequestBody other = type.startsWith("multipart/") ? multipart() : form();
        object.properties().forEach(field -> {
            Object plain = Json.mapper().convertValue(field.getValue(), Object.class);
            if (other.kind == Kind.FORM) {
                other.addPairs(ParameterStyle.FORM.pairs(field.getKey(), plain, true));
            } else {
                other.addPart(new Part(field.getKey(), plain, null));
            }
        });
        return other.encode(extra, null);
    }

    private byte[] json(Map<String, Object> extra) {
        try {
            if (extra.isEmpty()) {
                return Json.mapper().writeValueAsBytes(value);
            }
            JsonNode tree = Json.mapper().valueToTree(value);
            if (tree instanceof ObjectNode object) {
                extra.forEach((k, v) -> object.set(k, Json.mapper().valueToTree(v)));
            }
            return Json.mapper().writeValueAsBytes(tree);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot serialize the request body", e);
        }
    }

    private HttpRequest.BodyPublisher multipartBody(List<Part> all) {
        List<HttpRequest.BodyPublisher> pieces = new ArrayList<>();
        for (Part part : all) {
            if (part.value() instanceof Collection<?> items) {
                for (Object item : items) {
                    addPart(pieces, part.name(), item, part.contentType());
                }
            } else if (part.value() != null) {
                addPart(pieces, part.name(), part.value(), part.contentType());
            }
        }
        pieces.add(bytes("--" + boundary + "--\r\n"));
        return HttpRequest.BodyPublishers.concat(pieces.toArray(HttpRequest.BodyPublisher[]::new));
    }

    /**
     * A part's headers and content, as OpenAPI sets them by default: a file as
     * {@code application/octet-stream} (or its own type), an object or array as JSON, anything else
     * as plain text; a content type the spec's {@code encoding} gives wins over the default.
     */
    private void addPart(List<HttpRequest.BodyPublisher> pieces, String name, Object value, String contentType) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
        head.append("Content-Disposition: form-data; name=\"")
                .append(quoted(name))
                .append('"');
        HttpRequest.BodyPublisher content;
        String type;
        if (value instanceof Upload upload) {
            String filename = upload.filename() != null ? upload.filename() : name;
            head.append("; filename=\"").append(quoted(filename)).append('"');
            type = upload.contentType() != null
                    ? upload.contentType()
                    : contentType != null && !contentType.contains("*") ? contentType : "application/octet-stream";
            content = upload.publisher();
        } else if (value instanceof byte[] raw) {
            type = contentType != null ? contentType : "application/octet-stream";
            content = HttpRequest.BodyPublishers.ofByteArray(raw);
        } else {
            JsonNode node = Json.mapper().valueToTree(value);
            boolean asJson = contentType != null ? contentType.contains("json") : node.isContainerNode();
            type = contentType != null ? contentType : asJson ? "application/json" : null;
            content = bytes(asJson ? node.toString() : node.asText());
        }
        head.append("\r\n");
        if (type != null) {
            head.append("Content-Type: ")
                    .append(Headers.requireValue("part content type", type))
                    .append("\r\n");
        }
        head.append("\r\n");
        pieces.add(bytes(head.toString()));
        pieces.add(content);
        pieces.add(HttpRequest.BodyPublishers.ofByteArray(CRLF));
    }

    /** A name inside a quoted header parameter, escaped as browsers escape form field names. */
    private static String quoted(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static HttpRequest.BodyPublisher bytes(String s) {
        return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
    }
}
