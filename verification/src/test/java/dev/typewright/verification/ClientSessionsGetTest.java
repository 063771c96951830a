package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewright.generator.model.Example;
import dev.typewright.runtime.ApiException;
import dev.typewright.runtime.Json;
import dev.typewright.runtime.JsonNullable;
import dev.typewright.runtime.TestServer;
import dev.typewright.seam.Seam;
import dev.typewright.seam.model.ClientSession;
import dev.typewright.seam.model.ClientSessionsGetRequest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated client against a real loopback server, checked request by request. */
class ClientSessionsGetTest {
    private static final String PATH = "/client_sessions/get";

    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> documentedExamples() {
        Function<ClientSessionsGetRequest.Builder, ClientSessionsGetRequest.Builder> byId =
                b -> b.clientSessionId("c2cbd177-1ace-414b-bb1e-9f129e4a05c1");
        Function<ClientSessionsGetRequest.Builder, ClientSessionsGetRequest.Builder> byKey =
                b -> b.userIdentifierKey("jane_doe");
        return Stream.of(Arguments.of("by_id", byId), Arguments.of("by_user_identifier_key", byKey));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedExamples")
    void documentedExampleSendsTheDocumentedRequestAndReadsTheDocumentedResponse(
            String name, Function<ClientSessionsGetRequest.Builder, ClientSessionsGetRequest.Builder> inputs)
            throws Exception {
        Example example = Documented.example(PATH, name);
        server.respond(200, example.response().toString(), Map.of("seam-request-id", "request1"));
        Seam seam =
                Seam.builder().endpoint(server.url()).apiKey("seam_test_key").build();

        ClientSession session = seam.clientSessions()
                .get(inputs.apply(ClientSessionsGetRequest.builder()).build());

        TestServer.Recorded r = server.requests.get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.uri()).isEqualTo(PATH);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("Authorization")).isEqualTo("Bearer seam_test_key");
        assertThat(JsonDiff.first(example.request(), Json.parse(r.body()))).isEmpty();

