package dev.typewright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.write.OutputWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in this JVM: each message, each exit code. */
class TypewrightTest {
    static final String SEAM_SPEC = "../generator/src/test/resources/specs/seam-seed.yaml";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Typewright.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[] generate(Path output, String... more) {
        String[] common = {"generate", "--spec", SEAM_SPEC, "--output", output.toString(), "--package", "p"};
        String[] all = Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    @Test
    void helpAndVersionGoToStdoutWithExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage: typewright").contains("generate").contains("verify");
        assertThat(run("--version")).isZero();
        assertThat(out()).containsPattern("typewright (\\S+|\\(a development build\\))\\R");
        out.reset();

        assertThat(run("generate", "--help")).isZero();
        assertThat(out())
                .contains("Usage: typewright generate")
                .contains("--spec=FILE")
                .contains("The OpenAPI document, YAML or JSON.")
                .contains("Exit codes:")
                .contains("2   bad arguments");
        assertThat(run("help", "verify")).isZero();
        assertThat(out()).contains("Usage: typewright verify").contains("--docs=DIR");
        assertThat(err()).isEmpty();
    }

    @Test
    void generatesAndPrintsOneSummaryLine(@TempDir Path dir) {
        assertThat(run(
                        "generate",
                        "--spec",
                        SEAM_SPEC,
                        "--output",
                        dir.toString(),
                        "--package",
                        "com.example.seam",
                        "--client-name",
                        "Seam",
                        "--profile",
                        "seam"))
                .isZero();

        assertThat(out()).matches("typewright: 1 operations, \\d+ types, \\d+ files in \\d+ ms\\R");
        assertThat(dir.resolve("com/example/seam/Seam.java")).exists();
        assertThat(dir.resolve("README.md")).exists();
        assertThat(err()).isEmpty();
    }

    @Test
    void mappingsAndFiltersAreRepeatableOptionsAndAMistakeInOneIsNamed(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths:
                  /pets/{id}:
                    get:
                      operationId: getPet
                      parameters: [{name: id, in: path, required: true, schema: {type: string, format: uuid}}]
                      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}
                  /admin: {post: {operationId: reset, responses: {'204': {description: done}}}}
                components:
                  schemas:
                    Pet: {type: object, properties: {age: {type: integer}}}
                """);
        Path output = dir.resolve("out");
        String[] args = {"generate", "--spec", spec.toString(), "--output", output.toString(), "--package", "p"};

        assertThat(run(concat(
                        args,
                        "--type-mapping",
                        "string+uuid=java.util.UUID",
                        "--type-mapping",
                        "integer=Long",
                        "--exclude",
                        "reset",
                        "--include",
                        "getPet",
                        "--include",
                        "tag:nothing")))
                .isZero();

        assertThat(err())
                .as(out())
                .isEqualTo("typewright: warning: /paths: include tag:nothing matches no operation\n");
        assertThat(Files.readString(output.resolve("p/model/Pet.java"))).contains("@Nullable Long age");
        assertThat(Files.readString(output.resolve("p/model/PetsGetPetRequest.java")))
                .contains("UUID id");
        assertThat(output.resolve("p/AdminClient.java")).doesNotExist();
        assertThat(err()).contains("typewright: warning: /paths: include tag:nothing matches no operation");
        err.reset();

        assertThat(run(concat(args, "--type-mapping", "uuid=java.util.UUID"))).isEqualTo(2);
        assertThat(err()).startsWith("typewright: type mapping uuid=java.util.UUID: the key must be a type");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void timingsIsAFlagAndRefusesWhatIsNotABoolean(@TempDir Path dir) {
        assertThat(run(generate(dir, "--timings"))).isZero();
        assertThat(out()).contains("typewright: parse ");
        assertThat(run(generate(dir, "--timings", "yes"))).isEqualTo(2);
        assertThat(err()).contains("Unmatched argument at index 8: 'yes'");
    }

    @Test
    void usageErrorsAreOneLineAndAPointerToHelpWithExitTwo(@TempDir Path dir) throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).startsWith("typewright: say what to do: generate or verify");
        err.reset();

        assertThat(run("generate", "--spec", SEAM_SPEC)).isEqualTo(2);
        assertThat(err().lines())
                .containsExactly(
                        "typewright: Missing required options: '--output=DIR', '--package=NAME'",
                        "Run 'typewright generate --help' for its usage.");
        err.reset();

        assertThat(run(generate(dir, "--bogus", "x"))).isEqualTo(2);
        assertThat(err()).startsWith("typewright: Unknown options: '--bogus', 'x'");
        err.reset();

        assertThat(run("generate", "--spec", SEAM_SPEC, "--output", dir.toString(), "--package", "not a package"))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("typewright: not a Java package name: not a package\n");
        assertThat(run(generate(dir, "--profile", "stripe"))).isEqualTo(2);
        assertThat(err()).contains("unknown profile stripe; known profiles: standard, seam");
        assertThat(run(generate(dir, "--policy", "pager"))).isEqualTo(2);
        assertThat(run(generate(dir, "--policy", "pagr=com.example.Pager"))).isEqualTo(2);
        assertThat(err()).contains("unknown policy pagr");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aBadSpecIsOneMessageWithItsPointerAndExitTwo(@TempDir Path dir) {
        assertThat(run(
                        "generate",
                        "--spec",
                        "../generator/src/test/resources/specs/broken-ref.yaml",
                        "--output",
                        dir.toString(),
                        "--package",
                        "x"))
                .isEqualTo(2);

        assertThat(err())
                .startsWith("typewright: invalid OpenAPI document ")
                .contains("broken-ref.yaml")
                .contains("/paths/~1a~1b/post")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void anOutputThatIsAFileOrCannotBeWrittenIsNamedAndExitsOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "not a folder");
        assertThat(run(generate(file))).isEqualTo(1);
        assertThat(err())
                .isEqualTo("typewright: cannot write the output: " + file + " is a file, where a folder is needed\n");
        err.reset();

        // A folder this user may not write to (the build may run as root, who may write anywhere).
        assertThat(OutputWriter.explain(new AccessDeniedException("/srv/out/p/Client.java")))
                .isEqualTo("/srv/out/p/Client.java cannot be written: permission denied");
    }

    @Test
    void verifyRunsTheDocumentedExamples() {
        assertThat(run("verify", "--spec", SEAM_SPEC, "--docs", "../verification/src/test/resources/seed"))
                .isZero();

        assertThat(out().lines()).last().isEqualTo("3 passed, 0 failed, 0 documentation problems, 0 skipped");
        assertThat(run("verify", "--spec", SEAM_SPEC, "--docs", "no/such/folder"))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("typewright verify: no/such/folder is not a folder\n");
    }
}
