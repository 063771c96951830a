package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.docs.TextFile;
import dev.typewright.generator.emit.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files generated from specs/golden.yaml (the published Seam client's spec, widened with
 * trimmed Seam endpoints: a paged list, an open enum, nested inline types, a union, a long-running
 * action attempt) are committed under src/test/golden/seam for review, exactly as they are
 * written to disk; this fails when generation drifts from them. After an intended change, regenerate them with
 * {@code mvn -pl generator test -Dtest=GoldenFilesTest -Dtypewright.updateGolden=true}.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/golden/seam");

    static Map<String, String> generate() throws Exception {
        Generator.Output output = Generator.emit(new GeneratorOptions(
                        Path.of("src/test/resources/specs/golden.yaml"),
                        Path.of("unused"),
                        "dev.typewright.seam",
                        "SeamClient",
                        null,
                        Path.of("unused"))
                .withProfile("seam", Map.of()));
        Map<String, String> files = new TreeMap<>();
        for (JavaFile f : output.javaFiles()) {
            files.put(f.packageName().replace('.', '/') + "/" + f.typeSpec().name() + ".java", SourceText.render(f));
        }
        for (TextFile f : output.textFiles()) {
            files.put(f.path(), f.content());
        }
        for (TextFile f : output.docsPages()) {
            files.put("docs/" + f.path(), f.content());
        }
        return files;
    }

    @Test
    void generatedSourcesMatchTheGoldenFiles() throws Exception {
        Map<String, String> generated = generate();
        if (Boolean.getBoolean("typewright.updateGolden")) {
            update(generated);
        }
        Map<String, String> golden = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(GOLDEN)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                golden.put(
                        GOLDEN.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(generated.keySet()).containsExactlyElementsOf(golden.keySet());
        generated.forEach((path, content) -> assertThat(content).as(path).isEqualTo(golden.get(path)));
    }

    @Test
    void generationIsDeterministic() throws Exception {
        assertThat(generate()).isEqualTo(generate());
    }

    private static void update(Map<String, String> generated) throws IOException {
        if (Files.exists(GOLDEN)) {
            try (Stream<Path> paths = Files.walk(GOLDEN)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path target = GOLDEN.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
