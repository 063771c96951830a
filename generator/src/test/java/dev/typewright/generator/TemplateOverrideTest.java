package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.docs.TextFile;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateOverrideTest {
    private static final Pattern TAG = Pattern.compile("\\{\\{\\{?[#^/]?\\s*([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * The packaged templates use no name their typed context lacks, so the contexts document all a
     * user's template can use; a typo or a renamed component fails here, not as an empty README.
     */
    @ParameterizedTest
    @CsvSource({
        "README.md.mustache, dev.typewright.generator.docs.ReadmeContext",
        "docs-page.md.mustache, dev.typewright.generator.docs.DocsPageContext",
        "docs-example.md.mustache, dev.typewright.generator.docs.DocsExampleContext"
    })
    void thePackagedTemplatesUseOnlyWhatTheirContextDefines(String template, String context) throws Exception {
        Set<String> defined = new TreeSet<>();
        components(Class.forName(context), defined);
        Set<String> used = new TreeSet<>();
        Matcher tags = TAG.matcher(Files.readString(Path.of("../templates", template)));
        while (tags.find()) {
            used.add(tags.group(1));
        }

        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used);
    }

    private static void components(Class<?> record, Set<String> names) {
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        for (Class<?> nested : record.getDeclaredClasses()) {
            if (nested.isRecord()) {
                components(nested, names);
            }
        }
    }

    @Test
    void aTemplateInTheUsersFolderReplacesThePackagedOne(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(
                templates.resolve("README.md.mustache"),
                "{{clientName}}:{{#operations}} {{httpMethod}} {{path}}{{/operations}}\n");

        Generator.Output output = Generator.emit(new GeneratorOptions(
                        Path.of("src/test/resources/specs/seam-seed.yaml"), dir, "com.example", "Seam", templates)
                .withProfile("seam", Map.of()));

        TextFile readme = output.textFiles().get(0);
        assertThat(readme.path()).isEqualTo("README.md");
        assertThat(readme.content()).isEqualTo("Seam: POST /client_sessions/get\n");
    }

    @Test
    void withoutAnOverrideThePackagedTemplateIsUsed(@TempDir Path dir) throws Exception {
        Generator.Output output = Generator.emit(new GeneratorOptions(
                        Path.of("src/test/resources/specs/seam-seed.yaml"),
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
