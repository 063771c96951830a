package dev.typewright.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnionDeserializerTest {
    interface Thing {}

    record ById(String id) implements Thing {}

    record ByKey(String key) implements Thing {}

    record Either(String id, String key) implements Thing {}

    record Raw(JsonNode json) implements Thing {}

    static final class Structural extends UnionDeserializer<Thing> {
        private static final long serialVersionUID = 1L;

        Structural(List<UnionVariant<Thing>> shapes) {
            super(Thing.class, shapes, Raw::new);
        }
    }

    @Test
    void withoutFixedValuesAllRequiredFieldsMustBeThere() {
        Structural d = new Structural(List.of(
                UnionDeserializer.shape(ById.class, Map.of(), Set.of("id")),
                UnionDeserializer.shape(ByKey.class, Map.of(), Set.of("key"))));

        assertThat(d.choose(Json.parse("{\"id\":\"1\"}"))).isEqualTo(ById.class);
        assertThat(d.choose(Json.parse("{\"key\":\"k\"}"))).isEqualTo(ByKey.class);
        assertThat(d.choose(Json.parse("{\"other\":1}"))).isNull();
        assertThat(d.choose(Json.parse("[1]"))).isNull();
    }

    @Test
    void twoShapesThatFitEquallyWellAreNotGuessedBetween() {
        Structural d = new Structural(List.of(
                UnionDeserializer.shape(ById.class, Map.of("kind", "a"), Set.of("id")),
                UnionDeserializer.shape(Either.class, Map.of("kind", "a"), Set.of("id"))));

        assertThat(d.choose(Json.parse("{\"kind\":\"a\",\"id\":\"1\"}"))).isNull();
    }

    @Test
    void moreFixedValuesAndMoreRequiredFieldsPresentFitBetter() {
        Structural d = new Structural(List.of(
                UnionDeserializer.shape(ById.class, Map.of("kind", "a"), Set.of("id")),
                UnionDeserializer.shape(ByKey.class, Map.of("kind", "a", "status", "done"), Set.of("key")),
                UnionDeserializer.shape(Either.class, Map.of("kind", "b"), Set.of("id", "key"))));

        assertThat(d.choose(Json.parse("{\"kind\":\"a\",\"status\":\"done\"}"))).isEqualTo(ByKey.class);
        assertThat(d.choose(Json.parse("{\"kind\":\"a\",\"status\":\"queued\"}")))
                .isEqualTo(ById.class);
        assertThat(d.choose(Json.parse("{\"kind\":\"b\",\"id\":\"1\"}"))).isEqualTo(Either.class);
        assertThat(d.choose(Json.parse("{\"kind\":\"c\"}"))).isNull();
    }

    /**
     * Seam's action attempts: every variant fixes {@code action_type} and {@code status}; the one
     * with more values is the index, and the other still decides among the variants it names.
     */
    @Test
    void theValueEveryVariantFixesPicksTheCandidatesAndTheRestDecide() {
        Structural d = new Structural(List.of(
                UnionDeserializer.shape(ById.class, Map.of("type", "LOCK", "status", "pending"), Set.of("id")),
                UnionDeserializer.shape(ByKey.class, Map.of("type", "LOCK", "status", "success"), Set.of("key")),
                UnionDeserializer.shape(Either.class, Map.of("type", "UNLOCK", "status", "success"), Set.of())));

        assertThat(d.choose(Json.parse("{\"type\":\"LOCK\",\"status\":\"success\"}")))
                .isEqualTo(ByKey.class);
        assertThat(d.choose(Json.parse("{\"type\":\"UNLOCK\",\"status\":\"success\"}")))
                .isEqualTo(Either.class);
        assertThat(d.choose(Json.parse("{\"type\":\"UNLOCK\",\"status\":\"pending\"}")))
                .isNull();
        assertThat(d.choose(Json.parse("{\"type\":\"OPEN\",\"status\":\"success\"}")))
                .isNull();
        assertThat(d.choose(Json.parse("{\"type\":7,\"status\":\"success\"}"))).isNull();
        assertThat(d.choose(Json.parse("{\"status\":\"success\"}"))).isNull();
    }

    @Test
    void anUnknownVariantsPropertiesReadAsTheKnownVariantsTypeThem() {
        JsonNode json = Json.parse("{\"id\":\"a\",\"n\":2,\"tags\":[\"x\"]}");

        assertThat(Unions.field(json, "id", String.class)).isEqualTo("a");
        assertThat(Unions.field(json, "n", Long.class)).isEqualTo(2L);
        assertThat(Unions.field(json, "tags", new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {}))
                .containsExactly("x");
        assertThat(Unions.field(json, "missing", String.class)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Unions.field(json, "tags", Long.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read");
    }
}
