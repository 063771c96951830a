package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.docs.TextFile;
import dev.typewright.runtime.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented examples run against the generated client, and the checker's own failures. */
class VerifierTest {
    static final Path SPEC =
            Path.of(System.getProperty("typewright.spec", "../generator/src/test/resources/specs/seam-seed.yaml"));
    static final Path SEED_DOCS = Path.of("src/test/resources/seed");

    static Verifier verifier;
    static CheckingServer server;

    @BeforeAll
    static void start() throws Exception {
        verifier = Verifier.forSpec(SPEC);
        server = new CheckingServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bothExamplesOfTheSeedPageAndItsResponseSamplePass(@TempDir Path work) throws Exception {
        List<Verifier.Outcome> outcomes = verifier.verify(SEED_DOCS, work);

        assertThat(outcomes)
                .extracting(Verifier.Outcome::toString)
                .containsExactly(
                        "PASS  client_sessions/get.md:9  Get a Client Session",
                        "PASS  client_sessions/get.md:233  Response sample",
                        "PASS  client_sessions/get.md:257  Get a client session for a user identifier key");
    }

    @Test
    void theDocsPagesOfSpecPass(@TempDir Path work) throws Exception {
        List<Verifier.Outcome> outcomes = verifier.verify(Path.of("../spec/docs"), work.resolve("classes"));

        assertThat(outcomes)
                .hasSize(3)
                .allSatisfy(o -> assertThat(o.passed()).as(o.toString()).isTrue());
    }

    @Test
    void theGeneratedDocsPagesPassAndTheirJavaTabIsTheCodeThatRan(@TempDir Path work) throws Exception {
        Generator.Output output = Generator.emit(
                new GeneratorOptions(SPEC, work.resolve("src"), "dev.typewright.seam", null, null, work.resolve("docs"))
                        .withProfile("seam", Map.of()));
        for (TextFile page : output.docsPages()) {
            Files.createDirectories(work.resolve("docs").resolve(page.path()).getParent());
            Files.writeString(work.resolve("docs").resolve(page.path()), page.content());
        }

        List<Verifier.Outcome> outcomes = verifier.verify(work.resolve("docs"), work.resolve("classes"));
        assertThat(outcomes)
                .hasSize(3)
                .allSatisfy(o -> assertThat(o.passed()).as(o.toString()).isTrue());

        Path page = work.resolve("docs/client_sessions/get.md");
        Files.writeString(page, Files.readString(page).replace(".clientSessionId(", ".userIdentifierKey("));
        List<Verifier.Outcome> edited = verifier.verify(work.resolve("docs"), work.resolve("classes2"));
        assertThat(edited.get(0).failure()).startsWith("Java tab line 2: expected the verified snippet's");
    }

    @Test
    void aBrokenPageIsReportedWithItsLineAndTheOthersStillRun(@TempDir Path work) throws Exception {
        Path docs = work.resolve("docs");
        Files.createDirectories(docs.resolve("client_sessions"));
        Files.copy(SEED_DOCS.resolve("client_sessions/get.md"), docs.resolve("client_sessions/get.md"));
        Files.writeString(docs.resolve("a_broken.md"), "# Broken\n\n{% tabs %}\n{% tab title=\"cURL\" %}\n");

        List<Verifier.Outcome> outcomes = verifier.verify(docs, work.resolve("classes"));

        assertThat(outcomes.get(0).toString())
                .isEqualTo("FAIL  a_broken.md:3  (page): cannot parse: tabs block never ends (no endtabs)");
        assertThat(outcomes.subList(1, outcomes.size())).hasSize(3).allMatch(Verifier.Outcome::passed);
    }

    @Test
    void aWrongFieldNameInTheDocsIsADocumentationProblem() throws Exception {
        Object plan = plan(page -> page.replace(
                "\"client_session_id\": \"c2cbd177-1ace-414b-bb1e-9f129e4a05c1\"\n}\nEOF",
                "\"client_sesion_id\": \"c2cbd177-1ace-414b-bb1e-9f129e4a05c1\"\n}\nEOF"));

        assertThat(((Verifier.Outcome) plan).verdict()).isEqualTo(Verifier.Verdict.DOCS);
        assertThat(((Verifier.Outcome) plan).docs())
                .isEqualTo("request /client_sesion_id: the spec's request body has no such property (rule properties)");
    }

    @Test
    void aWrongPathFails() throws Exception {
        assertThat(failure(send("/client_sessions/fetch", body -> body), result -> result))
                .isEqualTo("request path: expected /client_sessions/get but was /client_sessions/fetch");
    }

    @Test
    void aMissingFieldFails() throws Exception {
        assertThat(failure(send("/client_sessions/get", body -> body.without("client_session_id")), result -> result))
                .isEqualTo(
                        "request body /client_session_id: expected \"c2cbd177-1ace-414b-bb1e-9f129e4a05c1\" but was (absent)");
    }

    @Test
    void anExtraFieldFails() throws Exception {
        assertThat(failure(
                        send("/client_sessions/get", body -> body.put("user_identifier_key", "jane_doe")),
                        result -> result))
                .isEqualTo("request body /user_identifier_key: expected (absent) but was \"jane_doe\"");
    }

    @Test
    void aWrongTypeFails() throws Exception {
        assertThat(failure(send("/client_sessions/get", body -> body.put("client_session_id", 42)), result -> result))
                .isEqualTo(
                        "request body /client_session_id: expected \"c2cbd177-1ace-414b-bb1e-9f129e4a05c1\" but was 42");
    }

    @Test
    void aDroppedUnknownFieldFails() throws Exception {
        assertThat(failure(send("/client_sessions/get", body -> body), result -> result.without("customer_id")))
                .isEqualTo("result /customer_id: expected \"e387e15f-be27-47ad-881f-4a6fc5460c57\" but was (absent)");
    }

    @Test
    void aResultThatDiffersOnlyInNotationPasses() throws Exception {
        UnaryOperator<ObjectNode> sameInstantOtherNotation = result ->
                result.put("created_at", "2025-06-15T18:54:17.946309+02:00").put("device_count", 1.0);

        assertThat(failure(send("/client_sessions/get", body -> body), sameInstantOtherNotation))
                .isNull();
    }

    @Test
    void aDeliberatelyBrokenClientIsAFailureNeverADocumentationProblem() throws Exception {
        Verifier.Plan plan = (Verifier.Plan) plan(page -> page);

        assertThat(verifier.check(plan, send("/client_sessions/fetch", body -> body), server)
                        .verdict())
                .isEqualTo(Verifier.Verdict.FAIL);
        assertThat(verifier.check(plan, send("/client_sessions/get", body -> body.without("client_session_id")), server)
                        .verdict())
                .isEqualTo(Verifier.Verdict.FAIL);
        Verifier.Call dropsAField = endpoint -> ((ObjectNode)
                        ((JsonNode) send("/client_sessions/get", body -> body).run(endpoint)).deepCopy())
                .without("customer_id");
        assertThat(verifier.check(plan, dropsAField, server).verdict()).isEqualTo(Verifier.Verdict.FAIL);
    }

    /** A hand-written client that can be told to get the request or the result wrong. */
    private static Verifier.Call send(String path, UnaryOperator<ObjectNode> body) {
        return endpoint -> {
            ObjectNode json =
                    (ObjectNode) Json.parse("{\"client_session_id\": \"c2cbd177-1ace-414b-bb1e-9f129e4a05c1\"}");
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(endpoint + path))
                                    .header("Authorization", "Bearer seam_test_seam_api_key")
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            body.apply(json).toString()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return Json.parse(response.body()).get("client_session");
        };
    }

    private static String failure(Verifier.Call call, UnaryOperator<ObjectNode> result) throws Exception {
        Verifier.Plan plan = (Verifier.Plan) plan(page -> page);
        return verifier.check(plan, endpoint -> result.apply(((JsonNode) call.run(endpoint)).deepCopy()), server)
                .failure();
    }

    private static Object plan(UnaryOperator<String> edit) throws Exception {
        String text = edit.apply(Files.readString(SEED_DOCS.resolve("client_sessions/get.md")));
        DocsPage page = DocsParser.parse(text);
        return verifier.plan("get.md", page.examples().get(0));
    }
}
