package dev.typewright.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The standard policies of an API without conventions of its own, and policies a user supplies. */
class PoliciesTest {
    record Pet(@JsonProperty("id") String id) {}

    static final class Builder extends ClientBuilder<Builder, ClientCore> {
        Builder() {
            super("https://example.invalid");
        }

        @Override
        protected ClientCore create(ClientCore core) {
            return core;
        }
    }

    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    ClientCore client(Consumer<Builder> configure) {
        Builder b = new Builder().endpoint(server.url()).retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
        configure.accept(b);
        return b.build();
    }

    @Test
    void standardRetriesRepeatOnlyIdempotentCallsUnlessTheServerRefusedThem() {
        ClientCore core = client(b -> {});
        server.script(TestServer.reply(503, "{}", JSON), TestServer.reply(200, "{\"id\":\"p1\"}", JSON));
        assertThat(core.send(ApiRequest.get("/pets/p1"), Pet.class).id()).isEqualTo("p1");
        assertThat(server.requests).hasSize(2);

        server.requests.clear();
        server.script(TestServer.reply(503, "{}", JSON));
        assertThatThrownBy(() -> core.send(ApiRequest.post("/pets").body(Map.of("id", "p1")), Pet.class))
                .isInstanceOf(ServerException.class);
        assertThat(server.requests).hasSize(1);

        server.requests.clear();
        server.script(TestServer.reply(429, "{}", JSON), TestServer.reply(200, "{\"id\":\"p2\"}", JSON));
        assertThat(core.send(ApiRequest.post("/pets").body(Map.of("id", "p2")), Pet.class)
                        .id())
                .isEqualTo("p2");
        assertThat(server.requests).hasSize(2);
    }

    @Test
    void aRefusedConnectionIsRetriedForAnyMethod() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        ClientCore core = new Builder()
                .endpoint("http://127.0.0.1:" + port)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .interceptor(new Interceptor() {
                    @Override
                    public void beforeSend(java.net.http.HttpRequest.Builder request, ApiRequest call, int attempt) {
                        attempts.add(attempt);
                    }
                })
                .build();
        assertThatThrownBy(() -> core.send(ApiRequest.post("/pets"), Pet.class)).isInstanceOf(TransportException.class);
        assertThat(attempts).containsExactly(0, 1, 2);
    }

    @Test
    void theStandardErrorDecoderReadsProblemDetailsAndErrorObjects() {
        ClientCore core = client(b -> b.maxRetries(0));
        server.respond(
                404,
                "{\"type\":\"https://example.com/not-found\",\"title\":\"Not Found\",\"detail\":\"no pet p9\"}",
                Map.of("Content-Type", "application/problem+json", "x-request-id", "r42", "seam-request-id", "s1"));
        assertThatThrownBy(() -> core.send(ApiRequest.get("/pets/p9"), Pet.class))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.errorType()).contains("https://example.com/not-found");
                    assertThat(e.errorMessage()).contains("no pet p9");
                    assertThat(e.requestId()).contains("r42");
                });

        server.respond(
                400,
                "{\"error\":{\"code\":\"invalid_input\",\"message\":\"bad name\",\"validation_errors\":{}}}",
                JSON);
        assertThatThrownBy(() -> core.send(ApiRequest.get("/pets/p9"), Pet.class))
                .isExactlyInstanceOf(BadRequestException.class)
                .hasMessageContaining("invalid_input: bad name");
    }

    @Test
    void interceptorsSeeEveryAttemptAndMayAddHeaders() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        ClientCore core = client(b -> b.interceptor(new Interceptor() {
            @Override
            public void beforeSend(java.net.http.HttpRequest.Builder request, ApiRequest call, int attempt) {
                request.header("x-signature", call.method() + " " + call.pathTemplate() + " " + attempt);
            }

            @Override
            public void afterReceive(java.net.http.HttpResponse<byte[]> response, ApiRequest call, int attempt) {
                seen.add(response.statusCode());
            }
        }));
        server.script(TestServer.reply(500, "{}", JSON), TestServer.reply(200, "{\"id\":\"p1\"}", JSON));
        core.send(ApiRequest.get("/pets/{id}").pathParam("id", "p1"), Pet.class);
        assertThat(server.requests)
                .extracting(r -> r.header("x-signature"))
                .containsExactly("GET /pets/{id} 0", "GET /pets/{id} 1");
        assertThat(seen).containsExactly(500, 200);
    }

    /** Page numbers instead of cursors: the kind of pager a user supplies for their own API. */
    static final class PageNumberPager implements Pager {
        @Override
        public JsonNode items(JsonNode page, Paging paging) {
            return page.path("items");
        }

        @Override
        public String nextCursor(JsonNode page, String cursor, Paging paging) {
            int current = cursor == null ? 1 : Integer.parseInt(cursor);
            return current < page.path("total_pages").asInt() ? Integer.toString(current + 1) : null;
        }
    }

    @Test
    void aSuppliedPagerDrivesTheItemStream() {
        ClientCore core = client(b -> b.pager(new PageNumberPager()));
        server.script(
                TestServer.reply(200, "{\"items\":[{\"id\":\"a\"}],\"total_pages\":2}", JSON),
                TestServer.reply(200, "{\"items\":[{\"id\":\"b\"}],\"total_pages\":2}", JSON));
        List<String> ids = core.paginate(new PageRequest<>(
                        page -> ApiRequest.get("/pets").query("page", page),
                        new Pager.Paging("page", null, null),
                        new TypeReference<List<Pet>>() {}))
                .map(Pet::id)
                .toList();
        assertThat(ids).containsExactly("a", "b");
        assertThat(server.requests).extracting(TestServer.Recorded::uri).containsExactly("/pets", "/pets?page=2");
    }

    @Test
    void withoutAPollerALongRunningCallReturnsItsFirstAnswer() {
        ClientCore core = client(b -> {});
        server.respond(200, "{\"id\":\"job1\",\"status\":\"running\"}", JSON);
        Map<?, ?> job = core.send(ApiRequest.post("/jobs").longRunning(), Map.class);
        assertThat(job.get("status")).isEqualTo("running");
        assertThat(server.requests).hasSize(1);
    }
}
