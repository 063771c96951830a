package dev.typewright.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration shared by every generated client.
 *
 * <p>It is tuned for forward compatibility: a newer server may add fields, so unknown properties
 * never fail a read, and date-times keep the offset the server sent instead of being shifted into
 * the JVM's zone.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(SentNulls.module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serializes a model (or any value) the way the client sends it. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot serialize " + value.getClass().getName(), e);
        }
    }

    /**
     * A value's JSON text, or null for null (an absent input): for a parameter the spec gives by
     * {@code content: application/json}, sent as that text.
     */
    public static String text(Object value) {
        return value == null ? null : toJson(value);
    }

    /** Reads JSON into a model type the way the client reads responses. */
    public static <T> T fromJson(String json, Class<T> type) {
        return fromJson(json, MAPPER.constructType(type));
    }

    /** Reads JSON into a generic type such as {@code List<Device>}. */
    public static <T> T fromJson(String json, TypeReference<T> type) {
        return fromJson(json, MAPPER.constructType(type));
    }

    static <T> T fromJson(String json, JavaType type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a JSON tree (a raw value an exception carries, say) into a model type. */
    public static <T> T fromTree(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type.getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Parses JSON text into a tree, for inspecting raw values. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
