package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.typewright.generator.load.Customizations;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One construct of OpenAPI per test: a tiny spec is generated, compiled with a driver that calls
 * the client, and run against a loopback server that records each request as it arrived: method,
 * path and query, headers, and the body's bytes.
 */
class WireTest {
    record Recorded(String method, String target, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue()))
                    .findFirst()
                    .orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger tokens = new java.util.concurrent.atomic.AtomicInteger();
    private HttpServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new Recorded(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath()
                            + (exchange.getRequestURI().getRawQuery() == null
                                    ? ""
                                    : "?" + exchange.getRequestURI().getRawQuery()),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            // The OAuth2 token endpoint hands out tokens that live for a second.
            String text = exchange.getRequestURI().getPath().equals("/oauth/token")
                    ? "{\"access_token\":\"tok-" + tokens.incrementAndGet()
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":1}"
                    : "{}";
            // A call that asks for a status gets it, with a body of that status's own shape.
            String query = exchange.getRequestURI().getRawQuery();
            int status = 200;
            if (query != null && query.matches("answer=\\d{3}")) {
                status = Integer.parseInt(query.substring(7));
                text = switch (status) {
                    case 201 -> "{\"id\":7}";
                    case 202 -> "{\"message\":\"merging\"}";
                    case 204 -> "";
                    default -> "{\"odd\":true}";
                };
            }
            byte[] answer = text.getBytes(StandardCharsets.UTF_8);
            String type = "application/json";
            if (exchange.getRequestURI().getPath().startsWith("/download")) {
                answer = new byte[] {0, 1, 2, (byte) 255};
                type = "application/octet-stream";
            } else if (exchange.getRequestURI().getPath().startsWith("/text")) {
                answer = "h\u00e9llo".getBytes(StandardCharsets.ISO_8859_1);
                type = "text/plain; charset=ISO-8859-1";
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /**
     * Generates {@code paths} (indented as under {@code paths:}) with {@code components}, compiles
     * them with {@code calls} as the body of a driver method given {@code client}, runs it, and
     * returns what the server received.
     */
    private List<Recorded> run(String paths, String components, String calls) throws Exception {
        return run(paths, components, "", calls);
    }

    /** As {@link #run(String, String, String)}, with {@code configure} called on the client's builder. */
    private List<Recorded> run(String paths, String components, String configure, String calls) throws Exception {
        return runDocument(document(paths, components), configure, calls);
    }

    /** A document of {@code paths} and {@code components}, each indented as under its key. */
    private static String document(String paths, String components) {
        // The components' text may end with the document's own security requirements.
        String[] parts = components.stripIndent().split("(?m)^(?=security:)", 2);
        return "openapi: 3.0.3\ninfo: {title: Wire, version: '1'}\npaths:\n"
                + paths.stripIndent().indent(2)
                + (parts[0].isBlank() ? "" : "components:\n" + parts[0].indent(2))
                + (parts.length > 1 ? parts[1] : "");
    }

    /** As {@link #run(String, String, String, String)}, for a whole document. */
    private List<Recorded> runDocument(String document, String configure, String calls) throws Exception {
        return runDocument(document, configure, calls, Customizations.NONE, "");
    }

    /** The output of the last {@link #runDocument}. */
    private Generator.Output output;

    /** The driver class the last {@link #runDocument} compiled and ran. */
    private Class<?> driverClass;

    /** As {@link #runDocument(String, String, String)}, with {@code members} declared in the driver class. */
    private List<Recorded> runDocument(
            String document, String configure, String calls, Customizations customizations, String members)
            throws Exception {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(spec, document);
        // Docs pages are rendered too, so that each construct is shown as well as sent.
        output = Generator.emit(new GeneratorOptions(
                        spec, dir.resolve("src"), "com.example.wire", "WireClient", null, dir.resolve("docs"))
                .withProfile("standard", Map.of())
                .withCustomizations(customizations));
        String driver = """
                package com.example.wire;

                %s
                import dev.typewright.runtime.Upload;
                import java.util.*;

                public final class Driver {
                    public static void run(String endpoint) throws Exception {
                        try (WireClient client = WireClient.builder().endpoint(endpoint)%s.build()) {
                %s
                        }
                    }
                %s
                }
                """.formatted(
                output.javaFiles().stream().anyMatch(f -> f.packageName().endsWith(".model"))
                        ? "import com.example.wire.model.*;"
                        : "",
                configure,
                calls.stripIndent().indent(12),
                members.stripIndent().indent(4));
        ClassLoader loader = InProcessCompiler.compile(
                output.javaFiles(),
                "com.example.wire.Driver",
                driver,
                dir.resolve("classes"),
                List.of("-Xlint:all,-deprecation", "-Werror"));
        driverClass = loader.loadClass("com.example.wire.Driver");
        driverClass
                .getMethod("run", String.class)
                .invoke(null, "http://127.0.0.1:" + server.getAddress().getPort());
        return List.copyOf(requests);
    }

    @Test
    void aRequestBodyByRefIsSentAsJson() throws Exception {
        List<Recorded> sent = run(
                """
                /pets:
                  post:
                    operationId: addPet
                    requestBody: {$ref: '#/components/requestBodies/Pet'}
                    responses: {'200': {description: ok}}
                """,
                """
                requestBodies:
                  Pet:
                    required: true
                    content:
                      application/json: {schema: {$ref: '#/components/schemas/Pet'}}
                      application/xml: {schema: {$ref: '#/components/schemas/Pet'}}
                schemas:
                  Pet: {type: object, properties: {name: {type: string}, tags: {type: array, items: {type: string}}}}
                """,
                "client.pets().addPet(PetsAddPetRequest.builder().name(\"Rex\").tags(List.of(\"a\", \"b\")).build());");
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.target()).isEqualTo("/pets");
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(r.text()).isEqualTo("{\"name\":\"Rex\",\"tags\":[\"a\",\"b\"]}");
        });
    }

    @Test
    void aJsonBodyCanBeSentInTheOtherMediaTypesTheApiTakesForIt() throws Exception {
        List<Recorded> sent = run("""
                /pets:
                  post:
                    operationId: addPet
                    requestBody:
                      content:
                        application/json: {schema: {$ref: '#/components/schemas/Pet'}}
                        application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Pet'}}
                        multipart/form-data: {schema: {$ref: '#/components/schemas/Pet'}}
                    responses: {'204': {description: added}}
                """, """
                schemas:
                  Pet: {type: object, properties: {name: {type: string}, tags: {type: array, items: {type: string}}}}
                """, """
                PetsAddPetRequest pet = PetsAddPetRequest.builder().name("Rex b").tags(List.of("a", "b")).build();
                client.pets().addPet(pet);
                client.withOptions(o -> o.bodyMediaType("application/x-www-form-urlencoded")).pets().addPet(pet);
                client.withOptions(o -> o.bodyMediaType("multipart/form-data")).pets().addPet(pet);
                """);
        assertThat(output.warnings()).isEmpty();
        assertThat(sent.get(0).header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.get(0).text()).isEqualTo("{\"name\":\"Rex b\",\"tags\":[\"a\",\"b\"]}");
        assertThat(sent.get(1).header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(sent.get(1).text()).isEqualTo("name=Rex%20b&tags=a&tags=b");
        assertThat(sent.get(2).header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(sent.get(2).text())
                .contains("Content-Disposition: form-data; name=\"name\"\r\n\r\nRex b\r\n")
                .contains("Content-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n")
                .contains("Content-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n");
    }

    @Test
    void aJsonArrayBodyAndAPlusJsonMediaTypeAreSentAsTheyAre() throws Exception {
        List<Recorded> sent = run("""
                /users:
                  post:
                    operationId: createUsers
                    requestBody:
                      content:
                        application/json: {schema: {type: array, items: {$ref: '#/components/schemas/User'}}}
                    responses: {'200': {description: ok}}
                  patch:
                    operationId: mergeUser
                    requestBody:
                      content:
                        application/merge-patch+json: {schema: {$ref: '#/components/schemas/User'}}
                    responses: {'200': {description: ok}}
                """, """
                schemas:
                  User: {type: object, properties: {name: {type: string}}}
                """, """
                client.users().createUsers(UsersCreateUsersRequest.builder()
                        .body(List.of(User.builder().name("a").build(), User.builder().name("b").build()))
                        .build());
                client.users().mergeUser(UsersMergeUserRequest.builder().name("c").build());
                """);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).text()).isEqualTo("[{\"name\":\"a\"},{\"name\":\"b\"}]");
        assertThat(sent.get(1).method()).isEqualTo("PATCH");
        assertThat(sent.get(1).header("Content-Type")).isEqualTo("application/merge-patch+json");
        assertThat(sent.get(1).text()).isEqualTo("{\"name\":\"c\"}");
    }

    @Test
    void aFormBodyIsUrlEncodedWithItsEncodingStyles() throws Exception {
        List<Recorded> sent = run("""
                /pets/{petId}:
                  post:
                    operationId: updateWithForm
                    parameters: [{name: petId, in: path, required: true, schema: {type: integer, format: int64}}]
                    requestBody:
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            type: object
                            properties:
                              name: {type: string}
                              status: {type: string, enum: [available, sold]}
                              tags: {type: array, items: {type: string}}
                              ids: {type: array, items: {type: integer}}
                              filter: {type: object, properties: {color: {type: string}, size: {type: integer}}}
                          encoding:
                            ids: {style: pipeDelimited, explode: false}
                            filter: {style: deepObject, explode: true}
                    responses: {'200': {description: ok}}
                """, "", """
                client.pets().updateWithForm(PetsUpdateWithFormRequest.builder()
                        .petId(7L)
                        .name("Rex & Co")
                        .status(Status.SOLD)
                        .tags(List.of("x y", "z"))
                        .ids(List.of(1, 2))
                        .filter(PetsUpdateWithFormFilter.builder().color("red").size(3).build())
                        .build());
                """);
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("/pets/7");
            assertThat(r.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(r.text())
                    .isEqualTo("name=Rex%20%26%20Co&status=sold&tags=x%20y&tags=z&ids=1%7C2"
                            + "&filter%5Bcolor%5D=red&filter%5Bsize%5D=3");
        });
    }

    @Test
    void aMultipartBodySendsFilesFromAPathBytesOrAStreamWithTheirNamesAndTypes() throws Exception {
        Path file = Files.writeString(dir.resolve("photo.txt"), "from a file");
        List<Recorded> sent = run("""
                /pets/{petId}/upload:
                  post:
                    operationId: uploadFile
                    parameters: [{name: petId, in: path, required: true, schema: {type: integer}}]
                    requestBody:
                      content:
                        multipart/form-data:
                          schema:
                            type: object
                            required: [file]
                            properties:
                              additionalMetadata: {type: string}
                              file: {type: string, format: binary}
                              extras: {type: array, items: {type: string, format: binary}}
                              meta: {type: object, properties: {kind: {type: string}}}
                              image: {type: string, format: binary}
                          encoding:
                            image: {contentType: image/png}
                    responses: {'200': {description: ok}}
                """, "", """
                client.pets().uploadFile(PetsUploadFileRequest.builder()
                        .petId(3)
                        .additionalMetadata("note")
                        .file(Upload.of(java.nio.file.Path.of("%s")).withContentType("text/plain"))
                        .extras(List.of(
                                Upload.of("raw bytes".getBytes()).withFilename("a.bin"),
                                Upload.of(new java.io.ByteArrayInputStream("streamed".getBytes()))
                                        .withFilename("b.csv")
                                        .withContentType("text/csv")))
                        .meta(PetsUploadFileMeta.builder().kind("x").build())
                        .image(Upload.of(new byte[] {1, 2}))
                        .build());
                """.formatted(file.toString().replace("\\", "\\\\")));
        Recorded r = sent.get(0);
        String type = r.header("Content-Type");
        Matcher boundary =
                Pattern.compile("multipart/form-data; boundary=(\\S+)").matcher(type);
        assertThat(boundary.matches()).as(type).isTrue();
        String b = boundary.group(1);
        String image = new String(new byte[] {1, 2}, StandardCharsets.ISO_8859_1);
        assertThat(new String(r.body(), StandardCharsets.ISO_8859_1))
                .isEqualTo("--" + b + "\r\n"
                        + "Content-Disposition: form-data; name=\"additionalMetadata\"\r\n\r\nnote\r\n"
                        + "--" + b + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"photo.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\nfrom a file\r\n"
                        + "--" + b + "\r\n"
                        + "Content-Disposition: form-data; name=\"extras\"; filename=\"a.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\nraw bytes\r\n"
                        + "--" + b + "\r\n"
                        + "Content-Disposition: form-data; name=\"extras\"; filename=\"b.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\nstreamed\r\n"
                        + "--" + b + "\r\n"
                        + "Content-Disposition: form-data; name=\"meta\"\r\n"
                        + "Content-Type: application/json\r\n\r\n{\"kind\":\"x\"}\r\n"
                        + "--" + b + "\r\n"
                        + "Content-Disposition: form-data; name=\"image\"; filename=\"image\"\r\n"
                        + "Content-Type: image/png\r\n\r\n" + image + "\r\n"
                        + "--" + b + "--\r\n");
    }

    @Test
    void textAndBinaryBodiesAreSentAsTheyAreInTheirMediaType() throws Exception {
        List<Recorded> sent = run("""
                /notes:
                  put:
                    operationId: putNote
                    requestBody: {required: true, content: {text/plain: {schema: {type: string}}}}
                    responses: {'204': {description: done}}
                /blobs:
                  put:
                    operationId: putBlob
                    requestBody: {required: true, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
                    responses: {'204': {description: done}}
                /images:
                  put:
                    operationId: putImage
                    requestBody: {content: {'image/*': {}}}
                    responses: {'204': {description: done}}
                /any:
                  post:
                    operationId: postAnything
                    requestBody: {content: {application/json: {}}}
                    responses: {'204': {description: done}}
                """, "", """
                client.notes().putNote(NotesPutNoteRequest.builder().body("héllo").build());
                client.blobs().putBlob(BlobsPutBlobRequest.builder().body(Upload.of(new byte[] {0, 1, 2})).build());
                client.images().putImage(ImagesPutImageRequest.builder()
                        .body(Upload.of(new byte[] {9}).withContentType("image/gif")).build());
                client.any().postAnything(AnyPostAnythingRequest.builder()
                        .body(dev.typewright.runtime.Json.parse("[1,{\\"a\\":null}]")).build());
                """);
        assertThat(sent).hasSize(4);
        assertThat(sent.get(0).method()).isEqualTo("PUT");
        assertThat(sent.get(0).header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(sent.get(0).text()).isEqualTo("héllo");
        assertThat(sent.get(1).header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(sent.get(1).body()).containsExactly(0, 1, 2);
        assertThat(sent.get(2).header("Content-Type")).isEqualTo("image/gif");
        assertThat(sent.get(2).body()).containsExactly(9);
        assertThat(sent.get(3).header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.get(3).text()).isEqualTo("[1,{\"a\":null}]");
    }

    @Test
    void queryHeaderAndCookieParametersFollowTheirStyles() throws Exception {
        List<Recorded> sent = run("""
                /search:
                  parameters: [{name: X-Trace, in: header, schema: {type: array, items: {type: string}}}]
                  get:
                    operationId: search
                    parameters:
                      - {name: tags, in: query, schema: {type: array, items: {type: string}}}
                      - {name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: integer}}}
                      - {name: words, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}
                      - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {min: {type: integer}, owner: {type: object, properties: {id: {type: string}}}}}}
                      - {name: point, in: query, schema: {type: object, properties: {x: {type: integer}, y: {type: integer}}}}
                      - {name: session, in: cookie, required: true, schema: {type: string}}
                      - {name: theme, in: cookie, schema: {type: string}}
                    responses: {'200': {description: ok}}
                """, "", """
                client.search().search(SearchRequest.builder()
                        .xTrace(List.of("a", "b"))
                        .tags(List.of("red", "blue green"))
                        .ids(List.of(1, 2, 3))
                        .words(List.of("x", "y"))
                        .filter(SearchFilter.builder().min(2)
                                .owner(SearchFilter.Owner.builder().id("o/1").build()).build())
                        .point(SearchPoint.builder().x(1).y(2).build())
                        .session("s1")
                        .theme("dark")
                        .build());
                """);
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.target())
                    .isEqualTo("/search?tags=red&tags=blue%20green&ids=1,2,3&words=x%20y"
                            + "&filter%5Bmin%5D=2&filter%5Bowner%5D%5Bid%5D=o%2F1&x=1&y=2");
            assertThat(r.header("X-Trace")).isEqualTo("a,b");
            assertThat(r.header("Cookie")).isEqualTo("session=s1; theme=dark");
        });
    }

    @Test
    void pathParametersFollowTheSimpleLabelAndMatrixStyles() throws Exception {
        List<Recorded> sent = run("""
                /a/{ids}/{point}/{tags}/{spot}/{name}/{key}:
                  get:
                    operationId: styled
                    parameters:
                      - {name: ids, in: path, required: true, schema: {type: array, items: {type: integer}}}
                      - {name: point, in: path, required: true, style: simple, explode: true, schema: {$ref: '#/components/schemas/Point'}}
                      - {name: tags, in: path, required: true, style: label, explode: true, schema: {type: array, items: {type: string}}}
                      - {name: spot, in: path, required: true, style: label, schema: {$ref: '#/components/schemas/Point'}}
                      - {name: name, in: path, required: true, style: matrix, schema: {type: string}}
                      - {name: key, in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: string}}}
                    responses: {'204': {description: none}}
                """, """
                schemas:
                  Point: {type: object, properties: {x: {type: integer}, y: {type: integer}}}
                """, """
                client.a().styled(AStyledRequest.builder()
                        .ids(List.of(3, 4))
                        .point(Point.builder().x(1).y(2).build())
                        .tags(List.of("a b", "c/d"))
                        .spot(Point.builder().x(5).y(6).build())
                        .name("ann,b")
                        .key(List.of("k1", "k2"))
                        .build());
                """);
        assertThat(output.warnings()).isEmpty();
        assertThat(sent.get(0).target()).isEqualTo("/a/3,4/x=1,y=2/.a%20b.c%2Fd/.x,5,y,6/;name=ann%2Cb/;key=k1;key=k2");
    }

    @Test
    void everySecuritySchemeGivesTheBuilderAWayInAndCredentialsTravelWhereTheSchemeSays() throws Exception {
        List<Recorded> sent = run("""
                /things:
                  get:
                    operationId: list
                    responses: {'200': {description: ok}}
                /health:
                  get:
                    operationId: check
                    security: []
                    responses: {'200': {description: ok}}
                """, """
                securitySchemes:
                  keyInQuery: {type: apiKey, in: query, name: api_key}
                  keyInCookie: {type: apiKey, in: cookie, name: session}
                  keyInHeader: {type: apiKey, in: header, name: X-Key}
                  basicAuth: {type: http, scheme: basic}
                  bearerAuth: {type: http, scheme: bearer}
                  oidc: {type: openIdConnect, openIdConnectUrl: 'https://example.com/.well-known/openid-configuration'}
                  oauth:
                    type: oauth2
                    flows:
                      clientCredentials: {tokenUrl: /oauth/token, scopes: {read: Read, write: Write}}
                security:
                  - keyInQuery: []
                  - keyInCookie: []
                  - keyInHeader: []
                    basicAuth: []
                  - bearerAuth: []
                  - oidc: []
                  - oauth: [read, write]
                """, ".keyInQuery(\"q-key\")", """
                client.things().list();
                try (WireClient c = WireClient.builder().endpoint(endpoint).keyInCookie("c-key").build()) {
                    c.things().list();
                }
                try (WireClient c = WireClient.builder().endpoint(endpoint).keyInHeader("h-key", "ann", "pw").build()) {
                    c.things().list();
                }
                String[] current = {"first"};
                try (WireClient c = WireClient.builder().endpoint(endpoint).bearerAuth(() -> current[0]).build()) {
                    c.things().list();
                    current[0] = "second";
                    c.things().list();
                }
                try (WireClient c = WireClient.builder().endpoint(endpoint).oidc("id-token").build()) {
                    c.things().list();
                    c.health().check();
                }
                try (WireClient c = WireClient.builder().endpoint(endpoint).oauthClientCredentials("app", "s3cret").build()) {
                    c.things().list();
                    c.things().list();
                    Thread.sleep(1_100);
                    c.things().list();
                }
                """);
        assertThat(sent.get(0).target()).isEqualTo("/things?api_key=q-key");
        assertThat(sent.get(1).header("Cookie")).isEqualTo("session=c-key");
        assertThat(sent.get(2).header("X-Key")).isEqualTo("h-key");
        assertThat(sent.get(2).header("Authorization")).isEqualTo("Basic YW5uOnB3");
        assertThat(sent.get(3).header("Authorization")).isEqualTo("Bearer first");
        assertThat(sent.get(4).header("Authorization")).isEqualTo("Bearer second");
        assertThat(sent.get(5).header("Authorization")).isEqualTo("Bearer id-token");
        assertThat(sent.get(6).target()).isEqualTo("/health");
        assertThat(sent.get(6).header("Authorization"))
                .as("a call that needs no credentials")
                .isNull();
        List<Recorded> oauth = sent.subList(7, sent.size());
        assertThat(oauth)
                .extracting(Recorded::target)
                .containsExactly("/oauth/token", "/things", "/things", "/oauth/token", "/things");
        assertThat(oauth.get(0).method()).isEqualTo("POST");
        assertThat(oauth.get(0).header("Authorization")).isEqualTo("Basic YXBwOnMzY3JldA==");
        assertThat(oauth.get(0).header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(oauth.get(0).text()).isEqualTo("grant_type=client_credentials&scope=read%20write");
        assertThat(oauth)
                .extracting(r -> r.header("Authorization"))
                .containsSubsequence("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
    }

    @Test
    void aBuilderRefusesNoCredentialsWhereTheSpecRequiresThemAndTwoAlternativesAtOnce() throws Exception {
        String paths = """
                /things:
                  get:
                    operationId: list
                    responses: {'200': {description: ok}}
                """;
        String components = """
                securitySchemes:
                  keyInQuery: {type: apiKey, in: query, name: api_key}
                  bearerAuth: {type: http, scheme: bearer}
                security: [{keyInQuery: []}, {bearerAuth: []}]
                """;
        assertThatThrownBy(() -> run(paths, components, "client.things().list();"))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessage("no credentials: every call of this API needs them, so call one of keyInQuery(...),"
                        + " bearerAuth(...)");
        assertThatThrownBy(
                        () -> run(paths, components, ".keyInQuery(\"k\").bearerAuth(\"t\")", "client.things().list();"))
                .rootCause()
                .hasMessageContaining("credentials are already set with keyInQuery(...)");
        assertThat(requests).isEmpty();
    }

    @Test
    void binaryAndTextResponsesAreReadAsBytesAndTextAndAskedForByTheirMediaType() throws Exception {
        List<Recorded> sent = run("""
                /download/{id}:
                  get:
                    operationId: download
                    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                    responses:
                      '200': {description: the file, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
                /text:
                  get:
                    operationId: read
                    responses:
                      '200': {description: a note, content: {text/plain: {schema: {type: string}}}}
                """, "", """
                byte[] file = client.download().download(DownloadRequest.builder().id("f1").build());
                if (!Arrays.equals(file, new byte[] {0, 1, 2, (byte) 255})) {
                    throw new AssertionError(Arrays.toString(file));
                }
                String text = client.text().read();
                if (!text.equals("h\u00e9llo")) {
                    throw new AssertionError(text);
                }
                try (java.io.InputStream in = client.download().downloadStream("f2")) {
                    byte[] streamed = in.readAllBytes();
                    if (!Arrays.equals(streamed, new byte[] {0, 1, 2, (byte) 255})) {
                        throw new AssertionError(Arrays.toString(streamed));
                    }
                }
                dev.typewright.runtime.RawResponse<java.io.InputStream> raw =
                        client.download().withRawResponse().downloadStream(DownloadRequest.builder().id("f3").build());
                try (java.io.InputStream in = raw.value()) {
                    if (raw.statusCode() != 200 || in.readAllBytes().length != 4
                            || !raw.headers().firstValue("Content-Type").orElse("").equals("application/octet-stream")) {
                        throw new AssertionError(raw);
                    }
                }
                """);
        assertThat(sent)
                .extracting(r -> r.target() + " " + r.header("Accept"))
                .containsExactly(
                        "/download/f1 application/octet-stream",
                        "/text text/plain",
                        "/download/f2 application/octet-stream",
                        "/download/f3 application/octet-stream");
    }

    @Test
    void aSwagger2DocumentGoesThroughTheConverterWithItsFormDataAndBody() throws Exception {
        List<Recorded> sent = runDocument("""
                swagger: '2.0'
                info: {title: Wire, version: '1'}
                paths:
                  /pets/{petId}:
                    post:
                      operationId: updateWithForm
                      consumes: [application/x-www-form-urlencoded]
                      parameters:
                        - {name: petId, in: path, required: true, type: integer}
                        - {name: name, in: formData, type: string}
                      responses: {'200': {description: ok}}
                  /pets:
                    post:
                      operationId: addPet
                      consumes: [application/json]
                      parameters:
                        - {name: pet, in: body, required: true, schema: {type: object, properties: {name: {type: string}}}}
                      responses: {'200': {description: ok}}
                """, "", """
                client.pets().updateWithForm(PetsUpdateWithFormRequest.builder().petId(1).name("Rex").build());
                client.pets().addPet(PetsAddPetRequest.builder().name("Rex").build());
                """);
        assertThat(sent).extracting(Recorded::text).containsExactly("name=Rex", "{\"name\":\"Rex\"}");
        assertThat(sent.get(0).header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    }

    @Test
    void eachCallSendsTheCredentialsItsSecurityRequirementNamesOrNoneWhereItNeedsNone() throws Exception {
        List<Recorded> sent = run("""
                /pets:
                  get:
                    operationId: list
                    security: [{petAuth: [read]}]
                    responses: {'200': {description: ok}}
                /store/inventory:
                  get:
                    operationId: inventory
                    security: [{apiKey: []}]
                    responses: {'200': {description: ok}}
                /health:
                  get:
                    operationId: check
                    security: []
                    responses: {'200': {description: ok}}
                /catalog:
                  get:
                    operationId: browse
                    security: [{}, {apiKey: []}]
                    responses: {'200': {description: ok}}
                """, """
                securitySchemes:
                  apiKey: {type: apiKey, in: header, name: api_key}
                  petAuth: {type: oauth2, flows: {implicit: {authorizationUrl: 'https://example.com/auth', scopes: {read: Read}}}}
                """, ".petAuth(\"pet-token\").apiKey(\"store-key\")", """
                client.pets().list();
                client.store().inventory();
                client.health().check();
                client.catalog().browse();
                try (WireClient anonymous = WireClient.builder().endpoint(endpoint).build()) {
                    anonymous.catalog().browse();
                }
                """);
        assertThat(sent)
                .extracting(r -> r.target() + " " + r.header("Authorization") + " " + r.header("api_key"))
                .containsExactly(
                        "/pets Bearer pet-token null",
                        "/store/inventory null store-key",
                        "/health null null",
                        "/catalog null store-key",
                        "/catalog null null");
        assertThatThrownBy(() -> run(
                        "/pets: {get: {operationId: list, security: [{a: []}, {b: []}], responses: {'200': {description: ok}}}}",
                        """
                        securitySchemes:
                          a: {type: apiKey, in: header, name: a}
                          b: {type: apiKey, in: header, name: b}
                        """,
                        ".a(\"1\").b(\"2\")",
                        "client.pets().list();"))
                .rootCause()
                .hasMessage("credentials are already set with a(...); a client sends one kind of credentials, so call"
                        + " a(...) or b(...), not both");
    }

    @Test
    void aParameterGivenByReferenceIsSentWhereItsComponentSays() throws Exception {
        List<Recorded> sent =
                run("""
                /payments:
                  post:
                    operationId: pay
                    parameters: [{$ref: '#/components/parameters/Idempotency-Key'}]
                    responses: {'200': {description: ok}}
                """, """
                parameters:
                  Idempotency-Key: {name: Idempotency-Key, in: header, required: true, schema: {type: string}}
                """, "client.payments().pay(PaymentsPayRequest.builder().idempotencyKey(\"k1\").build());");
        assertThat(sent.get(0).header("Idempotency-Key")).isEqualTo("k1");
    }

    @Test
    void wholeNumbersAreWrittenAsLiteralsWhateverTheirJavaType() throws Exception {
        List<Recorded> sent = run("""
                /pets/{id}:
                  get:
                    operationId: getPet
                    parameters:
                      - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
                      - {name: since, in: query, schema: {type: integer, format: int64}}
                      - {name: weight, in: query, schema: {type: number}}
                    responses: {'200': {description: ok}}
                """, "", """
                client.pets().getPet(5);
                client.pets().getPet(PetsGetPetRequest.builder().id(6).since(7).weight(8).build());
                client.pets().getPet(PetsGetPetRequest.builder().id(7).weight(0.25).build());
                client.pets().getPet(PetsGetPetRequest.builder().id(8).weight(1e20).build());
                """);
        assertThat(sent)
                .extracting(Recorded::target)
                .containsExactly(
                        "/pets/5",
                        "/pets/6?since=7&weight=8",
                        "/pets/7?weight=0.25",
                        "/pets/8?weight=100000000000000000000");
    }

    @Test
    void typesAndSchemasMappedToClassesOfTheUsersOwnAreSentAsTheyWriteThemselves() throws Exception {
        String document = """
                openapi: 3.0.3
                info: {title: Wire, version: '1'}
                paths:
                  /orders/{id}:
                    put:
                      operationId: putOrder
                      tags: [orders]
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
                        - {name: count, in: query, schema: {type: integer}}
                      requestBody:
                        content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
                      responses:
                        '200':
                          description: ok
                          content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
                  /admin/reset:
                    post: {operationId: reset, tags: [admin], responses: {'204': {description: done}}}
                  /pets:
                    get: {operationId: listPets, tags: [pets], responses: {'204': {description: none}}}
                    delete: {operationId: deletePets, tags: [pets], responses: {'204': {description: none}}}
                components:
                  schemas:
                    Order:
                      type: object
                      properties:
                        price: {$ref: '#/components/schemas/Money'}
                        total: {type: number}
                        placed: {type: string, format: date-time}
                    Money: {type: object, properties: {amount: {type: string}, currency: {type: string}}}
                    Unused: {type: object, properties: {x: {type: string}}}
                """;
        Customizations customizations = Customizations.of(
                List.of(
                        "string+uuid=java.util.UUID",
                        "integer=Long",
                        "number=java.math.BigDecimal",
                        "string+date-time=java.time.Instant"),
                List.of("Money=com.example.wire.Driver.Money", "Missing=com.example.Missing"),
                List.of("/orders/**", "tag:pets", "nothingById"),
                List.of("DELETE /pets"));
        String calls = """
                client.orders().putOrder(OrdersPutOrderRequest.builder()
                        .id(UUID.fromString("0b0e5b3c-1c1a-4a57-9f1e-3f6f5b6d1a01"))
                        .count(5)
                        .price(new Money("1.50", "EUR"))
                        .total(new java.math.BigDecimal("12.30"))
                        .placed(java.time.Instant.parse("2026-11-28T10:15:30Z"))
                        .build());
                client.pets().listPets();
                """;

        List<Recorded> sent = runDocument(
                document, "", calls, customizations, "public record Money(String amount, String currency) {}");

        assertThat(output.javaFiles())
                .extracting(f -> f.typeSpec().name())
                .contains("Order", "OrdersClient", "PetsClient")
                .doesNotContain("Money", "Unused", "AdminClient");
        assertThat(output.warnings())
                .anySatisfy(w -> assertThat(w).contains("include nothingById matches no operation"))
                .anySatisfy(w -> assertThat(w).contains("schema mapping Missing names no schema"));
        assertThat(sent)
                .extracting(Recorded::target)
                .containsExactly("/orders/0b0e5b3c-1c1a-4a57-9f1e-3f6f5b6d1a01?count=5", "/pets");
        assertThat(sent.get(0).text())
                .isEqualTo("{\"price\":{\"amount\":\"1.50\",\"currency\":\"EUR\"},\"total\":12.30,"
                        + "\"placed\":\"2026-11-28T10:15:30Z\"}");
    }

    @Test
    void aParameterThatAllowsReservedCharactersKeepsThem() throws Exception {
        List<Recorded> sent = run(
                """
                /links/{doc}:
                  get:
                    operationId: follow
                    parameters:
                      - {name: doc, in: path, required: true, allowReserved: true, schema: {type: string}}
                      - {name: next, in: query, allowReserved: true, schema: {type: string}}
                      - {name: plain, in: query, schema: {type: string}}
                    responses: {'204': {description: none}}
                """,
                "",
                "client.links().follow(LinksFollowRequest.builder().doc(\"x/y z\").next(\"/a/b?c=d&e\").plain(\"/a b\").build());");
        assertThat(sent.get(0).target()).isEqualTo("/links/x/y%20z?next=/a/b?c=d&e&plain=%2Fa%20b");
    }

    @Test
    void aParameterGivenByContentIsSentAsItsJsonText() throws Exception {
        List<Recorded> sent = run("""
                /search:
                  get:
                    operationId: search
                    parameters:
                      - name: filter
                        in: query
                        content:
                          application/json:
                            schema: {type: object, properties: {owner: {type: string}, ids: {type: array, items: {type: integer}}}}
                      - name: X-Context
                        in: header
                        content: {application/json: {schema: {type: array, items: {type: string}}}}
                      - name: note
                        in: query
                        content: {text/plain: {schema: {type: string}}}
                    responses: {'204': {description: none}}
                """, "", """
                client.search().search(SearchRequest.builder()
                        .filter(SearchFilter.builder().owner("ann b").ids(List.of(1, 2)).build())
                        .xContext(List.of("a", "b"))
                        .note("hi")
                        .build());
                client.search().search();
                """);
        assertThat(sent.get(0).target())
                .isEqualTo("/search?filter=%7B%22owner%22%3A%22ann%20b%22%2C%22ids%22%3A%5B1%2C2%5D%7D&note=hi");
        assertThat(sent.get(0).header("X-Context")).isEqualTo("[\"a\",\"b\"]");
        assertThat(sent.get(1).target()).isEqualTo("/search");
        assertThat(sent.get(1).header("X-Context")).isNull();
    }

    @Test
    void anOperationsParameterReplacesThePathsOfTheSameNameAndASchemaCanBeReferencedInsideAParameter()
            throws Exception {
        List<Recorded> sent = run(
                """
                /companies/{companyId}/sync:
                  parameters: [{$ref: '#/components/parameters/companyId'}]
                  post:
                    operationId: sync
                    parameters:
                      - {name: companyId, in: path, required: true, description: The company., schema: {type: string}}
                      - {name: since, in: query, schema: {$ref: '#/components/parameters/companyId/schema'}}
                    responses: {'200': {description: ok}}
                """,
                """
                parameters:
                  companyId: {name: companyId, in: path, required: true, schema: {type: string, format: uuid}}
                """,
                "client.companies().sync(CompaniesSyncRequest.builder().companyId(\"c1\").since(\"s\").build());");
        assertThat(sent.get(0).target()).isEqualTo("/companies/c1/sync?since=s");
    }

    @Test
    void operationsAndCredentialsNamedLikeTheClientsOwnMethodsGetNamesOfTheirOwn() throws Exception {
        List<Recorded> sent = run("""
                /close:
                  post:
                    operationId: close
                    responses: {'200': {description: ok}}
                """, """
                securitySchemes:
                  apiKey: {type: apiKey, in: query, name: api_key}
                  apiSecret: {type: apiKey, in: query, name: api_secret}
                  signature: {type: apiKey, in: query, name: sig}
                security: [{apiKey: [], apiSecret: []}, {apiKey: [], signature: []}]
                """, ".apiKeySignature(\"k\", \"s\")", """
                client.close2().close();
                try (WireClient other = WireClient.builder().endpoint(endpoint).apiKey("k", "secret").build()) {
                    other.close2().close();
                }
                """);
        assertThat(sent)
                .extracting(Recorded::target)
                .containsExactly("/close?api_key=k&sig=s", "/close?api_key=k&api_secret=secret");
    }

    /**
     * Resources come from the first tag, else the first path segment after a version; an
     * operationId that starts with its group and a slash, GitHub's way, loses them; a resource
     * named like the field a client keeps its core in gets a name of its own.
     */
    @Test
    void operationsAreGroupedByTagElseByTheirPathAfterAVersion() throws Exception {
        List<Recorded> sent = run("""
                /v1/customers/{id}:
                  get:
                    operationId: GetCustomer
                    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                    responses: {'200': {description: ok}}
                /repos/{owner}/{repo}/contents:
                  get:
                    operationId: repos/get-content
                    tags: [repos]
                    parameters:
                      - {name: owner, in: path, required: true, schema: {type: string}}
                      - {name: repo, in: path, required: true, schema: {type: string}}
                    responses: {'200': {description: ok}}
                /user/repos:
                  get:
                    operationId: repos/list-for-authenticated-user
                    tags: [repos]
                    responses: {'200': {description: ok}}
                /api/v1/namespaces:
                  get:
                    operationId: listCoreV1Namespace
                    tags: [core]
                    responses: {'200': {description: ok}}
                """, "", """
                client.customers().getCustomer(CustomersGetCustomerRequest.builder().id("c1").build());
                client.repos().getContent(ReposGetContentRequest.builder().owner("o").repo("r").build());
                client.repos().listForAuthenticatedUser();
                client.core2().listCoreV1Namespace();
                """);
        assertThat(sent)
                .extracting(Recorded::target)
                .containsExactly("/v1/customers/c1", "/repos/o/r/contents", "/user/repos", "/api/v1/namespaces");
    }

    /**
     * Each server the spec lists is a constant of the root client, its variables at their
     * defaults, and a server with variables also a method that fills them in; the first server is
     * the default endpoint.
     */
    @Test
    void everyServerIsOfferedAndItsVariablesCanBeFilledIn() throws Exception {
        int port = server.getAddress().getPort();
        List<Recorded> sent = runDocument("""
                openapi: 3.0.3
                info: {title: Wire, version: '1'}
                servers:
                  - url: https://api.example.com/v1
                    description: Production
                  - url: 'http://{host}:{port}/{version}'
                    description: Local
                    variables:
                      host: {default: 127.0.0.1}
                      port: {default: '%d', description: The port the server listens on.}
                      version: {default: v1, enum: [v1, v2]}
                paths:
                  /pets:
                    get:
                      operationId: list
                      responses: {'200': {description: ok}}
                """.formatted(port), "", """
                if (!WireClient.DEFAULT_ENDPOINT.equals("https://api.example.com/v1")
                        || !WireClient.PRODUCTION_ENDPOINT.equals(WireClient.DEFAULT_ENDPOINT)) {
                    throw new AssertionError(WireClient.PRODUCTION_ENDPOINT);
                }
                client.pets().list();
                try (WireClient local = WireClient.builder().endpoint(WireClient.LOCAL_ENDPOINT).build()) {
                    local.pets().list();
                }
                String v2 = WireClient.localEndpoint("127.0.0.1", "%d", "v2");
                try (WireClient local = WireClient.builder().endpoint(v2).build()) {
                    local.pets().list();
                }
                """.formatted(port));
        assertThat(sent).extracting(Recorded::target).containsExactly("/pets", "/v1/pets", "/v2/pets");
    }

    /**
     * An operation's own server, or its path's, takes its calls while the client uses the API's
     * default endpoint (variables at their defaults, a relative URL taken against the API's
     * server); a client given its own endpoint sends every call there.
     */
    @Test
    void operationsAndPathsWithServersOfTheirOwnAreSentThereUnlessTheClientHasItsOwnEndpoint() throws Exception {
        int port = server.getAddress().getPort();
        List<Recorded> sent = runDocument("""
                openapi: 3.0.3
                info: {title: Wire, version: '1'}
                servers:
                  - url: 'http://127.0.0.1:%d/api'
                paths:
                  /pets:
                    get:
                      operationId: list
                      responses: {'200': {description: ok}}
                  /assets:
                    post:
                      operationId: upload
                      servers:
                        - url: 'http://127.0.0.1:{port}/{area}'
                          variables:
                            port: {default: '%d'}
                            area: {default: uploads}
                      responses: {'200': {description: ok}}
                  /files/{id}:
                    servers:
                      - url: /blobs
                    get:
                      operationId: fetch
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {'200': {description: ok}}
                """.formatted(port, port), "", """
                try (WireClient spec = WireClient.builder().build()) {
                    spec.pets().list();
                    spec.assets().upload();
                    spec.files().fetch("1");
                }
                client.pets().list();
                client.assets().upload();
                """);
        assertThat(sent)
                .extracting(Recorded::target)
                .containsExactly("/api/pets", "/uploads/assets", "/blobs/files/1", "/pets", "/assets");
    }

    /**
     * A schema with more properties than a record has room for, and a call with more parameters,
     * become classes with the same builder, accessors, equality and JSON: absent, null and a value
     * stay apart, unknown fields survive, credentials stay out of {@code toString()}, required
     * inputs are checked, and every parameter is sent.
     */
    @Test
    void objectsAndRequestsWithHundredsOfFieldsCompileAndKeepTheirJson() throws Exception {
        StringBuilder properties = new StringBuilder();
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            properties.append("        f").append(i).append(": {type: string}\n");
            parameters
                    .append("        - {name: q")
                    .append(i)
                    .append(i == 0 ? ", required: true" : "")
                    .append(", in: query, schema: {type: string}}\n");
        }
        List<Recorded> sent = runDocument("""
                openapi: 3.0.3
                info: {title: Wire, version: '1'}
                paths:
                  /wide:
                    get:
                      operationId: list
                      parameters:
                %s
                      responses: {'200': {description: ok}}
                components:
                  schemas:
                    Wide:
                      type: object
                      required: [id, gone]
                      properties:
                        id: {type: string}
                        gone: {type: string, nullable: true}
                        maybe: {type: string, nullable: true}
                        tags: {type: array, items: {type: string}}
                        api_key: {type: string}
                %s
                """.formatted(parameters, properties), "", """
                String json = "{\\"id\\":\\"w1\\",\\"gone\\":null,\\"maybe\\":null,\\"tags\\":[\\"a\\"],"
                        + "\\"api_key\\":\\"secret\\",\\"f299\\":\\"last\\",\\"extra\\":1}";
                Wide wide = dev.typewright.runtime.Json.fromJson(json, Wide.class);
                String back = dev.typewright.runtime.Json.toJson(wide);
                if (!dev.typewright.runtime.Json.parse(back).equals(dev.typewright.runtime.Json.parse(json))) {
                    throw new AssertionError(back);
                }
                Wide built = Wide.builder().id("w1").gone(null).maybe(null).tags(List.of("a")).apiKey("secret")
                        .f299("last").additionalProperties(Map.of("extra", dev.typewright.runtime.Json.parse("1")))
                        .build();
                if (!built.equals(wide) || built.hashCode() != wide.hashCode()
                        || !wide.toBuilder().f0("first").build().f0().equals("first")
                        || !wide.maybe().isNull() || Wide.builder().id("w").gone("g").build().maybe().isPresent()
                        || wide.toString().contains("secret") || !wide.toString().startsWith("Wide[id=w1, ")) {
                    throw new AssertionError(wide);
                }
                try {
                    WideListRequest.builder().q299("z").build();
                    throw new AssertionError("a required parameter was not checked");
                } catch (IllegalArgumentException expected) {
                    // q0 is required
                }
                client.wide().list(WideListRequest.builder().q0("a").q299("z").build());
                """);
        assertThat(sent).extracting(Recorded::target).containsExactly("/wide?q0=a&q299=z");
    }

    /**
     * A call whose only declared response is {@code default} reads its result from it; success
     * responses with other schemas than the first are a warning, not a silent choice.
     */
    @Test
    void theDefaultResponseIsTheResultWhenNoSuccessResponseIsDeclared() throws Exception {
        Path spec = dir.resolve("default.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Wire, version: '1'}
                paths:
                  /things:
                    get:
                      operationId: list
                      responses:
                        default:
                          description: the things, or an error
                          content:
                            application/json:
                              schema: {type: object, properties: {count: {type: integer}}}
                    post:
                      operationId: create
                      responses:
                        '200':
                          description: updated
                          content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}
                        '201':
                          description: created
                          content: {application/json: {schema: {type: object, properties: {b: {type: string}}}}}
                """);
        Generator.Output output = Generator.emit(
                new GeneratorOptions(spec, dir.resolve("src"), "com.example.wire", "WireClient", null, null));
        assertThat(output.model().operations())
                .filteredOn(op -> op.methodName().equals("list"))
                .singleElement()
                .extracting(op -> op.result())
                .isNotNull();
        assertThat(output.warnings()).isEmpty();
    }

    @Test
    void successStatusesWithDifferentBodiesAreOneTypeWithARecordPerStatus() throws Exception {
        List<Recorded> sent = runDocument(
                document("""
                /deployments:
                  post:
                    operationId: create
                    parameters: [{name: answer, in: query, schema: {type: string}}]
                    responses:
                      '201':
                        description: created
                        content: {application/json: {schema: {$ref: '#/components/schemas/Deployment'}}}
                      '202':
                        description: merging first
                        content: {application/json: {schema: {type: object, properties: {message: {type: string}}}}}
                      '204': {description: nothing to deploy}
                      '400': {description: bad}
                """, """
                schemas:
                  Deployment: {type: object, properties: {id: {type: integer}}}
                """),
                "",
                """
                for (String answer : List.of("201", "202", "204", "203")) {
                    DeploymentsCreateResult result =
                            client.deployments().create(DeploymentsCreateRequest.builder().answer(answer).build());
                    String seen = result.statusCode() + " " + result.getClass().getSimpleName() + " "
                            + dev.typewright.runtime.Json.toJson(result);
                    if (result instanceof DeploymentsCreateResult.Created created && created.value().id() != 7) {
                        throw new AssertionError(seen);
                    }
                    if (result instanceof DeploymentsCreateResult.Accepted accepted
                            && !accepted.value().message().equals("merging")) {
                        throw new AssertionError(seen);
                    }
                    OUTCOMES.add(seen);
                }
                dev.typewright.runtime.RawResponse<DeploymentsCreateResult> raw = client.deployments()
                        .withRawResponse()
                        .create(DeploymentsCreateRequest.builder().answer("202").build());
                OUTCOMES.add(raw.statusCode() + " " + raw.value().getClass().getSimpleName());
                OUTCOMES.add(client.deployments().createAsync(DeploymentsCreateRequest.builder().answer("201").build())
                        .get().getClass().getSimpleName());
                """,
                Customizations.NONE,
                "public static final List<String> OUTCOMES = new ArrayList<>();");
        assertThat(sent).hasSize(6);
        assertThat(outcomes())
                .containsExactly(
                        "201 Created {\"id\":7}",
                        "202 Accepted {\"message\":\"merging\"}",
                        "204 NoContent {}",
                        "203 Other {\"odd\":true}",
                        "202 Accepted",
                        "Created");
    }

    @SuppressWarnings("unchecked")
    private List<String> outcomes() throws Exception {
        return (List<String>) driverClass.getField("OUTCOMES").get(null);
    }
}
