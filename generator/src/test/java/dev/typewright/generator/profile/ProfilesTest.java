package dev.typewright.generator.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.InProcessCompiler;
import dev.typewright.generator.load.SpecException;
import dev.typewright.runtime.Json;
import dev.typewright.runtime.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policies a profile supplies, each on and off, on a pet store that uses Typewright's own
 * extensions: generated, compiled and called against a real loopback server.
 */
class ProfilesTest {
    static final Path PETSTORE = Path.of("src/test/resources/specs/petstore.yaml");
    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    static final String DRIVER = """
            package driver;

            import com.example.pets.Pets;
            import com.example.pets.model.*;
            import com.fasterxml.jackson.databind.JsonNode;
            import dev.typewright.runtime.Poller;
            import java.util.List;
            import java.util.concurrent.CompletableFuture;

            public final class Driver {
                /** Polls an adoption until its state is no longer "pending". */
                public static final class AdoptionPoller implements Poller {
                    @Override
                    public CompletableFuture<JsonNode> await(JsonNode started, Polling polling) {
                        if (!started.path("state").asText().equals("pending")) {
                            return CompletableFuture.completedFuture(started);
                        }
                        String id = started.path("adoption_id").asText();
                        return polling.call(dev.typewright.runtime.ApiRequest.get("/adoptions/{id}").pathParam("id", id))
                                .thenCompose(next -> await(next, polling));
                    }
                }

                public static List<String> names(String url) {
                    try (Pets pets = Pets.builder().apiKey("k1").endpoint(url).build()) {
                        return pets.pets().listPetsAll(PetsListPetsRequest.builder().limit(1).build())
                                .map(Pet::name).toList();
                    }
                }

                public static String adopt(String url) {
                    try (Pets pets = Pets.builder().apiKey("k1").endpoint(url).build()) {
                        return pets.pets().adoptPet(PetsAdoptPetRequest.builder().petId("p1").build()).state();
                    }
                }
            }
            """;

    static Generator.Output generate(Path dir, String profile, Map<String, String> policies) throws SpecException {
        return Generator.emit(
                new GeneratorOptions(PETSTORE, dir, "com.example.pets", "Pets", null).withProfile(profile, policies));
    }

    static Class<?> compile(Generator.Output output, Path dir) throws Exception {
        return InProcessCompiler.compile(
                        output.javaFiles(), "driver.Driver", DRIVER, dir.resolve("classes"), List.of("-Werror"))
                .loadClass("driver.Driver");
    }

    @Test
    void pagesFollowTheCursorTheSpecDeclares(@TempDir Path dir) throws Exception {
        Class<?> driver = compile(generate(dir, "standard", Map.of()), dir);
        try (TestServer server = new TestServer()) {
            server.script(
                    TestServer.reply(200, "{\"items\":[{\"name\":\"Rex\"}],\"next_page_token\":\"t2\"}", JSON),
                    TestServer.reply(200, "{\"items\":[{\"name\":\"Tom\"}],\"next_page_token\":null}", JSON));

            assertThat(driver.getMethod("names", String.class).invoke(null, server.url()))
                    .isEqualTo(List.of("Rex", "Tom"));
            assertThat(server.requests)
                    .extracting(TestServer.Recorded::uri)
                    .containsExactly("/pets?limit=1", "/pets?limit=1&page_token=t2");
            assertThat(server.requests.get(0).header("X-API-Key")).isEqualTo("k1");
        }
    }

    @Test
    void aLongRunningCallWaitsOnlyWithAPoller(@TempDir Path dir) throws Exception {
        Class<?> plain = compile(generate(dir.resolve("plain"), "standard", Map.of()), dir.resolve("plain"));
        Class<?> polling = compile(
                generate(dir.resolve("polling"), "standard", Map.of("poller", "driver.Driver.AdoptionPoller")),
                dir.resolve("polling"));
        try (TestServer server = new TestServer()) {
            server.script(TestServer.reply(202, "{\"adoption_id\":\"a1\",\"state\":\"pending\"}", JSON));
            assertThat(plain.getMethod("adopt", String.class).invoke(null, server.url()))
                    .isEqualTo("pending");

            server.requests.clear();
            server.script(
                    TestServer.reply(202, "{\"adoption_id\":\"a1\",\"state\":\"pending\"}", JSON),
                    TestServer.reply(200, "{\"adoption_id\":\"a1\",\"state\":\"done\"}", JSON));
            assertThat(polling.getMethod("adopt", String.class).invoke(null, server.url()))
                    .isEqualTo("done");
            assertThat(server.requests)
                    .extracting(TestServer.Recorded::uri)
                    .containsExactly("/pets/p1/adoptions", "/adoptions/a1");
        }
    }

