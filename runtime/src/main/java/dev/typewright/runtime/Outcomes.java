package dev.typewright.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a call whose success statuses carry bodies of different types reads each one: a generated
 * client lists the statuses its spec declares, each with its body's type and the variant that
 * holds it; a success status it does not declare becomes the fallback variant, with the body as
 * JSON, so a newer server's answer still reads.
 *
 * @param <T> the type every variant shares
 */
public final class Outcomes<T> {
    private record Case<V, T>(JavaType type, Function<V, T> variant) {}

    private final Map<Integer, Case<?, T>> cases;
    private final BiFunction<Integer, JsonNode, T> other;

    private Outcomes(Map<Integer, Case<?, T>> cases, BiFunction<Integer, JsonNode, T> other) {
        this.cases = cases;
        this.other = other;
    }

    /** Outcomes whose undeclared statuses become {@code other(status, body)}; the body is null when empty. */
    public static <T> Outcomes<T> otherwise(BiFunction<Integer, JsonNode, T> other) {
        return new Outcomes<>(Map.of(), other);
    }

    /** These outcomes and a status whose body is read as {@code type} into {@code variant}. */
    public <V> Outcomes<T> on(int status, Class<V> type, Function<V, T> variant) {
        return with(status, new Case<>(Json.mapper().constructType(type), variant));
    }

    /** As {@link #on(int, Class, Function)}, for a generic type such as a list of models. */
    public <V> Outcomes<T> on(int status, TypeReference<V> type, Function<V, T> variant) {
        return with(status, new Case<>(Json.mapper().constructType(type), variant));
    }

    /** These outcomes and a status that has no body. */
    public Outcomes<T> on(int status, Supplier<T> variant) {
        return with(status, new Case<Object, T>(null, ignored -> variant.get()));
    }

    private Outcomes<T> with(int status, Case<?, T> c) {
        Map<Integer, Case<?, T>> more = new HashMap<>(cases);
        more.put(status, c);
        return new Outcomes<>(Map.copyOf(more), other);
    }

    @SuppressWarnings("unchecked") // Each case's function takes what its own type reads.
    T read(HttpResponse<byte[]> response, String requestId) {
        int status = response.statusCode();
        Case<Object, T> c = (Case<Object, T>) cases.get(status);
        if (c == null) {
            JsonNode body = response.body().length == 0
                    ? null
                    : ResponseDecoder.<JsonNode>decode(
                            response, null, Json.mapper().constructType(JsonNode.class), requestId);
            return other.apply(status, body);
        }
        // A status declared with a body that came without one still reads, holding null.
        if (c.type() == null || response.body().length == 0) {
            return c.variant().apply(null);
        }
        return c.variant().apply(ResponseDecoder.decode(response, null, c.type(), requestId));
    }
}
