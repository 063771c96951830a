package dev.typewright.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Absent, null and a value stay three different things through reading and writing. */
class NullableTest {
    /** The shape the generator emits for optional nullable fields. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Update(
            @JsonProperty("name") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            JsonNullable<String> name,

            @JsonProperty("ends_at") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            JsonNullable<OffsetDateTime> endsAt,

            @JsonProperty("tags") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            JsonNullable<List<String>> tags) {
        Update {
            name = JsonNullable.absentIfNull(name);
            endsAt = JsonNullable.absentIfNull(endsAt);
            tags = JsonNullable.absentIfNull(tags).map(Values::list);
        }
    }

    @Test
    void eachStateIsWrittenAsItIs() {
        Update u = new Update(
                JsonNullable.ofNull(), JsonNullable.of(OffsetDateTime.parse("2025-06-15T16:54:17+02:00")), null);

        assertThat(Json.toJson(u)).isEqualTo("{\"name\":null,\"ends_at\":\"2025-06-15T16:54:17+02:00\"}");
        assertThat(Json.toJson(new Update(null, null, null))).isEqualTo("{}");
    }

    @Test
    void eachStateIsReadBackAsItWas() {
        String json = "{\"name\":null,\"ends_at\":\"2025-06-15T16:54:17+02:00\",\"tags\":[\"a\",\"b\"]}";

        Update u = Json.fromJson(json, Update.class);

        assertThat(u.name().isNull()).isTrue();
        assertThat(u.endsAt().get().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(u.tags().get()).containsExactly("a", "b");
        assertThat(Json.parse(Json.toJson(u))).isEqualTo(Json.parse(json));
        assertThat(Json.fromJson("{}", Update.class).name().isAbsent()).isTrue();
    }

    @Test
    void accessorsTellTheStatesApart() {
        assertThat(JsonNullable.of("x").orElse("y")).isEqualTo("x");
        assertThat(JsonNullable.<String>ofNull().orElse("y")).isEqualTo("y");
        assertThat(JsonNullable.of(null)).isEqualTo(JsonNullable.ofNull()).isNotEqualTo(JsonNullable.absent());
        assertThat(JsonNullable.absent().toOptional()).isEmpty();
        assertThatThrownBy(() -> JsonNullable.ofNull().get())
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("the field is null");
        assertThatThrownBy(() -> JsonNullable.absent().get()).hasMessage("the field is absent");
    }
}
