package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** typewright-verify.jar as a user runs it: its own JVM, its own classpath, nothing from the build. */
class VerifyJarIT {
    static final Path JAR = Path.of(System.getProperty("typewright.verifyJar", "target/typewright-verify.jar"));

    record Run(int exit, String out, String err) {}

    static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theSeedPagePassesThroughTheJar() throws Exception {
        Run run = java("--spec", "../spec/seam.yaml", "--docs", "src/test/resources/seed");

        assertThat(run.out().lines())
                .containsExactly(
                        "PASS  client_sessions/get.md:9  Get a Client Session",
                        "PASS  client_sessions/get.md:257  Get a client session for a user identifier key",
                        "PASS  client_sessions/get.md:233  Response sample",
                        "3 passed, 0 failed");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void missingArgumentsPrintTheUsageAndExitTwo() throws Exception {
        Run run = java("--spec", "../spec/seam.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(VerifyMain.USAGE);
    }
}
