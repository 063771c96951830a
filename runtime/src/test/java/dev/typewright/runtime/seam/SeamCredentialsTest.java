package dev.typewright.runtime.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.typewright.runtime.ApiRequest;
import dev.typewright.runtime.Auth;
import dev.typewright.runtime.ClientBuilder;
import dev.typewright.runtime.ClientCore;
import dev.typewright.runtime.TestServer;
import dev.typewright.runtime.UnauthorizedException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seam's credentials, checked as {@code @seamapi/http} checks them, and sent over a real loopback server. */
class SeamCredentialsTest {
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A client the way the generated one is built: Seam's policies and one credential. */
    static final class Builder extends ClientBuilder<Builder, ClientCore> {
        Builder() {
            super("https://example.invalid", SeamPolicies.policies());
        }

        Builder with(String method, Auth auth) {
            return auth(method, auth);
        }

        Builder env(Map<String, String> env) {
            return configure(SeamCredentials.fromEnv(env));
        }

        @Override
        protected ClientCore create(ClientCore core) {
            return core;
        }
    }

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource({
        "apiKey, seam_cst1_token, A client session token cannot be used as apiKey; it starts seam_cst",
        "apiKey, eyJhbGciOi, A JWT cannot be used as apiKey; it starts ey",
        "apiKey, seam_at1_token, A personal access token cannot be used as apiKey; it starts seam_at",
        "apiKey, seam_pk1_token, A publishable key cannot be used as apiKey; it starts seam_pk",
        "apiKey, sk_live_123, 'unknown apiKey format; expected an API key, which starts seam_'",
        "clientSessionToken, seam_apikey1_token, 'unknown clientSessionToken format; expected a client session token, which starts seam_cst'",
        "clientSessionToken, seam_at1_token, A personal access token cannot be used as clientSessionToken; it starts seam_at",
        "personalAccessToken, seam_apikey1_token, 'unknown personalAccessToken format; expected a personal access token, which starts seam_at'",
        "personalAccessToken, seam_cst1_token, A client session token cannot be used as personalAccessToken; it starts seam_cst",
        "consoleSessionToken, seam_apikey1_token, 'unknown consoleSessionToken format; expected a JWT, which starts ey'",
        "publishableKey, seam_apikey1_token, 'unknown publishableKey format; expected a publishable key, which starts seam_pk'",
    })
    void aTokenOfTheWrongShapeIsRefusedBeforeAnyCall(String method, String token, String message) {
        Function<String, Auth> factory = switch (method) {
            case "apiKey" -> SeamCredentials::apiKey;
            case "clientSessionToken" -> SeamCredentials::clientSessionToken;
            case "personalAccessToken" -> t -> SeamCredentials.personalAccessToken(t, "ws_1");
            case "consoleSessionToken" -> SeamCredentials::consoleSessionToken;
            default -> t -> SeamCredentials.publishableKey(t, "user_1");
        };

        assertThatThrownBy(() -> factory.apply(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("invalid token: " + message);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aPublishableKeyIsExchangedForTheUsersClientSessionTokenWhenTheClientIsBuilt() {
        server.script(
                TestServer.reply(
                        200,
                        "{\"client_session\":{\"client_session_id\":\"cst9\",\"token\":\"seam_cst9_token\"},\"ok\":true}",
                        Map.of()),
                TestServer.reply(200, "{\"ok\":true}", Map.of()));
        ClientCore client = new Builder()
                .endpoint(server.url())
                .with("publishableKey", SeamCredentials.publishableKey("seam_pk1_token", "user_1"))
                .build();

        client.send(ApiRequest.post("/devices/list").body(Map.of()));

        TestServer.Recorded exchange = server.requests.get(0);
        assertThat(exchange.uri()).isEqualTo("/client_sessions/get_or_create");
        assertThat(exchange.header("seam-publishable-key")).isEqualTo("seam_pk1_token");
        assertThat(exchange.header("Authorization")).isNull();
        assertThat(exchange.body()).isEqualTo("{\"user_identifier_key\":\"user_1\"}");
        TestServer.Recorded call = server.requests.get(1);
        assertThat(call.header("Authorization")).isEqualTo("Bearer seam_cst9_token");
        assertThat(call.header("client-session-token")).isEqualTo("seam_cst9_token");
        assertThat(call.header("seam-publishable-key")).isNull();
    }

    @Test
    void aRefusedExchangeFailsBuildWithTheServersError() {
        server.respond(
                401, "{\"error\":{\"type\":\"unauthorized\",\"message\":\"Unauthorized\"},\"ok\":false}", Map.of());

        assertThatThrownBy(() -> new Builder()
                        .endpoint(server.url())
                        .with("publishableKey", SeamCredentials.publishableKey("seam_pk1_token", "user_1"))
                        .build())
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void fromEnvPrefersSeamEndpointAndSendsTheWorkspaceWithAPersonalAccessToken() {
        server.respond(200, "{\"ok\":true}", Map.of());
        ClientCore client = new Builder()
                .env(Map.of(
                        "SEAM_PERSONAL_ACCESS_TOKEN", "seam_at1_token",
                        "SEAM_WORKSPACE_ID", "ws_1",
                        "SEAM_ENDPOINT", server.url(),
                        "SEAM_API_URL", "http://127.0.0.1:9"))
                .build();

        client.send(ApiRequest.post("/devices/list").body(Map.of()));

        assertThat(server.requests.get(0).header("Authorization")).isEqualTo("Bearer seam_at1_token");
        assertThat(server.requests.get(0).header("seam-workspace")).isEqualTo("ws_1");
    }

    @Test
    void fromEnvRefusesBothKindsOfCredentialsAndNone() {
        assertThatThrownBy(() -> SeamCredentials.fromEnv(
                        Map.of("SEAM_API_KEY", "seam_apikey1_token", "SEAM_PERSONAL_ACCESS_TOKEN", "seam_at1_token")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN are set");
        assertThatThrownBy(() -> SeamCredentials.fromEnv(Map.of("SEAM_WORKSPACE_ID", "ws_1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no Seam credentials in the environment");
        assertThat(SeamCredentials.fromEnv(Map.of("SEAM_API_KEY", "seam_apikey1_token", "SEAM_API_URL", "http://h"))
                        .endpoint())
                .isEqualTo("http://h");
    }

    @Test
    void aClientsPollingSettingsBoundTheWaitAndTheTimeoutCarriesTheLastAttempt() {
        String pending =
                "{\"action_attempt\":{\"action_attempt_id\":\"aa1\",\"status\":\"pending\",\"action_type\":\"UNLOCK_DOOR\"},\"ok\":true}";
        server.script(
                TestServer.reply(200, pending, Map.of()),
                TestServer.reply(200, pending, Map.of()),
                TestServer.reply(200, pending, Map.of()),
                TestServer.reply(200, pending, Map.of()));
        ClientCore client = new Builder()
                .endpoint(server.url())
                .with("apiKey", SeamCredentials.apiKey("seam_apikey1_token"))
                .polling(Duration.ofMillis(250), Duration.ofMillis(100))
                .build();

        assertThatThrownBy(() -> client.send(
                        ApiRequest.post("/locks/unlock_door")
                                .body(Map.of("device_id", "d1"))
                                .responseKey("action_attempt")
                                .longRunning(),
                        Map.class))
                .isInstanceOfSatisfying(ActionAttemptTimeoutException.class, e -> {
                    assertThat(e.actionAttemptId()).isEqualTo("aa1");
                    assertThat(e.actionAttempt().path("status").asText()).isEqualTo("pending");
                    assertThat(e.getMessage()).isEqualTo("action attempt aa1 still pending after 250 ms");
                });
        assertThat(server.requests).extracting(TestServer.Recorded::uri).contains("/action_attempts/get");
        assertThat(new ActionAttemptPoller().defaultTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(new ActionAttemptPoller().defaultInterval()).isEqualTo(Duration.ofSeconds(1));
    }
}
