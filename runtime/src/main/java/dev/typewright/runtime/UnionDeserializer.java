package dev.typewright.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a union ({@code oneOf}) into the one variant whose shape the JSON fits: every property the
 * variant fixes (a discriminator such as {@code event_type}, or any one-value enum) holds that
 * value, and the more of its required properties are there the better it fits; a variant that
 * fixes nothing must find all of them. When no variant fits, or when two fit equally well, it
 * does not guess: the value becomes the union's unknown variant, which keeps the JSON.
 *
 * <p>When every variant fixes one property (a discriminator, declared in the spec or not), the
 * variants are indexed by its value, so a read weighs only the few that value names, however many
 * variants the union has.
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {
    private final List<UnionVariant<T>> shapes;
    private final Function<JsonNode, T> unknown;
    /** The property every variant fixes that tells most of them apart, or null. */
    private final String key;

    private final Map<String, List<UnionVariant<T>>> byKey = new HashMap<>();

    protected UnionDeserializer(Class<T> union, List<UnionVariant<T>> shapes, Function<JsonNode, T> unknown) {
        super(union);
        this.shapes = List.copyOf(shapes);
        this.unknown = unknown;
        this.key = key(this.shapes);
        if (key != null) {
            for (UnionVariant<T> shape : this.shapes) {
                byKey.computeIfAbsent(shape.fixed().get(key), v -> new ArrayList<>())
                        .add(shape);
            }
        }
    }

    private static String key(List<? extends UnionVariant<?>> shapes) {
        if (shapes.isEmpty()) {
            return null;
        }
        String best = null;
        long bestValues = 1;
        for (String candidate : new TreeSet<>(shapes.get(0).fixed().keySet())) {
            if (shapes.stream().allMatch(s -> s.fixed().containsKey(candidate))) {
                long values = shapes.stream()
                        .map(s -> s.fixed().get(candidate))
                        .distinct()
                        .count();
                if (values > bestValues) {
                    best = candidate;
                    bestValues = values;
                }
            }
        }
        return best;
    }

    /**
     * The shorthand generated code uses for a variant. The variant's description is a top-level
     * type, not a member of this class, so that it cannot hide a generated type of the same name.
     */
    protected static <T> UnionVariant<T> shape(
            Class<? extends T> type, Map<String, String> fixed, Set<String> required) {
        return new UnionVariant<>(type, fixed, required);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        Class<? extends T> type = choose(tree);
        return type == null ? unknown.apply(tree) : ctxt.readTreeAsValue(tree, type);
    }

    /** The best-fitting variant, or null when none fits or the best is not unique. */
    Class<? extends T> choose(JsonNode tree) {
        if (!tree.isObject()) {
            return null;
        }
        List<UnionVariant<T>> candidates = shapes;
        if (key != null) {
            JsonNode value = tree.get(key);
            candidates =
                    value != null && value.isTextual() ? byKey.getOrDefault(value.textValue(), List.of()) : List.of();
        }
        UnionVariant<T> best = null;
        int bestScore = -1;
        boolean tied = false;
        for (UnionVariant<T> shape : candidates) {
            int present = present(shape, tree);
            if (present < 0) {
                continue;
            }
            // Fixed values say more than present fields: a variant that pins more of the JSON wins.
            int score = shape.fixed().size() * 10_000 + present;
            if (score > bestScore) {
                best = shape;
                bestScore = score;
                tied = false;
            } else if (score == bestScore) {
                tied = true;
            }
        }
        return best == null || tied ? null : best.type();
    }

    /** How many required properties are present, or -1 when the shape does not fit at all. */
    private static int present(UnionVariant<?> shape, JsonNode tree) {
        for (Map.Entry<String, String> f : shape.fixed().entrySet()) {
            JsonNode v = tree.get(f.getKey());
            if (v == null || !v.isTextual() || !v.asText().equals(f.getValue())) {
                return -1;
            }
        }
        int present = 0;
        for (String r : shape.required()) {
            if (tree.has(r)) {
                present++;
            }
        }
        return shape.fixed().isEmpty() && present < shape.required().size() ? -1 : present;
    }
}
