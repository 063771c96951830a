package dev.typewright.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.typewright.runtime.seam.ActionAttemptFailedException;
import dev.typewright.runtime.seam.ActionAttemptTimeoutException;
import dev.typewright.runtime.seam.SeamPolicies;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Errors, retries, time-outs, options, async calls, pages and action attempts, over real HTTP. */
class RuntimeBehaviourTest {
    record Thing(@JsonProperty("thing_id") String thingId) {}

    static final class Builder extends ClientBuilder<Builder, ClientCore> {
        Builder() {
            super("https://example.invalid", SeamPolicies.policies());
        }

        Builder token(String token) {
            return auth("token", Auth.bearer(token));
        }

        @Override
        protected ClientCore create(ClientCore core) {
            return core;
        }
    }

    static final Pager.Paging PAGING = new Pager.Paging("page_cursor", "/pagination/next_page_cursor", "things");
    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    /** A POST that only reads, as Seam's endpoints offered under GET too are generated. */
    static final ApiRequest GET_THING = ApiRequest.post("/things/get")
            .body(Map.of("thing_id", "t1"))
            .responseKey("thing")
            .idempotent();

    static final String THING = "{\"thing\":{\"thing_id\":\"t1\"},\"ok\":true}";

    TestServer server;
    ClientCore core;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        core = client(b -> {});
    }

    @AfterEach
    void stop() {
        core.close();
        server.close();
    }

    ClientCore client(Consumer<Builder> configure) {
        Builder b = new Builder()
                .endpoint(server.url())
                .token("seam_secret_token")
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(20));
        configure.accept(b);
        return b.build();
    }

    static TestServer.Step status(int status, String body) {
        return TestServer.reply(
                status, body, Map.of("Content-Type", "application/json", "seam-request-id", "req_" + status));
    }

    @Test
    void eachStatusFamilyHasItsOwnExceptionWithTheWholeAnswer() {
        ClientCore once = core.withOptions(ClientCore.options().maxRetries(0).build());
        Map<Integer, Class<? extends ApiException>> families = Map.of(
                400,
                BadRequestException.class,
                401,
                UnauthorizedException.class,
                403,
                ForbiddenException.class,
                404,
                NotFoundException.class,
                409,
                ConflictException.class,
                429,
                RateLimitedException.class,
                500,
                ServerException.class,
                503,
                ServerException.class,
                418,
                UnexpectedStatusException.class);
        families.forEach((code, type) -> {
            server.script(status(code, "{\"error\":{\"type\":\"t" + code + "\",\"message\":\"m" + code + "\"}}"));
            assertThatThrownBy(() -> once.send(GET_THING, Thing.class))
                    .isExactlyInstanceOf(type)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(code);
                        assertThat(e.errorType()).contains("t" + code);
                        assertThat(e.errorMessage()).contains("m" + code);
                        assertThat(e.requestId()).contains("req_" + code);
                        assertThat(e.headers().firstValue("content-type")).contains("application/json");
                    });
        });
    }

    @Test
    void invalidInputSaysWhichInputsAndWhy() {
        server.script(
                status(
                        400,
                        "{\"error\":{\"type\":\"invalid_input\",\"message\":\"bad\",\"validation_errors\":"
                                + "{\"_errors\":[\"one of id or key\"],\"device_id\":{\"_errors\":[\"Expected string, received number\"]},"
                                + "\"settings\":{\"_errors\":[],\"code\":{\"_errors\":[\"too short\",\"digits only\"]}}}},\"ok\":false}"));

        assertThatThrownBy(() -> core.send(GET_THING, Thing.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.validationErrors())
                                .isEqualTo(Map.of(
                                        "", List.of("one of id or key"),
                                        "device_id", List.of("Expected string, received number"),
                                        "settings.code", List.of("too short", "digits only"))));
    }

    @Test
    void aProxysHtmlErrorPageStillGivesATypedExceptionWithTheRawText() {
        server.script(
                TestServer.reply(502, "<html><body>Bad gateway</body></html>", Map.of("Content-Type", "text/html")));

        assertThatThrownBy(() -> core.withOptions(
                                ClientCore.options().maxRetries(0).build())
                        .send(GET_THING, Thing.class))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.rawBody()).contains("Bad gateway");
                    assertThat(e.errorType()).isEmpty();
                });
    }

    @Test
    void retryableStatusesAreRetriedWithTheRetryCountAndThenSucceed() {
        server.script(status(503, "{}"), status(429, "{}"));
        server.respond(200, THING, JSON);

        assertThat(core.send(GET_THING, Thing.class).thingId()).isEqualTo("t1");

        assertThat(server.requests)
                .extracting(r -> r.header(Exchange.RETRY_COUNT_HEADER))
                .containsExactly("0", "1", "2");
        assertThat(server.requests)
                .extracting(TestServer.Recorded::body)
                .allMatch(b -> b.equals("{\"thing_id\":\"t1\"}"));
    }

    @Test
    void aFileOrBytesAreSentAgainOnARetryButAStreamIsNeverRetried() {
        server.script(status(503, "{}"));
        server.respond(200, "{}", JSON);
        core.send(ApiRequest.of("PUT", "/blobs/b1").body(Upload.of("bytes".getBytes()), "application/octet-stream"));
        assertThat(server.requests).extracting(TestServer.Recorded::body).containsExactly("bytes", "bytes");

        server.requests.clear();
        server.script(status(503, "{}"));
        ApiRequest streamed = ApiRequest.of("PUT", "/blobs/b1")
                .part("file", Upload.of(new java.io.ByteArrayInputStream("once".getBytes())));
        assertThat(streamed.isRepeatable()).isFalse();
        assertThatThrownBy(() -> core.send(streamed)).isInstanceOf(ApiException.class);
        assertThat(server.requests)
                .singleElement()
                .satisfies(r -> assertThat(r.body()).contains("once"));
    }

    @Test
    void aCallThatStartsSomethingIsRepeatedOnlyWhenTheServerCannotHaveActedOrAsksForIt() {
        ApiRequest unlock = ApiRequest.post("/locks/unlock_door").body(Map.of("device_id", "d1"));
        for (int status : new int[] {500, 502, 503, 408, 409}) {
            server.requests.clear();
            server.script(status(status, "{}"));
            server.respond(200, "{\"ok\":true}", JSON);
            assertThatThrownBy(() -> core.send(unlock)).isInstanceOf(ApiException.class);
            assertThat(server.requests)
                    .as("HTTP %d to a POST that may have acted", status)
                    .hasSize(1);
        }

        server.requests.clear();
        server.script(TestServer.drop());
        assertThatThrownBy(() -> core.send(unlock)).isInstanceOf(TransportException.class);
        assertThat(server.requests)
                .as("a connection lost after the request was sent")
                .hasSize(1);

        for (TestServer.Step comeBack : List.of(
                status(429, "{}"),
                TestServer.reply(503, "{}", Map.of("Retry-After", "0", "Content-Type", "application/json")))) {
            server.requests.clear();
            server.script(comeBack);
            server.respond(200, "{\"ok\":true}", JSON);
            core.send(unlock);
            assertThat(server.requests)
                    .as("the server asked to be called again")
                    .hasSize(2);
        }

        assertThat(RetryPolicy.safe().retryFailure(unlock, new java.net.ConnectException("refused")))
                .as("a connection that could not be made never reached the server")
                .isTrue();
        assertThat(RetryPolicy.safe().retryFailure(unlock, new java.net.UnknownHostException("nowhere.invalid")))
                .isTrue();
        assertThat(RetryPolicy.safe().retryFailure(unlock, new RequestTimeoutException("late", null)))
                .isFalse();
    }

    @Test
    void anIdempotentCallIsRepeatedOnServerErrorsButNotOnAConflict() {
        for (ApiRequest read : List.of(ApiRequest.get("/things/get"), GET_THING)) {
            server.requests.clear();
            server.script(status(500, "{}"), status(408, "{}"));
            server.respond(200, THING, JSON);
            core.send(read);
            assertThat(server.requests).hasSize(3);

            server.requests.clear();
            server.script(status(409, "{}"));
            assertThatThrownBy(() -> core.send(read)).isInstanceOf(ConflictException.class);
            assertThat(server.requests).hasSize(1);
        }
    }

    @Test
    void retriesStopAtTheLimitAndErrorsThatWouldRepeatAreNotRetried() {
        server.respond(503, "{}", JSON);
        assertThatThrownBy(() -> core.send(GET_THING, Thing.class)).isInstanceOf(ServerException.class);
        assertThat(server.requests).hasSize(3);

        server.requests.clear();
        ClientCore patient = client(b -> b.maxRetries(4));
        assertThatThrownBy(() -> patient.send(GET_THING, Thing.class)).isInstanceOf(ServerException.class);
        assertThat(server.requests).hasSize(5);
        patient.close();

        server.requests.clear();
        server.respond(404, "{}", JSON);
        assertThatThrownBy(() -> core.send(GET_THING, Thing.class)).isInstanceOf(NotFoundException.class);
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void retryAfterIsHonouredInSecondsAndAsAnHttpDate() {
        server.script(TestServer.reply(429, "{}", Map.of("Retry-After", "1")));
        server.respond(200, THING, JSON);
        long start = System.nanoTime();
        core.send(GET_THING, Thing.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));

        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        assertThat(Exchange.retryAfter(
                        java.net.http.HttpHeaders.of(Map.of("Retry-After", List.of(inTwoSeconds)), (a, b) -> true)))
                .isBetween(Duration.ofMillis(500), Duration.ofSeconds(2));
        assertThat(Exchange.retryAfter(
                        java.net.http.HttpHeaders.of(Map.of("Retry-After", List.of("3600")), (a, b) -> true)))
                .as("a wait beyond the cap falls back to the client's own back-off")
                .isNull();
    }

    @Test
    void aDroppedConnectionIsRetriedAndARefusedOneEndsInATransportException() throws IOException {
        server.script(TestServer.drop());
        server.respond(200, THING, JSON);
        assertThat(core.send(GET_THING, Thing.class).thingId()).isEqualTo("t1");
        assertThat(server.requests).hasSize(2);

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ClientCore nowhere = new Builder()
                .endpoint("http://127.0.0.1:" + closedPort)
                .token("seam_secret_token")
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .build();
        assertThatThrownBy(() -> nowhere.send(GET_THING, Thing.class))
                .isInstanceOf(TransportException.class)
                .hasMessageNotContaining("seam_secret_token")
                .hasCauseInstanceOf(java.net.ConnectException.class);
        nowhere.close();
    }

    @Test
    void aServerThatNeverAnswersTimesOutOnTheClientOrThePerRequestTimeout() {
        server.script(server.hang());
        ClientCore impatient = client(b -> b.timeout(Duration.ofMillis(300)).maxRetries(0));
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.send(GET_THING, Thing.class)).isInstanceOf(RequestTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        impatient.close();

        server.script(server.hang());
        ClientCore view = core.withOptions(ClientCore.options()
                .timeout(Duration.ofMillis(200))
                .maxRetries(0)
                .build());
        assertThatThrownBy(() -> view.send(GET_THING, Thing.class)).isInstanceOf(RequestTimeoutException.class);
    }

    @Test
    void perRequestOptionsAddHeadersQueryAndBodyFieldsAndReportTheResponse() {
        server.respond(200, THING, Map.of("seam-request-id", "req_9"));
        List<ResponseInfo> seen = new CopyOnWriteArrayList<>();
        ClientCore view = core.withOptions(ClientCore.options()
                .header("x-trace", "abc")
                .extraQuery("preview", "yes")
                .extraBody("new_field", List.of(1, 2))
                .onResponse(seen::add)
                .build());

        view.send(GET_THING, Thing.class);
        core.send(GET_THING, Thing.class);

        TestServer.Recorded withOptions = server.requests.get(0);
        assertThat(withOptions.header("x-trace")).isEqualTo("abc");
        assertThat(withOptions.uri()).isEqualTo("/things/get?preview=yes");
        assertThat(Json.parse(withOptions.body())).isEqualTo(Json.parse("{\"thing_id\":\"t1\",\"new_field\":[1,2]}"));
        assertThat(server.requests.get(1).header("x-trace"))
                .as("the original client is unchanged")
                .isNull();
        assertThat(seen).singleElement().satisfies(info -> {
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.requestId()).contains("req_9");
            assertThat(info.attempts()).isEqualTo(1);
        });
    }

    @Test
    void asyncCallsShareTheClientAndFailWithTheSameExceptions() throws Exception {
        server.respond(200, THING, JSON);
        List<CompletableFuture<Thing>> calls = IntStream.range(0, 20)
                .mapToObj(i -> core.sendAsync(GET_THING, Thing.class))
                .toList();

        assertThat(CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                        .thenApply(v -> calls.stream()
                                .map(CompletableFuture::join)
                                .map(Thing::thingId)
                                .collect(Collectors.toSet()))
                        .get())
                .containsExactly("t1");

        server.respond(404, "{\"error\":{\"type\":\"thing_not_found\"}}", JSON);
        assertThatThrownBy(() -> core.sendAsync(GET_THING, Thing.class).get())
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void pagesAreFetchedLazilyWithTheCursorOfThePageBefore() {
        // Only the first page is scripted: taking two items must not ask for a second page.
        server.script(
                status(
                        200,
                        "{\"things\":[{\"thing_id\":\"a\"},{\"thing_id\":\"b\"}],\"pagination\":{\"next_page_cursor\":\"c2\"}}"));
        java.util.function.Function<String, ApiRequest> page = cursor -> ApiRequest.post("/things/list")
                .body(cursor == null ? Map.of("limit", 2) : Map.of("limit", 2, "page_cursor", cursor))
                .responseKey("things");

        assertThat(core.paginate(new PageRequest<>(page, PAGING, new TypeReference<List<Thing>>() {}))
                        .limit(2)
                        .map(Thing::thingId))
                .containsExactly("a", "b");
        assertThat(server.requests).hasSize(1);

        server.requests.clear();
        server.script(
                status(200, "{\"things\":[{\"thing_id\":\"a\"}],\"pagination\":{\"next_page_cursor\":\"c2\"}}"),
                status(200, "{\"things\":[{\"thing_id\":\"b\"}],\"pagination\":{\"next_page_cursor\":null}}"));
        assertThat(core.paginate(new PageRequest<>(page, PAGING, new TypeReference<List<Thing>>() {}))
                        .map(Thing::thingId))
                .containsExactly("a", "b");
        assertThat(server.requests)
                .extracting(r -> Json.parse(r.body()).path("page_cursor").asText(null))
                .containsExactly(null, "c2");
    }

    @Test
    void aPageCarriesItsCursorAndAListResumesFromASavedOne() throws Exception {
        java.util.function.Function<String, ApiRequest> page = cursor -> ApiRequest.post("/things/list")
                .body(cursor == null ? Map.of("limit", 1) : Map.of("limit", 1, "page_cursor", cursor))
                .responseKey("things");
        PageRequest<Thing> things = new PageRequest<>(page, PAGING, new TypeReference<List<Thing>>() {});
        server.script(
                status(200, "{\"things\":[{\"thing_id\":\"a\"}],\"pagination\":{\"next_page_cursor\":\"c2\"}}"),
                status(200, "{\"things\":[{\"thing_id\":\"b\"}],\"pagination\":{\"next_page_cursor\":null}}"));

        Page<Thing> first = core.page(things);
        assertThat(first.items()).extracting(Thing::thingId).containsExactly("a");
        assertThat(first.hasNextPage()).isTrue();
        String saved = first.nextCursor().orElseThrow();
        assertThat(saved).isEqualTo("c2");
        Page<Thing> last = first.nextPage();
        assertThat(last.items()).extracting(Thing::thingId).containsExactly("b");
        assertThat(last.hasNextPage()).isFalse();
        assertThat(last.nextCursor()).isEmpty();
        assertThatThrownBy(last::nextPage).isInstanceOf(NoSuchElementException.class);

        // Another process, later: the saved cursor starts the list where it stopped.
        server.requests.clear();
        server.script(status(200, "{\"things\":[{\"thing_id\":\"b\"}],\"pagination\":{\"next_page_cursor\":null}}"));
        Page<Thing> resumed = core.page(new PageRequest<>(
                cursor -> page.apply(cursor == null ? saved : cursor), PAGING, new TypeReference<List<Thing>>() {}));
        assertThat(resumed.items()).extracting(Thing::thingId).containsExactly("b");
        assertThat(Json.parse(server.requests.get(0).body()).path("page_cursor").asText())
                .isEqualTo("c2");

        server.script(
                status(200, "{\"things\":[{\"thing_id\":\"a\"}],\"pagination\":{\"next_page_cursor\":\"c2\"}}"),
                status(200, "{\"things\":[{\"thing_id\":\"b\"}],\"pagination\":{\"next_page_cursor\":null}}"));
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        core.pageAsync(things)
                .thenCompose(p -> p.forEachAsync(t -> seen.add(t.thingId())))
                .get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(seen).containsExactly("a", "b");
    }

    @Test
    void aRawResponseCarriesTheStatusHeadersAndRequestIdWithTheValue() {
        List<ResponseInfo> listened = new java.util.ArrayList<>();
        ClientCore listening =
                core.withOptions(ClientCore.options().onResponse(listened::add).build());
        server.script(TestServer.reply(
                201,
                "{\"thing\":{\"thing_id\":\"t1\"}}",
                Map.of("Content-Type", "application/json", "seam-request-id", "req_raw", "x-rate-left", "9")));

        RawResponse<Thing> raw = listening.sendRaw(GET_THING, Thing.class);

        assertThat(raw.value().thingId()).isEqualTo("t1");
        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(raw.requestId()).contains("req_raw");
        assertThat(raw.headers().firstValue("x-rate-left")).contains("9");
        assertThat(listened).as("the caller's own listener still hears of it").hasSize(1);

        server.script(status(200, "{}"));
        RawResponse<Void> none = core.sendRaw(GET_THING);
        assertThat(none.value()).isNull();
        assertThat(none.requestId()).contains("req_200");
    }

    static final ApiRequest UNLOCK = ApiRequest.post("/locks/unlock_door")
            .body(Map.of("device_id", "d1"))
            .responseKey("action_attempt");

    static String attempt(String status, String error) {
        return "{\"action_attempt\":{\"action_attempt_id\":\"aa1\",\"action_type\":\"UNLOCK_DOOR\",\"status\":\""
                + status + "\",\"result\":" + (status.equals("success") ? "{}" : "null") + ",\"error\":" + error
                + "},\"ok\":true}";
    }

    @Test
    void aPendingActionAttemptIsPolledUntilItSucceedsOrFails() {
        ClientCore quick = core.withOptions(ClientCore.options()
                .polling(Duration.ofSeconds(5), Duration.ofMillis(20))
                .build());
        server.script(
                status(200, attempt("pending", "null")),
                status(200, attempt("pending", "null")),
                status(200, attempt("success", "null")));

        Map<?, ?> done = quick.send(UNLOCK.longRunning(), Map.class);

        assertThat(done.get("status")).isEqualTo("success");
        assertThat(server.requests)
                .extracting(TestServer.Recorded::uri)
                .containsExactly("/locks/unlock_door", "/action_attempts/get", "/action_attempts/get");
        assertThat(Json.parse(server.requests.get(1).body())).isEqualTo(Json.parse("{\"action_attempt_id\":\"aa1\"}"));

        server.script(
                status(200, attempt("pending", "null")),
                status(200, attempt("error", "{\"type\":\"device_offline\",\"message\":\"The device is offline\"}")));
        assertThatThrownBy(() -> quick.send(
                        ApiRequest.post("/locks/unlock_door")
                                .responseKey("action_attempt")
                                .longRunning(),
                        Map.class))
                .isInstanceOfSatisfying(ActionAttemptFailedException.class, e -> {
                    assertThat(e.errorType()).contains("device_offline");
                    assertThat(e.getMessage()).contains("The device is offline");
                });
    }

    @Test
    void waitingForAnActionAttemptEndsAtItsTimeoutAndCanBeTurnedOff() {
        server.respond(200, attempt("pending", "null"), JSON);
        ClientCore brief = core.withOptions(ClientCore.options()
                .polling(Duration.ofMillis(200), Duration.ofMillis(50))
                .build());

        assertThatThrownBy(() -> brief.send(
                        ApiRequest.post("/locks/unlock_door")
                                .responseKey("action_attempt")
                                .longRunning(),
                        Map.class))
                .isInstanceOf(ActionAttemptTimeoutException.class);

        server.requests.clear();
        Map<?, ?> pending = core.withOptions(
                        ClientCore.options().waitForCompletion(false).build())
                .send(
                        ApiRequest.post("/locks/unlock_door")
                                .responseKey("action_attempt")
                                .longRunning(),
                        Map.class);
        assertThat(pending.get("status")).isEqualTo("pending");
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void hostileSuccessfulResponsesGiveTypedExceptionsNeverHalfObjects() {
        List<String> bodies = List.of(
                "{\"thing\":{\"thing_id\":\"t1\"",
                "<html><body>Welcome to the captive portal</body></html>",
                "",
                "{\"thing\":{\"thing_id\":{\"nested\":true}}}",
                "{\"thing\":[1,2,3]}");
        for (String body : bodies) {
            server.script(TestServer.reply(200, body, JSON));
            assertThatThrownBy(() -> core.send(GET_THING, Thing.class))
                    .as(body)
                    .isInstanceOf(InvalidResponseException.class);
        }
    }

    @Test
    void aHugeBodyIsCutOffAtTheLimit() {
        String fifty = "{\"thing\":{\"thing_id\":\"" + "x".repeat(50 * 1024 * 1024) + "\"}}";
        server.script(TestServer.reply(200, fifty, JSON));

        assertThatThrownBy(() -> core.send(GET_THING, Thing.class))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("larger than 33554432 bytes");
    }

    @Test
    void aStreamedDownloadIsRetriedUntilItStartsThenHasNoSizeLimitAndErrorsStayTyped() throws Exception {
        String forty = "y".repeat(40 * 1024 * 1024);
        server.script(
                status(503, "{\"error\":{\"type\":\"busy\",\"message\":\"later\"}}"),
                TestServer.reply(200, forty, Map.of("Content-Type", "application/octet-stream")));
        ApiRequest download = ApiRequest.get("/files/f1").accept("application/octet-stream");

        try (InputStream in = core.sendStream(download)) {
            assertThat(in.readAllBytes()).hasSize(forty.length());
        }
        assertThat(server.requests).hasSize(2);

        server.script(status(404, "{\"error\":{\"type\":\"not_found\",\"message\":\"no file\"}}"));
        assertThatThrownBy(() -> core.sendStream(download))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.errorType()).contains("not_found"));
    }

    @Test
    void debugLogsSayWhatHappenedWithoutSecretsOrBodies() {
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(ClientCore.class.getName());
        List<String> lines = new CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Level level = jul.getLevel();
        jul.setLevel(java.util.logging.Level.ALL);
        jul.addHandler(handler);
        try {
            server.script(status(503, "{}"));
            server.respond(
                    200,
                    "{\"thing\":{\"thing_id\":\"t1\",\"secret\":\"body_secret\"}}",
                    Map.of("seam-request-id", "req_7"));
            core.send(GET_THING, Thing.class);
        } finally {
            jul.removeHandler(handler);
            jul.setLevel(level);
        }

        assertThat(lines).anySatisfy(l -> assertThat(l).contains("POST /things/get", "503", "retrying"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("POST /things/get -> 200", "req_7", "attempt 2"));
        assertThat(String.join("\n", lines)).doesNotContain("seam_secret_token", "body_secret", "t1");
    }

    @Test
    void aClosedClientRefusesCalls() {
        core.close();

        assertThatThrownBy(() -> core.send(GET_THING, Thing.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the client is closed");
    }
}
