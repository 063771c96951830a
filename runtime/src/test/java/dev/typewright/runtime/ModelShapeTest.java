package dev.typewright.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record shape the generator emits must round-trip through {@link Json} losing nothing. */
class ModelShapeTest {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Session(
            @JsonProperty("id") String id,
            @JsonProperty("created_at") OffsetDateTime createdAt,
            @JsonProperty("count") Double count,

            @JsonProperty("key") @JsonInclude(JsonInclude.Include.ALWAYS)
            String key,

            @JsonProperty("ids") List<String> ids,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
        Session {
            ids = Values.list(ids);
            additionalProperties = Values.extras(additionalProperties);
        }
    }

    /** A model wider than a record can be: Jackson fills its fields one by one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class Wide {
        @JsonProperty("name")
        private String name;

        @JsonProperty("session")
        private Session session;

        @JsonAnySetter
        private Map<String, JsonNode> additionalProperties = new java.util.LinkedHashMap<>();

        @JsonAnyGetter
        Map<String, JsonNode> additionalProperties() {
            return additionalProperties;
        }
    }

    @Test
    void nullsSentForFieldsThatCannotHoldOneAreWrittenBackAsTheyCame() {
        String json = "{\"id\":null,\"count\":2,\"ids\":null,\"odd\":null," + "\"key\":\"k\",\"created_at\":null}";
        String nested = "{\"name\":null,\"session\":" + json + ",\"more\":[" + json + "]}";

        Session s = Json.fromJson(json, Session.class);
        Wide w = Json.fromJson(nested, Wide.class);

        assertThat(s.id()).isNull();
        assertThat(s.additionalProperties()).containsOnlyKeys("odd", "id", "ids", "created_at");
        assertThat(Json.parse(Json.toJson(s))).isEqualTo(Json.parse(json.replace("\"count\":2", "\"count\":2.0")));
        assertThat(Json.parse(Json.toJson(Json.fromTree(Json.parse(json), Session.class))))
                .isEqualTo(Json.parse(Json.toJson(s)));
        assertThat(w.additionalProperties).containsOnlyKeys("name", "more");
        assertThat(w.session.additionalProperties()).containsOnlyKeys("odd", "id", "ids", "created_at");
        assertThat(Json.fromJson("{\"id\":\"x\"}", Session.class).additionalProperties())
                .as("absent is not null")
                .isEmpty();

        Session copy = new Session("set", null, 2.0, "k", null, s.additionalProperties());
        assertThat(copy.additionalProperties())
                .as("a copy made by hand keeps unknown fields but not the nulls of known ones")
                .containsOnlyKeys("odd");
        assertThat(Json.toJson(copy)).isEqualTo("{\"id\":\"set\",\"count\":2.0,\"key\":\"k\",\"odd\":null}");
    }

    @Test
    void unknownFieldsNullsAndOffsetsSurviveARoundTrip() {
        String json = "{\"id\":\"cst1\",\"created_at\":\"2025-06-15T16:54:17.946309+02:00\",\"count\":4,"
                + "\"key\":null,\"ids\":[\"a\",null],\"api_key_id\":\"k1\",\"extra\":{\"n\":[1,2.5,null]}}";

        Session s = Json.fromJson(json, Session.class);

        assertThat(s.id()).isEqualTo("cst1");
        assertThat(s.createdAt().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(s.additionalProperties()).containsOnlyKeys("api_key_id", "extra");
        assertThat(Json.parse(Json.toJson(s))).isEqualTo(Json.parse(json.replace("\"count\":4", "\"count\":4.0")));
    }

    @Test
    void missingFieldsReadAsNullAndStayAbsentOnWrite() {
        Session s = Json.fromJson("{\"id\":\"x\",\"key\":\"k\"}", Session.class);

        assertThat(s.ids()).isNull();
        assertThat(s.additionalProperties()).isEmpty();
        assertThat(Json.toJson(s)).isEqualTo("{\"id\":\"x\",\"key\":\"k\"}");
    }

    /** What a builder's addX, putX and the check of a call's sets of inputs rely on. */
    @Test
    void buildersGrowCopiesAndNameTheInputsACallNeeds() {
        List<String> given = List.of("a");
        List<String> grown = Values.add(Values.add(given, "b"), "c");
        assertThat(grown).containsExactly("a", "b", "c");
        assertThat(given).as("the list the caller gave").containsExactly("a");
        assertThat(Values.add(null, "x")).containsExactly("x");
        Map<String, Integer> map = Values.put(Map.of("k", 1), "l", 2);
        assertThat(map).containsExactly(Map.entry("k", 1), Map.entry("l", 2));

        Values.requireOneOf("id; key", new Object[] {null}, new Object[] {"k"});
        Values.requireOneOf("id; key", new Object[] {JsonNullable.of("i")}, new Object[] {null});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.requireOneOf(
                        "id; device_id and code", new Object[] {JsonNullable.absent()}, new Object[] {"d", null}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("one of these is required: id; device_id and code");
    }
}
