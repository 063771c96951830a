package dev.typewright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published executable jar as a user runs it: its own JVM, nothing from the build. */
class TypewrightJarIT {
    static final Path JAR = Path.of(System.getProperty("typewright.cliJar", "target/typewright-cli.jar"));

    record Run(int exit, String out, String err) {}

    static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionComesFromTheJar() throws Exception {
        Run run = java("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("typewright 0.1.0");
    }

    @Test
    void generatesWithoutAWordFromItsLibraries(@TempDir Path dir) throws Exception {
        Run run = java(
                "generate",
                "--spec",
                "../generator/src/test/resources/specs/seam-seed.yaml",
                "--output",
                dir.toString(),
                "--package",
                "p",
                "--profile",
                "seam");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(dir.resolve("p/model/ClientSession.java")).exists();
    }

    @Test
    void theSeedPagePassesThroughVerify() throws Exception {
        Run run = java(
                "verify",
                "--spec",
                "../generator/src/test/resources/specs/seam-seed.yaml",
                "--docs",
                "../verification/src/test/resources/seed");

        assertThat(run.out().lines())
                .containsExactly(
                        "PASS  client_sessions/get.md:9  Get a Client Session",
                        "PASS  client_sessions/get.md:233  Response sample",
                        "PASS  client_sessions/get.md:257  Get a client session for a user identifier key",
                        "3 passed, 0 failed, 0 documentation problems, 0 skipped");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void aBrokenSpecIsOneMessageWithoutParserNoise(@TempDir Path dir) throws Exception {
        Run run = java(
                "generate",
                "--spec",
                "../generator/src/test/resources/specs/not-yaml.yaml",
                "--output",
                dir.toString(),
                "--package",
                "p");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }
}
