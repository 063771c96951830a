package dev.typewright.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.GeneratorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    /** {@code api.yaml} reaching {@code other.yaml}, and an empty templates folder. */
    private static GeneratorOptions specWithTwoFilesAndTemplates(Path dir) throws Exception {
        Files.writeString(dir.resolve("api.yaml"), "a: {$ref: 'other.yaml'}\n");
        Files.writeString(dir.resolve("other.yaml"), "type: string\n");
        Files.createDirectories(dir.resolve("templates"));
        return options(dir, "com.example");
    }

    private static GeneratorOptions options(Path dir, String packageName) {
        return new GeneratorOptions(
                dir.resolve("api.yaml"), dir.resolve("out"), packageName, null, dir.resolve("templates"));
    }

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
        GeneratorOptions options = specWithTwoFilesAndTemplates(dir);

        String first = Inputs.fingerprint(options, "1.0").value();
        assertThat(Inputs.fingerprint(options, "1.0").value()).isEqualTo(first);
        assertThat(Inputs.fingerprint(options, "1.1").value()).isNotEqualTo(first);
        assertThat(Inputs.fingerprint(options(dir, "com.other"), "1.0").value()).isNotEqualTo(first);
        Files.writeString(dir.resolve("templates/README.md.mustache"), "# mine");
        String withTemplate = Inputs.fingerprint(options, "1.0").value();
        assertThat(withTemplate).isNotEqualTo(first);
        Files.writeString(dir.resolve("other.yaml"), "type: integer\n");
        assertThat(Inputs.fingerprint(options, "1.0").value()).isNotEqualTo(withTemplate);
    }

    @Test
    void theStampMovesWhenAnInputIsTouchedAddedOrReconfiguredWithoutReadingIt(@TempDir Path dir) throws Exception {
        GeneratorOptions options = specWithTwoFilesAndTemplates(dir);
        Inputs.Fingerprint fingerprint = Inputs.fingerprint(options, "1.0");
        assertThat(fingerprint.files()).containsExactly(dir.resolve("api.yaml"), dir.resolve("other.yaml"));

        String stamp = Inputs.stamp(options, "1.0", fingerprint.files());
        assertThat(Inputs.stamp(options, "1.0", fingerprint.files())).isEqualTo(stamp);
        assertThat(Inputs.stamp(options, "1.1", fingerprint.files())).isNotEqualTo(stamp);
        assertThat(Inputs.stamp(options(dir, "com.other"), "1.0", fingerprint.files()))
                .isNotEqualTo(stamp);
        Files.setLastModifiedTime(
                dir.resolve("other.yaml"),
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(dir.resolve("other.yaml")).toMillis() + 2000));
        String touched = Inputs.stamp(options, "1.0", fingerprint.files());
        assertThat(touched).isNotEqualTo(stamp);
        assertThat(Inputs.fingerprint(options, "1.0").value()).isEqualTo(fingerprint.value());
        Files.writeString(dir.resolve("templates/README.md.mustache"), "# mine");
        assertThat(Inputs.stamp(options, "1.0", fingerprint.files())).isNotEqualTo(touched);
    }

    @Test
    void aStateKeepsItsSurfaceBesideItAndReadsOneWrittenInside(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state/default.properties");
        GenerationState state = new GenerationState(
                "f", "s", java.util.List.of(dir.resolve("api yaml=1")), java.util.Set.of(dir.resolve("out/A.java")));
        state.write(file, java.util.Map.of("type A", "record"));

        assertThat(GenerationState.read(file)).isEqualTo(state);
        assertThat(Files.readString(file)).doesNotContain("record");
        assertThat(GenerationState.surface(file)).containsExactly(java.util.Map.entry("type A", "record"));

        Files.delete(dir.resolve("state/default.surface.properties"));
        Files.writeString(file, "fingerprint=f\nsurface.type\\ B=enum\n");
        assertThat(GenerationState.read(file).stamp()).isEmpty();
        assertThat(GenerationState.surface(file)).containsExactly(java.util.Map.entry("type B", "enum"));
    }
}
