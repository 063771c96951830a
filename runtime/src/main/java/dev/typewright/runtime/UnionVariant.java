package dev.typewright.runtime;

import java.util.Map;
import java.util.Set;

/**
 * One variant of a union, as {@link UnionDeserializer} matches it.
 *
 * @param fixed properties that must hold exactly these strings
 * @param required properties that must be present
 */
public record UnionVariant<T>(Class<? extends T> type, Map<String, String> fixed, Set<String> required) {
    public UnionVariant {
        fixed = Map.copyOf(fixed);
        required = Set.copyOf(required);
    }
}
