package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.typewright.runtime.ApiException;
import dev.typewright.runtime.Json;
import dev.typewright.runtime.UnauthorizedException;
import dev.typewright.runtime.seam.InvalidTokenException;
import dev.typewright.seam.Seam;
import dev.typewright.seam.model.ClientSession;
import dev.typewright.seam.model.ClientSessionsGetRequest;
import dev.typewright.seam.model.Device;
import dev.typewright.seam.model.Workspace;
import dev.typewright.seam.model.WorkspacesCreateRequest;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each way the published client authenticates, against Seam's fake server with its seeded
 * workspace: what each may call, the typed error for a call it may not make, and what each reads
 * of the seeded client session.
 */
class SeamAuthLiveTest {
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

    private static Seam.Builder builder() {
        return Seam.builder().endpoint(fake.url());
    }

    @Test
    void aClientSessionTokenReachesItsOwnSessionAndDevicesButNotWorkspaceCreation() {
        try (Seam seam = builder().clientSessionToken("seam_cst1_token").build()) {
            assertThat(seam.devices().list())
                    .isNotEmpty()
                    .allSatisfy(d -> assertThat(d.connectedAccountId()).isEqualTo("john_connected_account_id"));
            assertThat(seam.clientSessions()
                            .get(ClientSessionsGetRequest.builder()
                                    .clientSessionId("cst1")
                                    .build())
                            .userIdentifierKey()
                            .get())
                    .isEqualTo("john_user_identifier_key");

            assertThatThrownBy(() -> seam.workspaces().create(newWorkspace("Not mine")))
                    .isInstanceOfSatisfying(
                            UnauthorizedException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(401));
        }
    }

    @Test
    void aPublishableKeyBecomesTheUsersClientSessionWhenTheClientIsBuilt() {
        try (Seam admin = builder().apiKey("seam_apikey1_token").build();
                Seam seam = builder()
                        .publishableKey("seam_pk1_token", "typewright_pk_user")
                        .build()) {
            ClientSession session = admin.clientSessions()
                    .get(ClientSessionsGetRequest.builder()
                            .userIdentifierKey("typewright_pk_user")
                            .build());

            assertThat(seam.clientSessions()
                            .get(ClientSessionsGetRequest.builder()
                                    .clientSessionId(session.clientSessionId())
                                    .build())
                            .token())
                    .isEqualTo(session.token());
            assertThat(seam.devices().list()).isEmpty();
            assertThatThrownBy(() -> seam.workspaces().create(newWorkspace("Not mine either")))
                    .isInstanceOf(UnauthorizedException.class);
        }
    }

    @Test
    void aPublishableKeyTheServerDoesNotKnowFailsBuildWithTheApiError() {
        assertThatThrownBy(() ->
                        builder().publishableKey("seam_pk_unknown", "someone").build())
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aPersonalAccessTokenWithAWorkspaceReachesTheWorkspace() {
        try (Seam seam = builder()
                .personalAccessToken("seam_at1_longtoken", "seed_workspace_1")
                .build()) {
            assertThat(seam.workspaces().get().workspaceId()).isEqualTo("seed_workspace_1");
            // The fake answers /devices/list to API keys only; /locks/list is the same devices, locks only.
            assertThat(seam.locks().list())
                    .isNotEmpty()
                    .extracting(Device::workspaceId)
                    .containsOnly("seed_workspace_1");
        }
    }

    @Test
    void aPersonalAccessTokenWithoutAWorkspaceCreatesAndListsWorkspacesOnly() {
        try (Seam seam = builder().personalAccessToken("seam_at1_longtoken").build()) {
            Workspace created = seam.workspaces().create(newWorkspace("Typewright workspace"));

            assertThat(created.name()).isEqualTo("Typewright workspace");
            assertThat(created.workspaceId()).isNotBlank();
            // The fake lists the workspaces it was seeded with, not the ones created since.
            assertThat(seam.workspaces().list())
                    .extracting(Workspace::workspaceId)
                    .contains("seed_workspace_1");
            assertThatThrownBy(() -> seam.devices().list())
                    .isInstanceOfSatisfying(
                            UnauthorizedException.class,
                            e -> assertThat(e.requestId()).isPresent());
        }
    }

    @Test
    void fromEnvReadsTheApiKeyAndTheEndpoint() {
        try (Seam seam = Seam.builder()
                .fromEnv(Map.of("SEAM_API_KEY", "seam_apikey1_token", "SEAM_ENDPOINT", fake.url()))
                .build()) {
            assertThat(seam.workspaces().get().workspaceId()).isEqualTo("seed_workspace_1");
        }
    }

    @Test
    void fromEnvReadsAPersonalAccessTokenWithItsWorkspace() {
        try (Seam seam = Seam.builder()
                .fromEnv(Map.of(
                        "SEAM_PERSONAL_ACCESS_TOKEN", "seam_at1_longtoken",
                        "SEAM_WORKSPACE_ID", "seed_workspace_1",
                        "SEAM_ENDPOINT", fake.url()))
                .build()) {
            assertThat(seam.workspaces().get().workspaceId()).isEqualTo("seed_workspace_1");
        }
    }

    @Test
    void theBuilderRefusesTwoKindsOfCredentialsAndTokensOfTheWrongShapeBeforeAnyCall() {
        assertThatThrownBy(() -> builder().apiKey("seam_apikey1_token").clientSessionToken("seam_cst1_token"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credentials are already set with apiKey(...)");
        assertThatThrownBy(() -> builder().apiKey("seam_cst1_token"))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("invalid token: A client session token cannot be used as apiKey; it starts seam_cst");
        assertThatThrownBy(() -> builder().clientSessionToken("seam_apikey1_token"))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("invalid token: unknown clientSessionToken format; expected a client session token,"
                        + " which starts seam_cst");
        assertThatThrownBy(() -> Seam.builder().fromEnv(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no Seam credentials in the environment");
    }

    @SuppressWarnings("deprecation") // The fake still requires connect_partner_name, which the spec deprecates.
    private static WorkspacesCreateRequest newWorkspace(String name) {
        return WorkspacesCreateRequest.builder()
                .name(name)
                .companyName("Typewright")
                .connectPartnerName("Typewright")
                .isSandbox(true)
                .build();
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
        return auth.apply(builder()).build();
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
        assertThat(s.userIdentifierKey().get()).isEqualTo("john_user_identifier_key");
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
