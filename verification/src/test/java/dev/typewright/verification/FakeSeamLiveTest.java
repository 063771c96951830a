package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.typewright.runtime.ApiException;
import dev.typewright.runtime.Json;
import dev.typewright.seam.Seam;
import dev.typewright.seam.model.ClientSession;
import dev.typewright.seam.model.ClientSessionsGetRequest;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated client against Seam's own fake server, with its seeded workspace. */
class FakeSeamLiveTest {
    private static NodeServer fake;

    @BeforeAll
    static void startFake() throws Exception {
        fake = NodeServer.fakeSeam();
    }

    @AfterAll
    static void stopFake() {
        if (fake != null) {
            fake.close();
        }
    }

    static Stream<Arguments> authModes() {
        return Stream.of(
                Arguments.of("apiKey", (Function<Seam.Builder, Seam.Builder>) b -> b.apiKey("seam_apikey1_token")),
                Arguments.of("clientSessionToken", (Function<Seam.Builder, Seam.Builder>)
                        b -> b.clientSessionToken("seam_cst1_token")),
                Arguments.of("personalAccessToken", (Function<Seam.Builder, Seam.Builder>)
                        b -> b.personalAccessToken("seam_at1_longtoken", "seed_workspace_1")));
    }

    private static Seam client(Function<Seam.Builder, Seam.Builder> auth) {
        return auth.apply(Seam.builder().endpoint(fake.url())).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authModes")
    void getsTheSeededSessionById(String mode, Function<Seam.Builder, Seam.Builder> auth) {
        ClientSession s = client(auth)
                .clientSessions()
                .get(ClientSessionsGetRequest.builder().clientSessionId("cst1").build());

        assertSeededSession(s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authModes")
    void getsTheSeededSessionByUserIdentifierKey(String mode, Function<Seam.Builder, Seam.Builder> auth) {
        ClientSession s = client(auth)
                .clientSessions()
                .get(ClientSessionsGetRequest.builder()
                        .userIdentifierKey("john_user_identifier_key")
                        .build());

        assertSeededSession(s);
    }

    private static void assertSeededSession(ClientSession s) {
        assertThat(s.clientSessionId()).isEqualTo("cst1");
        assertThat(s.workspaceId()).isEqualTo("seed_workspace_1");
        assertThat(s.token()).isEqualTo("seam_cst1_token");
        assertThat(s.userIdentifierKey()).isEqualTo("john_user_identifier_key");
        assertThat(s.createdAt()).isBefore(s.expiresAt());
        assertThat(s.deviceCount()).isNotNull();
        assertThat(s.connectedAccountIds()).isNotEmpty();
        // A field the spec does not list: kept, and written back.
        assertThat(s.additionalProperties()).containsKey("api_key_id");
        assertThat(Json.parse(Json.toJson(s)).has("api_key_id")).isTrue();
    }

    @Test
    void missingSessionIsANotFoundApiExceptionWithTheRequestId() {
        Seam seam = client(b -> b.apiKey("seam_apikey1_token"));

        assertThatThrownBy(() -> seam.clientSessions()
                        .get(ClientSessionsGetRequest.builder()
                                .clientSessionId("no_such_session")
                                .build()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.errorType()).hasValue("client_session_not_found");
                    assertThat(e.errorMessage()).isPresent();
                    assertThat(e.requestId())
                            .hasValueSatisfying(id -> assertThat(id).startsWith("request"));
                });
    }

    @Test
    void noCredentialsAreRefusedAtBuildAndAKeyTheServerDoesNotKnowIsAnUnauthorizedApiException() {
        assertThatThrownBy(() -> Seam.builder().endpoint(fake.url()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no credentials: every call of this API needs them, so call one of apiKey(...),"
                        + " clientSessionToken(...), publishableKey(...), personalAccessToken(...),"
                        + " consoleSessionToken(...)");
        Seam seam =
                Seam.builder().endpoint(fake.url()).apiKey("seam_unknown_key").build();

        assertThatThrownBy(() -> seam.clientSessions()
                        .get(ClientSessionsGetRequest.builder()
                                .clientSessionId("cst1")
                                .build()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.errorType()).hasValue("unauthorized");
                });
    }
}
