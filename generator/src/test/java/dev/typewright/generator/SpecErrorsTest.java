package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.typewright.generator.load.SpecException;
import dev.typewright.generator.load.SpecLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A bad spec gets one clear error naming the file and the JSON pointer. */
class SpecErrorsTest {
    private static Path spec(String name) {
        return HostileSpecTest.spec(name);
    }

    @Test
    void refToAMissingSchemaNamesItsPointer() {
        assertThatThrownBy(() -> SpecLoader.load(spec("broken-ref.yaml")))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.file()).endsWith("broken-ref.yaml");
                    assertThat(e.getMessage()).contains("broken-ref.yaml");
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.pointer())
                                .isEqualTo("/paths/~1a~1b/post/requestBody/content/application~1json/schema");
                        assertThat(p.message()).isEqualTo("$ref #/components/schemas/missing is missing");
                    });
                });
    }

    @Test
    void responseKeyThatIsNotInTheResponseNamesTheOperation() {
        assertThatThrownBy(() -> SpecLoader.load(spec("bad-response-key.yaml")))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("bad-response-key.yaml")
                .hasMessageContaining("at /paths/~1a~1get/post/responses")
                .hasMessageContaining("x-response-key \"thing\"");
    }

    @Test
    void swaggerParserProblemsBecomePointers() {
        assertThatThrownBy(() -> SpecLoader.load(spec("missing-info.yaml")))
                .isInstanceOfSatisfying(
                        SpecException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p.pointer() + " " + p.message())
                                        .contains("/info")
                                        .contains("missing")));
    }

    @Test
    void unparseableYamlAndMissingFilesAreReportedNotThrownRaw() {
        assertThatThrownBy(() -> SpecLoader.load(spec("not-yaml.yaml")))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("not-yaml.yaml");
        assertThatThrownBy(() -> SpecLoader.load(spec("no-such-file.yaml")))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("no-such-file.yaml")
                .hasMessageContaining("no such file");
    }
}
