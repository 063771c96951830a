package dev.typewright.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void generatesAndPrintsOneSummaryLine(@TempDir Path dir) {
        int code = run(
                "generate",
                "--spec",
                "../spec/seam.yaml",
                "--output",
                dir.toString(),
                "--package",
                "com.example.seam",
                "--client-name",
                "Seam",
                "--profile",
                "seam");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .matches("typewright: 1 operations, \\d+ types, \\d+ files in \\d+ ms\\R");
        assertThat(dir.resolve("com/example/seam/Seam.java")).exists();
        assertThat(dir.resolve("com/example/seam/model/ClientSession.java")).exists();
        assertThat(dir.resolve("README.md")).exists();
    }

    @Test
    void badSpecExitsTwoWithOneMessageAndNoStackTrace(@TempDir Path dir) {
        int code = run(
                "generate",
                "--spec",
                "src/test/resources/specs/broken-ref.yaml",
                "--output",
                dir.toString(),
                "--package",
                "x");

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(message)
                .contains("broken-ref.yaml")
                .contains("/paths/~1a~1b/post")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void badArgumentsExitTwoWithUsage(@TempDir Path dir) throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(run("generate", "--spec", "../spec/seam.yaml")).isEqualTo(2);
        assertThat(run("generate", "--bogus", "x")).isEqualTo(2);
        assertThat(run(
                        "generate",
                        "--spec",
                        "../spec/seam.yaml",
                        "--output",
                        dir.toString(),
                        "--package",
                        "not a package"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("usage: typewright generate")
                .contains("not a Java package name");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnknownProfileOrPolicyIsAUsageError(@TempDir Path dir) {
        String[] common = {"generate", "--spec", "../spec/seam.yaml", "--output", dir.toString(), "--package", "p"};
        assertThat(run(concat(common, "--profile", "stripe"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown profile stripe; known profiles: standard, seam");
        assertThat(run(concat(common, "--policy", "pager"))).isEqualTo(2);
        assertThat(run(concat(common, "--policy", "pagr=com.example.Pager"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown policy pagr");
        assertThat(run(concat(common, "--policy", "pager=com.example.Pager(); System.exit(1)")))
                .isEqualTo(2);
        assertThat(dir).isEmptyDirectory();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
