package dev.typewright.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Defensive copies for generated models. JSON arrays and objects may hold nulls, which the JDK's
 * {@code List.copyOf} and {@code Map.copyOf} reject, so these copy into unmodifiable views instead.
 */
public final class Values {
    private Values() {}

    /** An unmodifiable copy, or null for null (an absent field stays absent). */
    public static <T> List<T> list(List<T> values) {
        return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** An unmodifiable copy that keeps insertion order, or null for null. */
    public static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Like {@link #map} but never null: for the unknown-fields bag every model carries. */
    public static <K, V> Map<K, V> extras(Map<K, V> values) {
        return values == null || values.isEmpty() ? Map.of() : map(values);
    }

    /** Fails with the JSON name of a field a request cannot be sent without. */
    public static <T> T required(T value, String jsonName) {
        if (value == null) {
            throw new IllegalArgumentException(jsonName + " is required");
        }
        return value;
    }

    /**
     * A record's text as {@code Record.toString()} writes it, with the values of the named
     * components (tokens, secrets, passwords) shown as {@code ***}, so that a logged model never
     * carries a credential. Generated models whose fields hold credentials call this, passing their
     * components' values in order: the runtime reads only the components' names, so a model in a
     * module that does not open its package to the runtime prints as well.
     */
    public static String redacted(Record record, Set<String> secrets, Object... values) {
        java.lang.reflect.RecordComponent[] components = record.getClass().getRecordComponents();
        StringBuilder s = new StringBuilder(record.getClass().getSimpleName()).append('[');
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            s.append(i == 0 ? "" : ", ").append(name).append('=');
            s.append(secrets.contains(name) ? "***" : i < values.length ? String.valueOf(values[i]) : "?");
        }
        return s.append(']').toString();
    }
}