    @Test
    void theStandardProfileGeneratesNothingOfSeams(@TempDir Path dir) throws Exception {
        Generator.Output output = generate(dir, "standard", Map.of());
        StringBuilder all = new StringBuilder();
        for (JavaFile f : output.javaFiles()) {
            all.append(f);
        }
        output.textFiles().forEach(t -> all.append(t.content()));
        for (String seam : SeamNamesTest.SEAM_NAMES) {
            assertThat(all.toString()).as(seam).doesNotContainIgnoringCase(seam);
        }
        assertThat(all.toString()).doesNotContain("SeamPolicies", "action attempt");
    }

    static final String TWO_METHODS = """
            openapi: 3.0.3
            info: {title: Things, version: '1'}
            servers: [{url: 'http://localhost'}]
            paths:
              /things/get:
                get:
                  x-typewright-method-name: get
                  parameters: [{name: thing_id, in: query, schema: {type: string}}]
                  responses: {'200': {description: ok}}
                post:
                  x-typewright-method-name: get
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {thing_id: {type: string}}}
                  responses: {'200': {description: ok}}
            """;

    @Test
    void oneEndpointUnderTwoMethodsIsTwoMethodsUnlessTheProfileChoosesOne(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("things.yaml"), TWO_METHODS);
        GeneratorOptions options = new GeneratorOptions(spec, dir, "things", null, null);

