package dev.typewright.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The base of generated enums. Unlike a Java {@code enum}, a value a newer server sends that this
 * client does not know still parses: it keeps its string, says {@link #isKnown()} false, and is
 * written back unchanged. {@link #known()} gives the Java {@code enum} to switch on, whose
 * {@code _UNKNOWN} constant stands for every such value.
 *
 * @param <K> the generated enum's Java {@code enum} of known values
 */
public abstract class OpenEnum<K extends Enum<K>> {
    private final String value;
    private final K known;

    protected OpenEnum(String value, K known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = Objects.requireNonNull(known, "known");
    }

    /** The constant to switch on: one per known value, and {@code _UNKNOWN} for any other. */
    public final K known() {
        return known;
    }

    /** The value as the API writes it. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** Whether this is one of the values the spec listed when the client was generated. */
    public abstract boolean isKnown();

    /** The known constants of an enum by their values, in declaration order. */
    @SafeVarargs
    protected static <E extends OpenEnum<?>> Map<String, E> index(E... constants) {
        Map<String, E> known = new LinkedHashMap<>();
        for (E e : constants) {
            known.put(e.value(), e);
        }
        return Collections.unmodifiableMap(known);
    }

    /** The known constant for a value, or a new instance that carries the unknown value. */
    protected static <E extends OpenEnum<?>> E lookup(Map<String, E> known, String value, Function<String, E> unknown) {
        E constant = known.get(Objects.requireNonNull(value, "value"));
        return constant != null ? constant : unknown.apply(value);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenEnum<?>) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
