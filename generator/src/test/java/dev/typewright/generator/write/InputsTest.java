package dev.typewright.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.GeneratorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @Test
    void followsFileReferencesInYamlAndJsonButNotLocalOrRemoteOnes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(
                dir.resolve("api.yaml"),
                "a: {$ref: './schemas/pet.yaml'}\nb:\n  $ref: \"#/components/x\"\nc: {$ref: 'https://example.com/x.yaml'}\n");
        Files.writeString(dir.resolve("schemas/pet.json"), "{\"type\": \"string\"}");
        Files.writeString(dir.resolve("schemas/pet.yaml"), "x: {\"$ref\": \"pet.json#/type\"}\n");

        assertThat(Inputs.specFiles(dir.resolve("api.yaml")))
                .containsExactly(
                        dir.resolve("api.yaml"), dir.resolve("schemas/pet.json"), dir.resolve("schemas/pet.yaml"));
    }

    @Test
    void theFingerprintMovesWithEveryInputAndOnlyThen(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("api.yaml"), "a: {$ref: 'other.yaml'}\n");
        Files.writeString(dir.resolve("other.yaml"), "type: string\n");
        Files.createDirectories(dir.resolve("templates"));
        GeneratorOptions options = new GeneratorOptions(
                dir.resolve("api.yaml"), dir.resolve("out"), "com.example", null, dir.resolve("templates"));

        String first = Inputs.fingerprint(options, "1.0").value();
        assertThat(Inputs.fingerprint(options, "1.0").value()).isEqualTo(first);
        assertThat(Inputs.fingerprint(options, "1.1").value()).isNotEqualTo(first);
        assertThat(Inputs.fingerprint(
                                new GeneratorOptions(
                                        dir.resolve("api.yaml"),
                                        dir.resolve("out"),
                                        "com.other",
                                        null,
                                        dir.resolve("templates")),
                                "1.0")
                        .value())
                .isNotEqualTo(first);
        Files.writeString(dir.resolve("templates/README.md.mustache"), "# mine");
        String withTemplate = Inputs.fingerprint(options, "1.0").value();
        assertThat(withTemplate).isNotEqualTo(first);
        Files.writeString(dir.resolve("other.yaml"), "type: integer\n");
        assertThat(Inputs.fingerprint(options, "1.0").value()).isNotEqualTo(withTemplate);
    }
}
