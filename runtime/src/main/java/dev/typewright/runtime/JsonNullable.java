package dev.typewright.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A field that is optional and may also be null, where the difference matters: left out of the
 * JSON ({@link #absent()}), sent as {@code null} ({@link #ofNull()}), or holding a value.
 *
 * <p>An update request uses it to clear a field with an explicit {@code null} while leaving the
 * fields it does not mention alone; a response keeps which of the three the server sent, so a
 * model written back out is the JSON it was read from.
 */
@JsonSerialize(using = JsonNullable.Serializer.class)
@JsonDeserialize(using = JsonNullable.Deserializer.class)
public final class JsonNullable<T> {
    private static final JsonNullable<?> ABSENT = new JsonNullable<>(false, null);
    private static final JsonNullable<?> NULL = new JsonNullable<>(true, null);

    private final boolean present;
    private final T value;

    private JsonNullable(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    /** Not in the JSON at all. */
    @SuppressWarnings("unchecked")
    public static <T> JsonNullable<T> absent() {
        return (JsonNullable<T>) ABSENT;
    }

    /** An explicit JSON {@code null}. */
    @SuppressWarnings("unchecked")
    public static <T> JsonNullable<T> ofNull() {
        return (JsonNullable<T>) NULL;
    }

    /** The value, or an explicit {@code null} when {@code value} is null. */
    public static <T> JsonNullable<T> of(T value) {
        return value == null ? ofNull() : new JsonNullable<>(true, value);
    }

    /** {@code field} itself, or {@link #absent()} when it is a Java null. */
    public static <T> JsonNullable<T> absentIfNull(JsonNullable<T> field) {
        return field == null ? absent() : field;
    }

    public boolean isAbsent() {
        return !present;
    }

    public boolean isNull() {
        return present && value == null;
    }

    /** Whether there is a value that is not null. */
    public boolean isPresent() {
        return value != null;
    }

    /** @throws NoSuchElementException when absent or null */
    public T get() {
        if (value == null) {
            throw new NoSuchElementException(present ? "the field is null" : "the field is absent");
        }
        return value;
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    /** The value, empty both when absent and when null. */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /** The same state with the value transformed; absent and null stay as they are. */
    public <U> JsonNullable<U> map(Function<? super T, ? extends U> f) {
        return value == null ? (present ? ofNull() : absent()) : of(f.apply(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonNullable<?> n && present == n.present && Objects.equals(value, n.value);
    }

    @Override
    public int hashCode() {
        return present ? Objects.hashCode(value) + 1 : 0;
    }

    @Override
    public String toString() {
        return !present ? "absent" : String.valueOf(value);
    }

    /** Writes the value or {@code null}; an absent field counts as empty and is left out. */
    static final class Serializer extends StdSerializer<JsonNullable<?>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Serializer() {
            super((Class) JsonNullable.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, JsonNullable<?> field) {
            return field == null || field.isAbsent();
        }

        @Override
        public void serialize(JsonNullable<?> field, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            if (field.value == null) {
                gen.writeNull();
            } else {
                provider.defaultSerializeValue(field.value, gen);
            }
        }
    }

    /** Reads {@code null} as {@link #ofNull()} and a missing field as {@link #absent()}. */
    static final class Deserializer extends JsonDeserializer<JsonNullable<?>> implements ContextualDeserializer {
        private final JavaType valueType;

        Deserializer() {
            this(null);
        }

        private Deserializer(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            return new Deserializer(type == null ? null : type.containedTypeOrUnknown(0));
        }

        @Override
        public JsonNullable<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (valueType == null) {
                return of(ctxt.readValue(p, Object.class));
            }
            return of(ctxt.readValue(p, valueType));
        }

        @Override
        public JsonNullable<?> getNullValue(DeserializationContext ctxt) {
            return ofNull();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return absent();
        }
    }
}
