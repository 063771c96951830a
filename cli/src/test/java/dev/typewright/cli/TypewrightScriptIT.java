package dev.typewright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typewright script beside the jar, as users run it: its exit codes, output and class-data archive. */
class TypewrightScriptIT {
    static final Path SCRIPT = Path.of(System.getProperty("typewright.script", "target/typewright"));
    static final String SEED = "../generator/src/test/resources/specs/seam-seed.yaml";

    static TypewrightJarIT.Run script(Path cache, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("TYPEWRIGHT_CACHE", cache.toString());
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new TypewrightJarIT.Run(
                p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    static List<String> cached(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFirstGenerationMakesTheArchiveAndTheNextUsesItQuietly(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        TypewrightJarIT.Run first = script(
                cache, "generate", "--spec", SEED, "--output", dir.resolve("a").toString(), "--package", "p");

        assertThat(first.exit()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).matches("typewright: 2 operations, 4 types, 9 files in \\d+ ms\\R");
        assertThat(cached(cache))
                .singleElement()
                .satisfies(name -> assertThat(name).matches("classes-\\d+-\\d+\\.jsa"));

        TypewrightJarIT.Run second = script(
                cache, "generate", "--spec", SEED, "--output", dir.resolve("b").toString(), "--package", "p");

        assertThat(second.exit()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).matches("typewright: 2 operations, 4 types, 9 files in \\d+ ms\\R");
        assertThat(Files.readString(dir.resolve("b/p/model/ClientSession.java")))
                .isEqualTo(Files.readString(dir.resolve("a/p/model/ClientSession.java")));
    }

    @Test
    void aFailureKeepsItsExitCodeAndLeavesNoHalfArchive(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        TypewrightJarIT.Run run = script(
                cache,
                "generate",
                "--spec",
                dir.resolve("missing.yaml").toString(),
                "--output",
                dir.toString(),
                "--package",
                "p");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file").hasLineCount(1);
        assertThat(cached(cache)).isEmpty();
    }

    @Test
    void noneTurnsTheArchiveOffAndOnlyGenerateMakesOne(@TempDir Path dir) throws Exception {
        Path none = Path.of("none");
        assertThat(script(none, "generate", "--spec", SEED, "--output", dir.toString(), "--package", "p")
                        .exit())
                .isZero();
        assertThat(Path.of("none")).doesNotExist();

        Path cache = dir.resolve("cache");
        assertThat(script(cache, "--version").out()).startsWith("typewright 0.1.0");
        assertThat(cached(cache)).isEmpty();
    }
}
