package dev.typewright.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;

/** What the generated union interfaces and their unknown variants share. */
public final class Unions {
    private Unions() {}

    /**
     * A property of a variant this client does not know, read as the type every known variant
     * gives it; null when the JSON leaves it out.
     *
     * @throws IllegalArgumentException when the property holds a value of another type
     */
    public static <T> T field(JsonNode json, String name, Class<T> type) {
        JsonNode value = json.get(name);
        return value == null ? null : read(value, Json.mapper().constructType(type));
    }

    /** As {@link #field(JsonNode, String, Class)}, for generic types such as {@code List<Device>}. */
    public static <T> T field(JsonNode json, String name, TypeReference<T> type) {
        JsonNode value = json.get(name);
        return value == null ? null : read(value, Json.mapper().constructType(type));
    }

    private static <T> T read(JsonNode value, JavaType type) {
        try {
            return Json.mapper().treeToValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The value as the variant asked for.
     *
     * @throws IllegalStateException naming both variants when the value is another one
     */
    public static <V> V as(Object value, Class<V> variant) {
        if (variant.isInstance(value)) {
            return variant.cast(value);
        }
        throw new IllegalStateException(
                "this is a " + value.getClass().getSimpleName() + ", not a " + variant.getSimpleName());
    }
}
