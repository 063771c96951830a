package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationTest {
    static final String FULL_SPEC = System.getProperty("typewright.fullSpec", "../spec/seam.json");

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String spec, String docs) {
        return run(spec, docs, false);
    }

    int run(String spec, String docs, boolean strict) {
        return run(Path.of(spec), Path.of(docs), "seam", strict);
    }

    /** @param docs null for the spec's own examples */
    int run(Path spec, Path docs, String profile, boolean strict) {
        return run(spec, docs, profile, null, strict);
    }

    int run(Path spec, Path docs, String profile, String clientName, boolean strict) {
        return Verification.verify(
                spec,
                docs,
                profile,
                clientName,
                strict,
                new PrintWriter(out, true, StandardCharsets.UTF_8),
                new PrintWriter(err, true, StandardCharsets.UTF_8));
    }

    /**
     * Without a docs folder the spec's own examples are checked: a body's named examples, a lone
     * response example, parameter examples for a call without a body, under a server URL with a
     * variable and a base path.
     */
    @Test
    void theSpecsOwnExamplesAreCheckedWhenThereIsNoDocsFolder() {
        int exit = run(Path.of("src/test/resources/spec-examples/pets.yaml"), null, "standard", false);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines)
                .startsWith("PASS  pets.md:9  Create a pet", "PASS  pets.md:88  Response sample")
                .contains("PASS  pets/petId.md:8  Get a pet", "PASS  pets/petId.md:77  Response sample")
                .endsWith("4 passed, 0 failed, 1 documentation problems, 0 skipped");
        assertThat(lines.get(2))
                .startsWith("DOCS  pets.md:103  Create a pet, with a typo in the docs: request (root): required"
                        + " property 'name' not found (rule required)");
        assertThat(exit).isZero();
    }

    @Test
    void aSpecWithoutExamplesAndNoDocsFolderIsExitTwo() {
        int exit = run(Path.of("../generator/src/test/resources/specs/petstore.yaml"), null, "standard", false);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("carries no examples to check");
    }

    @Test
    void examplesThatDisagreeWithTheSpecAreDocumentationProblemsWithTheRuleTheyBreak() {
        int exit = run(FULL_SPEC, "src/test/resources/docs-problems");

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0))
                .isEqualTo("DOCS  devices/get.md:6  Get a Device: request /display_name: the spec's request body has"
                        + " no such property (rule properties)");
        assertThat(lines.get(1))
                .startsWith("DOCS  workspaces/get.md:6  Get a Workspace: output /workspace/is_sandbox: ")
                .endsWith("(rule type)");
        assertThat(lines.get(2))
                .startsWith("DOCS  workspaces/get.md:")
                .contains("Response sample: sample /name: ")
                .endsWith("(rule type)");
        assertThat(lines.get(3)).isEqualTo("0 passed, 0 failed, 3 documentation problems, 0 skipped");
        assertThat(exit).isZero();

        out.reset();
        assertThat(run(FULL_SPEC, "src/test/resources/docs-problems", true)).isEqualTo(1);
    }

    @Test
    void theSeedPagePassesAgainstOurSpec() {
        assertThat(run("../generator/src/test/resources/specs/seam-seed.yaml", "src/test/resources/seed"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "PASS  client_sessions/get.md:9  Get a Client Session",
                        "PASS  client_sessions/get.md:233  Response sample",
                        "PASS  client_sessions/get.md:257  Get a client session for a user identifier key",
                        "3 passed, 0 failed, 0 documentation problems, 0 skipped");
    }

    @Test
    void theSeedPagePassesAgainstTheWholeSeamApiAndEveryPageIsReported(@TempDir Path docs) throws Exception {
        Files.createDirectories(docs.resolve("seed/client_sessions"));
        Files.copy(
                Path.of("src/test/resources/seed/client_sessions/get.md"), docs.resolve("seed/client_sessions/get.md"));
        Files.createDirectories(docs.resolve("ours/client_sessions"));
        Files.copy(Path.of("../spec/docs/client_sessions/get.md"), docs.resolve("ours/client_sessions/get.md"));
        Files.writeString(docs.resolve("ours/unknown.md"), "# Not an endpoint\n\nNo examples here.\n");

        int exit = run(FULL_SPEC, docs.toString());

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "PASS  ours/client_sessions/get.md:9  Get a Client Session",
                        "PASS  ours/client_sessions/get.md:144  Response sample",
                        "PASS  ours/client_sessions/get.md:168  Get a client session for a user identifier key",
                        "SKIP  ours/unknown.md  Not an endpoint: no examples",
                        "PASS  seed/client_sessions/get.md:9  Get a Client Session",
                        "PASS  seed/client_sessions/get.md:233  Response sample",
                        "PASS  seed/client_sessions/get.md:257  Get a client session for a user identifier key",
                        "6 passed, 0 failed, 0 documentation problems, 1 skipped");
        assertThat(exit).isZero();
    }

    /**
     * Seam's spec shows no examples, so each page the generator writes for it carries one made up
     * from the schemas, with every parameter and every response field: verifying them all sends
     * each call of the API through the client and reads each response back losslessly. The pages
     * name the client as the published one does, {@code Seam}, not by the spec's title.
     */
    @Test
    void everyPageTheGeneratorWritesForTheWholeSeamApiPasses(@TempDir Path work) throws Exception {
        Path docs = pages(Path.of(FULL_SPEC), work.resolve("docs"), "seam", "Seam");

        int exit = run(Path.of(FULL_SPEC), docs, "seam", "Seam", true);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).filteredOn(line -> !line.startsWith("PASS")).hasSize(1);
        assertThat(lines.get(lines.size() - 1))
                .matches("4\\d\\d passed, 0 failed, 0 documentation problems, 0 skipped");
        assertThat(lines)
                .contains(
                        "PASS  access_codes/create.md:8  Create an Access Code",
                        "PASS  locks/unlock_door.md:8  Unlock a Lock",
                        "PASS  client_sessions/get.md:8  Get a Client Session");
        assertThat(exit).isZero();
    }

    /**
     * Made-up values follow the schema (bounds, lengths, formats, patterns, a union's
     * discriminator), leave out what a request or a response must not carry, come out the same on
     * every run, and pass the verifier; a call whose required value cannot be made up gets no
     * example rather than a wrong one.
     */
    @Test
    void madeUpExamplesFollowTheirSchemasAndPass(@TempDir Path work) throws Exception {
        Path spec = Path.of("src/test/resources/made-up/shop.yaml");
        Path docs = pages(spec, work.resolve("docs"), "standard", null);
        String page = Files.readString(docs.resolve("orders.md"));
        pages(spec, work.resolve("again"), "standard", null);

        int exit = run(spec, docs, "standard", true);

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "PASS  orders.md:8  Create an order",
                        "PASS  orders.md:136  Response sample",
                        "SKIP  orders/order_id.md  Get an order: no examples",
                        "2 passed, 0 failed, 0 documentation problems, 1 skipped");
        assertThat(exit).isZero();
        assertThat(page)
                .contains(
                        "\"sku\": \"skuxxxxx\"",
                        "\"quantity\": 3",
                        "\"kind\": \"card\"",
                        "\"last4\": \"1234\"",
                        "\"contact\": \"jane@example.com\"",
                        "--header \"Idempotency-Key: 0767d285-0808-3cd5-8ebe-010cd1407545\"",
                        "\"key\": \"value\"")
                .doesNotContain("?dry_run", ".dryRun(", "\"note\"", "\"secret\"", "\"parent\"");
        assertThat(Files.readString(work.resolve("again/orders.md"))).isEqualTo(page);
    }

    /** Generates the spec's client with its docs pages into {@code docs}, and returns that folder. */
    private static Path pages(Path spec, Path docs, String profile, String clientName) throws Exception {
        Path sources = Files.createTempDirectory(docs.getParent(), "src");
        Generator.generate(new GeneratorOptions(spec, sources, "com.example.api", clientName, null, docs)
                .withProfile(profile, java.util.Map.of()));
        return docs;
    }

    @Test
    void pagesWithArraysNumbersNullsNestedGroupsEmptyOutputsAndOneElementListSamplesPassAgainstTheWholeSeamApi() {
        int exit = run(FULL_SPEC, "src/test/resources/seam-pages");

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "PASS  access_codes/delete.md:3  Delete an Access Code",
                        "PASS  devices/list.md:5  List Devices",
                        "PASS  devices/list.md:61  Response sample",
                        "PASS  noise_sensors/noise_thresholds/create.md:3  Create a Noise Threshold",
                        "PASS  noise_sensors/noise_thresholds/create.md:44  Response sample",
                        "PASS  thermostats/cool.md:3  Set a Thermostat to Cool Mode",
                        "6 passed, 0 failed, 0 documentation problems, 0 skipped");
        assertThat(exit).isZero();
    }

    @Test
    void aDocumentedValueOfTheWrongTypeIsADocumentationProblemThatFailsOnlyAStrictRun(@TempDir Path docs)
            throws Exception {
        Files.writeString(
                docs.resolve("wrong.md"),
                Files.readString(Path.of("src/test/resources/seed/client_sessions/get.md"))
                        .replace(
                                "\"client_session_id\": \"c2cbd177-1ace-414b-bb1e-9f129e4a05c1\"\n}\nEOF",
                                "\"client_session_id\": 7\n}\nEOF"));

        assertThat(run("../generator/src/test/resources/specs/seam-seed.yaml", docs.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList().get(0))
                .startsWith("DOCS  wrong.md:9  Get a Client Session: request /client_session_id: ")
                .endsWith("(rule type)");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .endsWith("2 passed, 0 failed, 1 documentation problems, 0 skipped\n");
        out.reset();
        assertThat(run("../generator/src/test/resources/specs/seam-seed.yaml", docs.toString(), true))
                .isEqualTo(1);
    }

    @Test
    void aPageWhoseCurlTabHasNoOutputIsStillChecked(@TempDir Path docs) throws Exception {
        String seed = Files.readString(Path.of("src/test/resources/seed/client_sessions/get.md"));
        int curl = seed.indexOf("{% tab title=\"cURL\" %}");
        int output = seed.indexOf("**Output:**", curl);
        Files.writeString(
                docs.resolve("no-output.md"),
                seed.substring(0, output) + seed.substring(seed.indexOf("{% endtab %}", output)));

        assertThat(run("../generator/src/test/resources/specs/seam-seed.yaml", docs.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList().get(0))
                .isEqualTo("PASS  no-output.md:9  Get a Client Session");
    }

    @Test
    void aFolderWithNothingToCheckExitsWithTwo(@TempDir Path docs) throws Exception {
        assertThat(run("../generator/src/test/resources/specs/seam-seed.yaml", docs.toString()))
                .isEqualTo(2);
        Files.writeString(docs.resolve("overview.md"), "# Overview\n\nNo examples here.\n");
        assertThat(run("../generator/src/test/resources/specs/seam-seed.yaml", docs.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no documented example to check under " + docs);
    }

    @Test
    void aDocsFolderThatIsNotOneExitsWithTwo() {
        assertThat(run("../generator/src/test/resources/specs/seam-seed.yaml", "no/such/folder"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no/such/folder is not a folder");
    }

    @Test
    void aBadSpecIsOneMessageAndExitTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "openapi: 3.0.3\npaths: {}\n");

        assertThat(run(dir.resolve("bad.yaml").toString(), "src/test/resources/seed"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("typewright verify: ")
                .contains("bad.yaml")
                .doesNotContain("\tat ");
    }
}