        JsonNode documented = example.response().get("client_session");
        assertThat(JsonDiff.first(documented, Json.parse(Json.toJson(session)))).isEmpty();
        assertThat(session.additionalProperties()).containsOnlyKeys("customer_id");
    }

    @Test
    @SuppressWarnings("deprecation") // userIdentityIds, which the spec deprecates, is read on purpose.
    void documentedOutputParsesIntoEveryField() throws Exception {
        JsonNode documented = Documented.example(PATH, "by_id").response().get("client_session");

        ClientSession s = Json.fromJson(documented.toString(), ClientSession.class);

        assertThat(s.clientSessionId()).isEqualTo("c2cbd177-1ace-414b-bb1e-9f129e4a05c1");
        assertThat(s.connectWebviewIds()).containsExactly("dafe6400-7484-4fd1-8c17-1c901b444250");
        assertThat(s.connectedAccountIds()).containsExactly("8062d457-e28e-481f-aecc-509905627511");
        assertThat(s.createdAt()).isEqualTo(OffsetDateTime.parse("2025-06-15T16:54:17.946309Z"));
        assertThat(s.deviceCount()).isEqualTo(1.0);
        assertThat(s.expiresAt()).isEqualTo(OffsetDateTime.parse("2025-06-19T15:22:40.000Z"));
        assertThat(s.token()).isEqualTo("seam_cst1891oqCmD_6dBwV8PJ2Fsoe9dWYVyMfVHq");
        assertThat(s.userIdentifierKey()).isEqualTo(JsonNullable.of("jane_doe"));
        assertThat(s.userIdentityId()).isEqualTo("89765fd3-6193-4d63-8605-e77f75356555");
        assertThat(s.workspaceId()).isEqualTo("b887bf84-9849-4454-a562-cf84293d9781");
        assertThat(s.userIdentityIds())
                .as("required by the spec, absent from the docs")
                .isNull();
        assertThat(s.additionalProperties().get("customer_id").asText())
                .isEqualTo("e387e15f-be27-47ad-881f-4a6fc5460c57");
    }

    static Stream<Arguments> authModes() {
        return Stream.of(
                Arguments.of(
                        "apiKey",
                        (Function<Seam.Builder, Seam.Builder>) b -> b.apiKey("seam_apikey1_token"),
                        Map.of("Authorization", "Bearer seam_apikey1_token")),
                Arguments.of(
                        "clientSessionToken",
                        (Function<Seam.Builder, Seam.Builder>) b -> b.clientSessionToken("seam_cst1_token"),
                        Map.of("Authorization", "Bearer seam_cst1_token", "Client-session-token", "seam_cst1_token")),
                Arguments.of(
                        "personalAccessToken",
                        (Function<Seam.Builder, Seam.Builder>)
                                b -> b.personalAccessToken("seam_at1_longtoken", "seed_workspace_1"),
                        Map.of("Authorization", "Bearer seam_at1_longtoken", "Seam-workspace", "seed_workspace_1")),
                Arguments.of(
                        "personalAccessToken without a workspace",
                        (Function<Seam.Builder, Seam.Builder>) b -> b.personalAccessToken("seam_at1_longtoken"),
                        Map.of("Authorization", "Bearer seam_at1_longtoken")),
                Arguments.of(
                        "consoleSessionToken",
                        (Function<Seam.Builder, Seam.Builder>) b -> b.consoleSessionToken("eyJhbGciOi.x.y", "ws_1"),
                        Map.of("Authorization", "Bearer eyJhbGciOi.x.y", "Seam-workspace", "ws_1")));
    }

    @Test
    void everyRequestNamesTheSdkAndTheClientsVersion() {
        server.respond(200, "{\"client_session\":{\"client_session_id\":\"c\"},\"ok\":true}", Map.of());
        try (Seam seam = Seam.builder().endpoint(server.url()).apiKey("seam_k").build()) {
            seam.clientSessions()
                    .get(ClientSessionsGetRequest.builder().clientSessionId("c").build());
        }

        TestServer.Recorded r = server.requests.get(0);
        assertThat(r.header("seam-sdk-name")).isEqualTo("typewright/java");
        // The version of the seam-client jar on the class path, from its manifest.
        assertThat(r.header("seam-sdk-version"))
                .isEqualTo(Seam.class.getPackage().getImplementationVersion())
                .isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authModes")
    void eachAuthModeSendsExactlyItsHeaders(
            String mode, Function<Seam.Builder, Seam.Builder> auth, Map<String, String> expected) throws Exception {
        server.respond(200, Documented.example(PATH, "by_id").response().toString(), Map.of());
        Seam seam = auth.apply(Seam.builder().endpoint(server.url())).build();

        seam.clientSessions()
                .get(ClientSessionsGetRequest.builder().clientSessionId("cst1").build());

        TestServer.Recorded r = server.requests.get(0);
        Set<String> credentialHeaders =
                Set.of("authorization", "client-session-token", "seam-workspace", "seam-publishable-key");
        Set<String> sent = r.headers().keySet().stream()
                .map(h -> h.toLowerCase(java.util.Locale.ROOT))
                .filter(credentialHeaders::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(sent)
                .containsExactlyElementsOf(expected.keySet().stream()
                        .map(h -> h.toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.toCollection(TreeSet::new)));
        expected.forEach(
                (header, value) -> assertThat(r.header(header)).as(header).isEqualTo(value));
    }

    @Test
    void unknownFieldsExplicitNullsAndMissingRequiredFieldsSurviveARoundTrip() {
        String fromServer =
                "{\"client_session_id\":\"cst1\",\"workspace_id\":\"seed_workspace_1\",\"user_identifier_key\":null,"
                        + "\"connect_webview_ids\":[],\"device_count\":4,\"api_key_id\":\"api_key1\","
                        + "\"future\":{\"nested\":[1,\"two\",null]}}";

        ClientSession s = Json.fromJson(fromServer, ClientSession.class);

        assertThat(s.userIdentifierKey().isNull()).as("sent as null").isTrue();
        assertThat(s.token()).as("left out, though required").isNull();
        assertThat(s.additionalProperties()).containsOnlyKeys("api_key_id", "future");
        assertThat(JsonDiff.first(Json.parse(fromServer), Json.parse(Json.toJson(s))))
                .isEmpty();
    }

    @Test
    void errorStatusBecomesApiExceptionWithTypeAndRequestId() {
        server.respond(
                404,
                "{\"error\":{\"type\":\"client_session_not_found\",\"message\":\"Could not find client session\"},\"ok\":false}",
                Map.of("seam-request-id", "request7"));
        Seam seam = Seam.builder().endpoint(server.url()).apiKey("seam_k").build();

        assertThatThrownBy(() -> seam.clientSessions()
                        .get(ClientSessionsGetRequest.builder()
                                .clientSessionId("x")
                                .build()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.errorType()).hasValue("client_session_not_found");
                    assertThat(e.requestId()).hasValue("request7");
                });
    }

    @Test
    void aModelsTextNeverShowsTheCredentialItHolds() throws Exception {
        ClientSession s = documentedSession();

        assertThat(s.toString())
                .startsWith("ClientSession[")
                .contains("clientSessionId=c2cbd177-1ace-414b-bb1e-9f129e4a05c1", "token=***")
                .doesNotContain(s.token());
    }

    @Test
    void modelsAreImmutable() throws Exception {
        ClientSession s = documentedSession();

        assertThatThrownBy(() -> s.connectWebviewIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.additionalProperties().clear()).isInstanceOf(UnsupportedOperationException.class);
        ClientSession changed = s.toBuilder().token("other").build();
        assertThat(changed.token()).isEqualTo("other");
        assertThat(changed.additionalProperties()).isEqualTo(s.additionalProperties());
        assertThat(s.token()).isEqualTo("seam_cst1891oqCmD_6dBwV8PJ2Fsoe9dWYVyMfVHq");
    }

    /** The client session the seed page's main example returns. */
    private static ClientSession documentedSession() throws Exception {
        return Json.fromJson(
                Documented.example(PATH, "by_id")
                        .response()
                        .get("client_session")
                        .toString(),
                ClientSession.class);
    }
}
