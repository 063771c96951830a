package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.docs.TextFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverrideTest {
    @Test
    void aTemplateInTheUsersFolderReplacesThePackagedOne(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(
                templates.resolve("README.md.mustache"),
                "{{clientName}}:{{#operations}} {{httpMethod}} {{path}}{{/operations}}\n");

        Generator.Output output =
                Generator.emit(new GeneratorOptions(Path.of("../spec/seam.yaml"), dir, "com.example", "Seam", templates)
                        .withProfile("seam", Map.of()));

        TextFile readme = output.textFiles().get(0);
        assertThat(readme.path()).isEqualTo("README.md");
        assertThat(readme.content()).isEqualTo("Seam: POST /client_sessions/get\n");
    }

    @Test
    void withoutAnOverrideThePackagedTemplateIsUsed(@TempDir Path dir) throws Exception {
        Generator.Output output = Generator.emit(new GeneratorOptions(
                        Path.of("../spec/seam.yaml"),
                        dir,
                        "com.example",
                        "Seam",
                        Files.createDirectories(dir.resolve("empty")))
                .withProfile("seam", Map.of()));

        assertThat(output.textFiles().get(0).content())
                .startsWith("# Seam Connect Java client")
                .contains("seam.clientSessions().get(");
    }
}
