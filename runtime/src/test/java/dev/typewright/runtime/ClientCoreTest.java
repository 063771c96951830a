package dev.typewright.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.typewright.runtime.seam.SeamPolicies;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientCoreTest {
    record Thing(@JsonProperty("thing_id") String thingId) {}

    static final class Builder extends ClientBuilder<Builder, ClientCore> {
        Builder() {
            super("https://example.invalid", SeamPolicies.policies());
        }

        Builder token(String token) {
            return auth("token", Auth.bearer(token).and(Auth.header("x-workspace", "ws1")));
        }

        @Override
        protected ClientCore create(ClientCore core) {
            return core;
        }
    }

    /** A builder for an API whose every call needs credentials, of two kinds. */
    static final class Strict extends ClientBuilder<Strict, ClientCore> {
        Strict() {
            super("https://example.invalid");
            requireCredentials("apiKey", "personalAccessToken");
        }

        Strict apiKey(String key) {
            return auth("apiKey", Auth.bearer(key));
        }

        Strict personalAccessToken(String token) {
            return auth("personalAccessToken", Auth.bearer(token));
        }

        @Override
        protected ClientCore create(ClientCore core) {
            return core;
        }
    }

    TestServer server;
    ClientCore core;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        core = new Builder().endpoint(server.url()).token("secret_token").build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsMethodPathHeadersAndJsonBodyAndUnwrapsTheResponseKey() {
        server.respond(200, "{\"ok\":true,\"thing\":{\"thing_id\":\"t1\"},\"other\":[1,{\"a\":2}]}", Map.of());

        Thing thing = core.send(
                ApiRequest.post("/things/get").body(Map.of("thing_id", "t1")).responseKey("thing"), Thing.class);

        assertThat(thing).isEqualTo(new Thing("t1"));
        TestServer.Recorded r = server.requests.get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.uri()).isEqualTo("/things/get");
        assertThat(r.header("Authorization")).isEqualTo("Bearer secret_token");
        assertThat(r.header("x-workspace")).isEqualTo("ws1");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(Json.parse(r.body())).isEqualTo(Json.parse("{\"thing_id\":\"t1\"}"));
    }

    @Test
    void encodesPathParametersAndRepeatsListQueryParameters() {
        server.respond(200, "{\"things\":[{\"thing_id\":\"a\"},{\"thing_id\":\"b\"}]}", Map.of());

        List<Thing> things = core.send(
                ApiRequest.get("/things/{id}/parts")
                        .pathParam("id", "a/b c?")
                        .query("tag", List.of("x y", "z&"))
                        .query("absent", null)
                        .responseKey("things"),
                new TypeReference<List<Thing>>() {});

        assertThat(things).extracting(Thing::thingId).containsExactly("a", "b");
        TestServer.Recorded r = server.requests.get(0);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.uri()).isEqualTo("/things/a%2Fb%20c%3F/parts?tag=x%20y&tag=z%26");
        assertThat(r.body()).isEmpty();
        assertThat(r.header("Content-Type")).isNull();
    }

    @Test
    void charactersAPathCannotHoldAreEncodedInTheSpecsOwnPathToo() {
        server.respond(200, "{}", Map.of());

        core.send(ApiRequest.post("/webhooks/[provider]/é/{id}").pathParam("id", "[x]"));

        assertThat(server.requests.get(0).uri()).isEqualTo("/webhooks/%5Bprovider%5D/%C3%A9/%5Bx%5D");
    }

    @Test
    void errorResponseBecomesApiExceptionWithTypeMessageAndRequestId() {
        server.respond(
                404,
                "{\"error\":{\"type\":\"thing_not_found\",\"message\":\"Could not find thing\"},\"ok\":false}",
                Map.of("seam-request-id", "request13"));

        assertThatThrownBy(() -> core.send(ApiRequest.post("/things/get").responseKey("thing"), Thing.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.errorType()).hasValue("thing_not_found");
                    assertThat(e.errorMessage()).hasValue("Could not find thing");
                    assertThat(e.requestId()).hasValue("request13");
                    assertThat(e.headers().firstValue("seam-request-id")).hasValue("request13");
                    assertThat(e.getMessage())
                            .isEqualTo("HTTP 404 thing_not_found: Could not find thing (request request13)");
                });
    }

    @Test
    void nonJsonErrorBodyStillGivesApiExceptionWithRawText() {
        server.respond(502, "<html>Bad Gateway</html>", Map.of());

        assertThatThrownBy(() -> core.send(ApiRequest.post("/x").responseKey("thing"), Thing.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(502);
                    assertThat(e.errorType()).isEmpty();
                    assertThat(e.rawBody()).isEqualTo("<html>Bad Gateway</html>");
                });
    }

    @Test
    void successWithoutTheResponseKeyOrWithBrokenJsonIsAnInvalidResponse() {
        server.respond(200, "{\"ok\":true}", Map.of("seam-request-id", "r7"));
        assertThatThrownBy(() -> core.send(ApiRequest.post("/x").responseKey("thing"), Thing.class))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("no field \"thing\"")
                .hasMessageContaining("request r7");

        server.respond(200, "{\"thing\":{\"thing_id\":", Map.of());
        assertThatThrownBy(() -> core.send(ApiRequest.post("/x").responseKey("thing"), Thing.class))
                .isInstanceOf(InvalidResponseException.class);

        server.respond(200, "<html>login</html>", Map.of());
        assertThatThrownBy(() -> core.send(ApiRequest.post("/x").responseKey("thing"), Thing.class))
                .isInstanceOf(InvalidResponseException.class);
    }

    /** A builder for an API whose server URL is relative to where its document is served. */
    static final class Relative extends ClientBuilder<Relative, ClientCore> {
        Relative() {
            super("/api/v3");
        }

        @Override
        protected ClientCore create(ClientCore core) {
            return core;
        }
    }

    @Test
    void aRelativeServerUrlAsksForTheHostThatServesTheApi() {
        assertThatThrownBy(() -> new Relative().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no endpoint: the API's server URL /api/v3 is relative to the host that serves the API,"
                        + " so call endpoint(url) with that host, such as https://api.example.com/api/v3");
        try (ClientCore relative =
                new Relative().endpoint(server.url() + "/api/v3").build()) {
            server.respond(200, "{}", Map.of());
            relative.send(ApiRequest.get("/pets"));
            assertThat(server.requests.get(0).uri()).isEqualTo("/api/v3/pets");
        }
    }

    @Test
    void aBuilderRefusesNoCredentialsAndTwoKindsOfThem() {
        assertThatThrownBy(() -> new Strict().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no credentials: every call of this API needs them, so call one of apiKey(...),"
                        + " personalAccessToken(...)");
        assertThatThrownBy(() -> new Strict().apiKey("k").personalAccessToken("t"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("credentials are already set with apiKey(...); a client sends one kind of credentials,"
                        + " so call apiKey(...) or personalAccessToken(...), not both");
        new Strict().apiKey("k1").apiKey("k2").build().close();
    }

    @Test
    void refusedConnectionIsATransportExceptionNamingTheHost() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ClientCore dead = new Builder()
                .endpoint("http://127.0.0.1:" + port)
                .connectTimeout(Duration.ofSeconds(2))
                .build();

        assertThatThrownBy(() -> dead.send(ApiRequest.post("/x")))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("POST http://127.0.0.1:" + port + "/x failed: java.net.ConnectException");
    }

    @Test
    void credentialsAndHeaderInjectionAreGuarded() {
        assertThat(Auth.bearer("secret_token")
                        .and(Auth.header("x-workspace", "ws1"))
                        .toString())
                .isEqualTo("Auth[Authorization, x-workspace]")
                .doesNotContain("secret");
        assertThatThrownBy(() -> Auth.bearer("abc\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("abc");
        assertThatThrownBy(() -> ApiRequest.post("/x").header("x-a", "v\nw"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Builder().endpoint("ftp://host")).isInstanceOf(IllegalArgumentException.class);
    }
}