        Generator.Output standard = Generator.emit(options);
        assertThat(standard.warnings())
                .contains("/paths/~1things~1get/post: operation is named things.get like GET /things/get;"
                        + " generated as get_post (give it another operationId or x-typewright-method-name)");
        assertThat(standard.model().operations())
                .extracting(op -> op.httpMethod() + " " + op.methodName())
                .containsExactly("GET get", "POST get_post");
        assertThat(Generator.emit(options.withProfile("seam", Map.of())).model().operations())
                .singleElement()
                .satisfies(op -> assertThat(op.httpMethod()).isEqualTo("POST"));
    }

    static final String BODIES = """
            openapi: 3.0.3
            info: {title: Things, version: '1'}
            servers: [{url: 'http://localhost'}]
            paths:
              /things:
                post:
                  operationId: create
                  requestBody: {$ref: '#/components/requestBodies/Thing'}
                  responses: {'204': {description: ok}}
              /uploads:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data: {}
                  responses: {'204': {description: ok}}
            components:
              requestBodies:
                Thing:
                  required: true
                  content:
                    application/json:
                      schema: {type: object, required: [name], properties: {name: {type: string}}}
            """;

    @Test
    void aReferencedBodyReachesTheWireAndAnUnsupportedOneIsAWarningWithItsPointer(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("things.yaml"), BODIES);
        Generator.Output output = Generator.emit(new GeneratorOptions(spec, dir, "things", "Things", null));

        assertThat(output.warnings())
                .containsExactly("/paths/~1uploads/post/requestBody/content/multipart~1form-data/schema:"
                        + " a multipart/form-data body without a schema has no fields to send");
        Class<?> driver = InProcessCompiler.compile(
                        output.javaFiles(), "driver.Create", """
                        package driver;

                        public final class Create {
                            public static void run(String url) {
                                try (things.Things t = things.Things.builder().endpoint(url).build()) {
                                    t.things().create(things.model.ThingsCreateRequest.builder().name("n1").build());
                                }
                            }
                        }
                        """, dir.resolve("classes"), List.of("-Werror"))
                .loadClass("driver.Create");
        try (TestServer server = new TestServer()) {
            server.respond(204, "", Map.of());
            driver.getMethod("run", String.class).invoke(null, server.url());
            assertThat(Json.parse(server.requests.get(0).body())).isEqualTo(Json.parse("{\"name\":\"n1\"}"));
        }
    }

    @Test
    void docsConventionsComeFromTheProfile(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Conventions, version: '1'}
                paths:
                  /a:
                    get:
                      operationId: a
                      summary: The summary
                      x-title: Seam's title
                      x-undocumented: Internal.
                      x-deprecated: Use b.
                      responses: {'204': {description: ok}}
                  /b:
                    get:
                      operationId: b
                      x-typewright-unlisted: true
                      x-typewright-deprecated: Use c.
                      responses: {'204': {description: ok}}
                """);

        List<dev.typewright.generator.model.Operation> standard = Generator.emit(
                        new GeneratorOptions(spec, dir, "com.example", "Api", null).withProfile("standard", Map.of()))
                .model()
                .operations();
        List<dev.typewright.generator.model.Operation> seam = Generator.emit(
                        new GeneratorOptions(spec, dir, "com.example", "Api", null).withProfile("seam", Map.of()))
                .model()
                .operations();

        assertThat(standard.get(0).title()).isEqualTo("The summary");
        assertThat(standard.get(0).unlisted()).isNull();
        assertThat(standard.get(0).deprecation().deprecated()).isFalse();
        assertThat(standard.get(1).unlisted()).isEqualTo("Not in the API reference.");
        assertThat(standard.get(1).deprecation().note()).isEqualTo("Use c.");
        assertThat(seam.get(0).title()).isEqualTo("Seam's title");
        assertThat(seam.get(0).unlisted()).contains("Undocumented").contains("Internal.");
        assertThat(seam.get(0).deprecation().note()).isEqualTo("Use b.");
        assertThat(seam.get(1).deprecation().note()).isEqualTo("Use c.");
    }

    @Test
    void onlyCallsThatCannotDoHarmAreRetried(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Retries, version: '1'}
                paths:
                  /things/get:
                    get:
                      operationId: thingsGetGet
                      x-fern-sdk-method-name: things_get
                      responses: {'200': {description: ok}}
                    post:
                      operationId: thingsGetPost
                      x-fern-sdk-method-name: things_get
                      responses: {'200': {description: ok}}
                  /things/count:
                    post:
                      operationId: things_count
                      x-typewright-idempotent: true
                      responses: {'200': {description: ok}}
                  /things/unlock:
                    post:
                      operationId: things_unlock
                      responses: {'200': {description: ok}}
                """);
        String driver = """
                package driver;

                public final class Driver {
                    public static void call(String url, String which) {
                        try (com.example.things.Api api = com.example.things.Api.builder().endpoint(url).build()) {
                            switch (which) {
                                case "get" -> api.things().thingsGet();
                                case "count" -> api.things().thingsCount();
                                default -> api.things().thingsUnlock();
                            }
                        }
                    }
                }
                """;
        Generator.Output output = Generator.emit(
                new GeneratorOptions(spec, dir, "com.example.things", "Api", null).withProfile("seam", Map.of()));
        Class<?> compiled = InProcessCompiler.compile(
                        output.javaFiles(), "driver.Driver", driver, dir.resolve("classes"), List.of("-Werror"))
                .loadClass("driver.Driver");

        try (TestServer server = new TestServer()) {
            for (String which : List.of("get", "count", "unlock")) {
                server.requests.clear();
                server.script(TestServer.reply(500, "{}", JSON));
                server.respond(200, "{}", JSON);
                try {
                    compiled.getMethod("call", String.class, String.class).invoke(null, server.url(), which);
                } catch (java.lang.reflect.InvocationTargetException failed) {
                    assertThat(failed.getCause()).isInstanceOf(dev.typewright.runtime.ServerException.class);
                }
                assertThat(server.requests)
                        .extracting(TestServer.Recorded::method)
                        .as(which)
                        .containsExactlyElementsOf(which.equals("unlock") ? List.of("POST") : List.of("POST", "POST"));
            }
        }
    }
}
