package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.runtime.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The round-trip checks are only as strong as this comparison, so it must be able to fail. */
class JsonDiffTest {
    private static Optional<JsonDiff.Difference> diff(String expected, String actual) {
        return JsonDiff.first(Json.parse(expected), Json.parse(actual));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing field   | {\"a\":1,\"b\":2}         | {\"a\":1}               | /b",
                "extra field     | {\"a\":1}                 | {\"a\":1,\"c\":3}       | /c",
                "wrong type      | {\"a\":\"1\"}             | {\"a\":1}               | /a",
                "null vs absent  | {\"a\":null}              | {}                      | /a",
                "array item      | {\"a\":[1,2]}             | {\"a\":[1,3]}           | /a/1",
                "array length    | {\"a\":[1,2]}             | {\"a\":[1]}             | /a",
                "other instant   | {\"t\":\"2025-06-19T15:22:40Z\"} | {\"t\":\"2025-06-19T15:22:41Z\"} | /t",
                "escaped pointer | {\"a/b\":{\"c~d\":1}}     | {\"a/b\":{\"c~d\":2}}   | /a~1b/c~0d",
            })
    void differencesAreFoundWithTheirPointer(String what, String expected, String actual, String pointer) {
        assertThat(diff(expected, actual))
                .hasValueSatisfying(d -> assertThat(d.pointer()).isEqualTo(pointer));
    }

    @Test
    void numbersCompareAsNumbersAndDateTimesAsInstants() {
        assertThat(diff("{\"n\":1}", "{\"n\":1.0}")).isEmpty();
        assertThat(diff("{\"t\":\"2025-06-19T15:22:40.000Z\"}", "{\"t\":\"2025-06-19T17:22:40+02:00\"}"))
                .isEmpty();
        assertThat(diff("{\"s\":\"abc\"}", "{\"s\":\"abd\"}")).isPresent();
    }
}
