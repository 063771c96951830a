package dev.typewright.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.AbstractMap;
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

    /**
     * The unknown-fields bag every model carries, never null. While the model is read from JSON it
     * also takes the {@code null}s the server sent for the model's fields that cannot hold one
     * ({@link SentNulls}), so that the model is written back as it came. A copy made any other way
     * (a builder, {@code toBuilder()}) leaves those out, so that a field set on the copy is written
     * once.
     */
    public static Map<String, JsonNode> extras(Map<String, JsonNode> values) {
        List<String> sent = SentNulls.take();
        if (sent.isEmpty() && (values == null || values.isEmpty())) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        if (values != null) {
            Set<String> dropped = values instanceof Extras e ? e.sentNulls : Set.of();
            values.forEach((name, value) -> {
                if (!dropped.contains(name)) {
                    copy.put(name, value);
                }
            });
        }
        for (String name : sent) {
            copy.put(name, NullNode.getInstance());
        }
        return copy.isEmpty() ? Map.of() : new Extras(copy, sent.isEmpty() ? Set.of() : Set.copyOf(sent));
    }

    /** Unknown fields, read-only, knowing which of them are nulls sent for known fields. */
    private static final class Extras extends AbstractMap<String, JsonNode> {
        private final Map<String, JsonNode> entries;
        private final Set<String> sentNulls;

        Extras(Map<String, JsonNode> entries, Set<String> sentNulls) {
            this.entries = Collections.unmodifiableMap(entries);
            this.sentNulls = sentNulls;
        }

        @Override
        public Set<Entry<String, JsonNode>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public JsonNode get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    /**
     * {@code list} with {@code item} added, for a builder's {@code addX}: a list the builder was
     * given is copied first, so the caller's list never changes.
     */
    public static <T> List<T> add(List<T> list, T item) {
        List<T> growing = list instanceof Growing<T> g ? g : new Growing<>(list);
        growing.add(item);
        return growing;
    }

    /** {@code map} with the entry put, for a builder's {@code putX}; a given map is copied first. */
    public static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
        Map<String, V> growing = map instanceof GrowingMap<V> g ? g : new GrowingMap<>(map);
        growing.put(key, value);
        return growing;
    }

    /** A list only a builder holds, so that adding to it again need not copy it. */
    private static final class Growing<T> extends ArrayList<T> {
        private static final long serialVersionUID = 1L;

        Growing(List<T> from) {
            super(from == null ? List.of() : from);
        }
    }

    private static final class GrowingMap<V> extends LinkedHashMap<String, V> {
        private static final long serialVersionUID = 1L;

        GrowingMap(Map<String, V> from) {
            super(from == null ? Map.of() : from);
        }
    }

    /** Fails with the JSON name of a field a request cannot be sent without. */
    public static <T> T required(T value, String jsonName) {
        if (value == null) {
            throw new IllegalArgumentException(jsonName + " is required");
        }
        return value;
    }

    /**
     * Fails unless every input of at least one of the sets holds a value, naming the sets: for a
     * call that takes, say, an id or else a key.
     *
     * @param names the sets as the message shows them, such as {@code access_grant_id; access_grant_key}
     * @param sets each set's inputs, in the order of {@code names}
     */
    public static void requireOneOf(String names, Object[]... sets) {
        for (Object[] set : sets) {
            boolean all = true;
            for (Object value : set) {
                all &= value != null && (!(value instanceof JsonNullable<?> n) || n.isPresent());
            }
            if (all) {
                return;
            }
        }
        throw new IllegalArgumentException("one of these is required: " + names);
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
