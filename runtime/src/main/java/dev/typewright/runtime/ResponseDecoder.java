package dev.typewright.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Reads a 2xx body as the operation's result type, binding only the response key's value. */
final class ResponseDecoder {
    private ResponseDecoder() {}

    @SuppressWarnings("unchecked") // The caller asked for byte[] or String, checked just before.
    static <T> T decode(HttpResponse<byte[]> response, String key, JavaType type, String requestId) {
        byte[] body = response.body();
        if (key == null && type.getRawClass() == byte[].class) {
            return (T) body;
        }
        String contentType = response.headers().firstValue("content-type").orElse("");
        if (key == null && type.getRawClass() == String.class && !contentType.contains("json")) {
            return (T) new String(body, charset(contentType));
        }
        ObjectMapper mapper = Json.mapper();
        try (JsonParser p = mapper.createParser(body)) {
            if (key == null) {
                if (body.length == 0) {
                    throw invalid(response, "the response body is empty", requestId, null);
                }
                return mapper.readValue(p, type);
            }
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(response, "expected a JSON object holding \"" + key + "\"", requestId, null);
            }
            // Streams past the envelope's other fields so only the wanted value is bound.
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (key.equals(name)) {
                    return mapper.readValue(p, type);
                }
                p.skipChildren();
            }
            throw invalid(response, "the response has no field \"" + key + "\"", requestId, null);
        } catch (IOException e) {
            throw invalid(response, "cannot read the response as " + type.getGenericSignature(), requestId, e);
        }
    }

    /** The charset a {@code Content-Type} names, UTF-8 when it names none or one this JVM lacks. */
    private static Charset charset(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").strip());
                } catch (IllegalArgumentException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static InvalidResponseException invalid(
            HttpResponse<byte[]> response, String message, String requestId, Throwable cause) {
        return new InvalidResponseException(message, response.statusCode(), requestId, cause);
    }
}
