package dev.typewright.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Sends the calls of a generated client: builds the HTTP request, adds credentials, retries what
 * can be retried, reads the response and turns failures into typed exceptions. One instance (and
 * its {@link #withOptions} views, which share its connections) serves a client and all of its
 * resource clients, from any number of threads.
 */
public final class ClientCore implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ClientCore.class.getName());
    private static final List<String> REQUEST_ID_HEADERS = List.of("seam-request-id", "x-request-id", "request-id");
    /** Sent with every attempt: 0 for the first, then 1, 2, ... for retries. */
    static final String RETRY_COUNT_HEADER = "x-retry-count";

    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final String ACTION_ATTEMPTS_GET = "/action_attempts/get";

    /** What every view of one client shares. */
    record Shared(
            AtomicReference<HttpClient> http,
            String base,
            Auth auth,
            long maxResponseBytes,
            Duration retryBase,
            Duration retryCap,
            ExecutorService ownedExecutor,
            AtomicBoolean closed) {}

    private final Shared shared;
    private final RequestOptions options;

    ClientCore(Shared shared, RequestOptions options) {
        this.shared = shared;
        this.options = options;
    }

    static String trimBase(URI endpoint) {
        String s = endpoint.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** A view whose calls also apply {@code options}; it shares this core's connections. */
    public ClientCore withOptions(RequestOptions more) {
        return new ClientCore(shared, options.then(more));
    }

    /** Builds options for {@link #withOptions(RequestOptions)}. */
    public static RequestOptions.Builder options() {
        return new RequestOptions.Builder();
    }

    /** Sends the request and reads the result as {@code type}. */
    public <T> T send(ApiRequest request, Class<T> type) {
        return send(request, Json.mapper().constructType(type));
    }

    /** Sends the request and reads the result as a generic type such as a list of models. */
    public <T> T send(ApiRequest request, TypeReference<T> type) {
        return send(request, Json.mapper().constructType(type));
    }

    /** Sends a request whose response carries nothing the caller needs. */
    public void send(ApiRequest request) {
        checkOpen();
        exchangeBlocking(request);
    }

    private <T> T send(ApiRequest request, JavaType type) {
        checkOpen();
        if (request.pollsActionAttempt() && !Boolean.FALSE.equals(options.waitForActionAttempt)) {
            return join(sendAsync(request, type));
        }
        return decode(exchangeBlocking(request), request.responseKey(), type);
    }

    private void checkOpen() {
        if (shared.closed().get() || shared.http().get() == null) {
            throw new IllegalStateException("the client is closed");
        }
    }

    public <T> CompletableFuture<T> sendAsync(ApiRequest request, Class<T> type) {
        return sendAsync(request, Json.mapper().constructType(type));
    }

    public <T> CompletableFuture<T> sendAsync(ApiRequest request, TypeReference<T> type) {
        return sendAsync(request, Json.mapper().constructType(type));
    }

    public CompletableFuture<Void> sendAsync(ApiRequest request) {
        return exchange(request).thenApply(r -> null);
    }

    private <T> CompletableFuture<T> sendAsync(ApiRequest request, JavaType type) {
        if (request.pollsActionAttempt() && !Boolean.FALSE.equals(options.waitForActionAttempt)) {
            return exchange(request)
                    .thenApply(r -> ClientCore.<JsonNode>decode(
                            r, request.responseKey(), Json.mapper().constructType(JsonNode.class)))
                    .thenCompose(
                            attempt -> awaitActionAttempt(attempt, Instant.now().plus(actionAttemptTimeout())))
                    .thenApply(attempt -> Json.mapper().convertValue(attempt, type));
        }
        return exchange(request).thenApply(r -> decode(r, request.responseKey(), type));
    }

    /**
     * Every item of a paginated list, fetched page by page as the stream is consumed: {@code page}
     * makes the call for a cursor (null for the first page), and {@code cursorPointer} says where
     * a response holds the next page's cursor.
     */
    public <T> Stream<T> paginate(
            Function<String, ApiRequest> page, String cursorPointer, TypeReference<List<T>> itemsType) {
        JavaType listType = Json.mapper().constructType(itemsType);
        Iterator<T> items = new Iterator<>() {
            private final ArrayDeque<T> buffered = new ArrayDeque<>();
            private String cursor;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (buffered.isEmpty() && !last) {
                    ApiRequest call = page.apply(cursor);
                    HttpResponse<byte[]> response = exchangeBlocking(call);
                    JsonNode root = decode(response, null, Json.mapper().constructType(JsonNode.class));
                    JsonNode list = call.responseKey() == null ? root : root.path(call.responseKey());
                    List<T> pageItems = Json.mapper().convertValue(list, listType);
                    buffered.addAll(pageItems);
                    JsonNode next = root.at(cursorPointer);
                    String nextCursor = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
                    // A server that hands back the same cursor would otherwise be asked forever.
                    last = nextCursor == null || nextCursor.equals(cursor) || pageItems.isEmpty();
                    cursor = nextCursor;
                }
                return !buffered.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffered.poll();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }

    /** Stops new calls and releases the threads this client started; calls in flight fail. */
    @Override
    public void close() {
        if (shared.closed().compareAndSet(false, true) && shared.ownedExecutor() != null) {
            shared.ownedExecutor().shutdownNow();
            // Java 17's HttpClient cannot be closed; it closes its connections once it is collected,
            // so the client lets go of the one it made.
            shared.http().set(null);
        }
    }

    private CompletableFuture<HttpResponse<byte[]>> exchange(ApiRequest request) {
        if (shared.closed().get() || shared.http().get() == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the client is closed"));
        }
        return attempt(request, 0, System.nanoTime());
    }

    /** What to do after an attempt: return its response, retry after a pause, or fail. */
    private record Next(HttpResponse<byte[]> response, Duration retryAfter, RuntimeException failure) {}

    private CompletableFuture<HttpResponse<byte[]>> attempt(ApiRequest request, int attempt, long start) {
        HttpClient http = shared.http().get();
        if (http == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the client is closed"));
        }
        Duration timeout = options.timeout;
        CompletableFuture<HttpResponse<byte[]>> sent =
                http.sendAsync(toHttpRequest(request, attempt), LimitedBody.handler(shared.maxResponseBytes()));
        // The whole response, body included, must arrive in time; HttpRequest's own timeout stops at the headers.
        return sent.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, error) -> {
                    if (error != null && unwrap(error) instanceof TimeoutException) {
                        sent.cancel(true);
                    }
                    Next next = judge(request, attempt, start, response, error);
                    if (next.response() != null) {
                        return CompletableFuture.completedFuture(next.response());
                    }
                    if (next.failure() != null) {
                        return CompletableFuture.<HttpResponse<byte[]>>failedFuture(next.failure());
                    }
                    return CompletableFuture.supplyAsync(
                                    () -> null,
                                    CompletableFuture.delayedExecutor(
                                            next.retryAfter().toMillis(), TimeUnit.MILLISECONDS))
                            .thenCompose(ignored -> attempt(request, attempt + 1, start));
                })
                .thenCompose(Function.identity());
    }

    /**
     * The blocking path, on the caller's thread: no hand-off between threads, so a synchronous call
     * costs what a hand-written {@code HttpClient.send} does.
     */
    private HttpResponse<byte[]> exchangeBlocking(ApiRequest request) {
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            HttpClient http = shared.http().get();
            if (shared.closed().get() || http == null) {
                throw new IllegalStateException("the client is closed");
            }
            HttpResponse<byte[]> response = null;
            Throwable error = null;
            try {
                response = http.send(toHttpRequest(request, attempt), LimitedBody.handler(shared.maxResponseBytes()));
            } catch (IOException e) {
                error = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(describe(request) + " was interrupted", e);
            }
            Next next = judge(request, attempt, start, response, error);
            if (next.response() != null) {
                return next.response();
            }
            if (next.failure() != null) {
                throw next.failure();
            }
            try {
                Thread.sleep(next.retryAfter().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(describe(request) + " was interrupted while waiting to retry", e);
            }
        }
    }

    private Next judge(ApiRequest request, int attempt, long start, HttpResponse<byte[]> response, Throwable error) {
        if (error != null) {
            return failed(request, attempt, unwrap(error));
        }
        String requestId = requestId(response.headers());
        LOG.log(
                System.Logger.Level.DEBUG,
                () -> String.format(
                        "%s -> %d (request %s, attempt %d, %d ms)",
                        describe(request),
                        response.statusCode(),
                        requestId,
                        attempt + 1,
                        (System.nanoTime() - start) / 1_000_000));
        int status = response.statusCode();
        if (status / 100 == 2) {
            if (options.onResponse != null) {
                options.onResponse.accept(new ResponseInfo(
                        request.method(), request.pathTemplate(), status, response.headers(), requestId, attempt + 1));
            }
            return new Next(response, null, null);
        }
        if (retryable(status) && attempt < maxRetries()) {
            return retry(request, retryAfter(response.headers()), attempt, "HTTP " + status);
        }
        return new Next(null, null, toApiException(response, requestId));
    }

    private Next failed(ApiRequest request, int attempt, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooLargeException tooLarge) {
                return new Next(null, null, new InvalidResponseException(tooLarge.getMessage(), 200, null, tooLarge));
            }
        }
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            cause = new RequestTimeoutException(
                    describe(request) + " got no complete response within " + options.timeout.toMillis() + " ms",
                    cause);
        }
        if (cause instanceof CancellationException || shared.closed().get()) {
            return new Next(null, null, new TransportException(describe(request) + " was cancelled", cause));
        }
        if (cause instanceof RuntimeException r && !(r instanceof RequestTimeoutException)) {
            return new Next(null, null, r);
        }
        if (attempt < maxRetries()) {
            return retry(request, null, attempt, cause.toString());
        }
        return new Next(
                null,
                null,
                cause instanceof TransportException t
                        ? t
                        : new TransportException(describe(request) + " failed: " + cause, cause));
    }

    private Next retry(ApiRequest request, Duration retryAfter, int attempt, String why) {
        Duration delay = retryAfter != null ? retryAfter : backoff(attempt);
        LOG.log(
                System.Logger.Level.DEBUG,
                () -> String.format("%s: %s, retrying in %d ms", describe(request), why, delay.toMillis()));
        return new Next(null, delay, null);
    }

    /** Exponential back-off with full jitter: a random wait up to base * 2^attempt, capped. */
    private Duration backoff(int attempt) {
        long ceiling = Math.min(shared.retryCap().toMillis(), shared.retryBase().toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** 408, 409, 429 and 5xx are worth another try; anything else will fail the same way again. */
    static boolean retryable(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    /** {@code Retry-After} in seconds or as an HTTP date; null when absent, unreadable or too far off. */
    static Duration retryAfter(HttpHeaders headers) {
        String value = headers.firstValue("retry-after").orElse(null);
        if (value == null) {
            return null;
        }
        Duration after;
        try {
            after = Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                after = Duration.between(
                        Instant.now(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        if (after.isNegative()) {
            return Duration.ZERO;
        }
        return after.compareTo(MAX_RETRY_AFTER) <= 0 ? after : null;
    }

    private int maxRetries() {
        return options.maxRetries == null ? 2 : options.maxRetries;
    }

    private Duration actionAttemptTimeout() {
        return options.actionAttemptTimeout == null ? Duration.ofSeconds(5) : options.actionAttemptTimeout;
    }

    /** Polls an action attempt until it is no longer pending, the way Seam's own SDKs do. */
    private CompletableFuture<JsonNode> awaitActionAttempt(JsonNode attempt, Instant deadline) {
        String status = attempt.path("status").asText();
        String id = attempt.path("action_attempt_id").asText(null);
        if ("success".equals(status) || id == null) {
            return CompletableFuture.completedFuture(attempt);
        }
        if ("error".equals(status)) {
            JsonNode error = attempt.path("error");
            return CompletableFuture.failedFuture(new ActionAttemptFailedException(
                    id, error.path("type").asText(null), error.path("message").asText(null), attempt));
        }
        if (!"pending".equals(status)) {
            return CompletableFuture.completedFuture(attempt);
        }
        Duration interval =
                options.actionAttemptPollInterval == null ? Duration.ofMillis(500) : options.actionAttemptPollInterval;
        if (Instant.now().plus(interval).isAfter(deadline)) {
            return CompletableFuture.failedFuture(new ActionAttemptTimeoutException(id, actionAttemptTimeout()));
        }
        ApiRequest poll = ApiRequest.post(ACTION_ATTEMPTS_GET)
                .body(Map.of("action_attempt_id", id))
                .responseKey("action_attempt");
        return CompletableFuture.supplyAsync(
                        () -> null, CompletableFuture.delayedExecutor(interval.toMillis(), TimeUnit.MILLISECONDS))
                .thenCompose(ignored -> exchange(poll))
                .thenApply(r -> ClientCore.<JsonNode>decode(
                        r, "action_attempt", Json.mapper().constructType(JsonNode.class)))
                .thenCompose(next -> awaitActionAttempt(next, deadline));
    }

    private HttpRequest toHttpRequest(ApiRequest request, int attempt) {
        StringBuilder target = new StringBuilder(shared.base()).append(request.pathAndQuery());
        boolean hasQuery = target.indexOf("?") >= 0;
        for (Map.Entry<String, String> q : options.extraQuery) {
            target.append(hasQuery ? '&' : '?')
                    .append(ApiRequest.encode(q.getKey()))
                    .append('=')
                    .append(ApiRequest.encode(q.getValue()));
            hasQuery = true;
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.toString()))
                .timeout(options.timeout)
                .header("Accept", "application/json");
        Map<String, String> headers = new LinkedHashMap<>(shared.auth().headers());
        headers.putAll(request.headers());
        headers.putAll(options.headers);
        headers.put(RETRY_COUNT_HEADER, Integer.toString(attempt));
        headers.forEach(b::header);
        if (request.body() != null) {
            b.header("Content-Type", "application/json");
            b.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body(request.body())));
        } else {
            b.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    private byte[] body(Object body) {
        try {
            if (options.extraBody.isEmpty()) {
                return Json.mapper().writeValueAsBytes(body);
            }
            JsonNode tree = Json.mapper().valueToTree(body);
            if (tree instanceof ObjectNode object) {
                options.extraBody.forEach((k, v) -> object.set(k, Json.mapper().valueToTree(v)));
            }
            return Json.mapper().writeValueAsBytes(tree);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot serialize the request body", e);
        }
    }

    private static <T> T decode(HttpResponse<byte[]> response, String key, JavaType type) {
        byte[] body = response.body();
        ObjectMapper mapper = Json.mapper();
        try (JsonParser p = mapper.createParser(body)) {
            if (key == null) {
                if (body.length == 0) {
                    throw invalid(response, "the response body is empty", null);
                }
                return mapper.readValue(p, type);
            }
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(response, "expected a JSON object holding \"" + key + "\"", null);
            }
            // Streams past the envelope's other fields so only the wanted value is bound.
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (key.equals(name)) {
                    return mapper.readValue(p, type);
                }
                p.skipChildren();
            }
            throw invalid(response, "the response has no field \"" + key + "\"", null);
        } catch (IOException e) {
            throw invalid(response, "cannot read the response as " + type.getGenericSignature(), e);
        }
    }

    private static InvalidResponseException invalid(HttpResponse<byte[]> response, String message, Throwable cause) {
        return new InvalidResponseException(message, response.statusCode(), requestId(response.headers()), cause);
    }

    static ApiException toApiException(HttpResponse<byte[]> response, String requestId) {
        String raw = new String(response.body(), StandardCharsets.UTF_8);
        String type = null;
        String message = null;
        JsonNode validation = null;
        try {
            JsonNode root = Json.mapper().readTree(response.body());
            JsonNode error = root != null && root.has("error") ? root.get("error") : root;
            if (error != null && error.isObject()) {
                type = text(error.get("type"));
                message = text(error.get("message"));
                validation = error.get("validation_errors");
            }
        } catch (IOException notJson) {
            // A proxy's HTML page or a cut-off body: the raw text is all there is to report.
        }
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (status == 400 && "invalid_input".equals(type)) {
            return new InvalidInputException(message, requestId, headers, raw, validationErrors(validation));
        }
        return switch (status) {
            case 400 -> new BadRequestException(status, type, message, requestId, headers, raw);
            case 401 -> new UnauthorizedException(status, type, message, requestId, headers, raw);
            case 403 -> new ForbiddenException(status, type, message, requestId, headers, raw);
            case 404 -> new NotFoundException(status, type, message, requestId, headers, raw);
            case 409 -> new ConflictException(status, type, message, requestId, headers, raw);
            case 429 -> new RateLimitedException(status, type, message, requestId, headers, raw);
            default ->
                status >= 500
                        ? new ServerException(status, type, message, requestId, headers, raw)
                        : new UnexpectedStatusException(status, type, message, requestId, headers, raw);
        };
    }

    /** Flattens {@code {"_errors": [...], "field": {"_errors": [...]}}} to messages by path. */
    private static Map<String, List<String>> validationErrors(JsonNode node) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        flatten("", node, errors);
        return errors;
    }

    private static void flatten(String path, JsonNode node, Map<String, List<String>> errors) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals("_errors")) {
                List<String> messages = new ArrayList<>();
                e.getValue().forEach(m -> messages.add(m.asText()));
                if (!messages.isEmpty()) {
                    errors.put(path, List.copyOf(messages));
                }
            } else {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), errors);
            }
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static String requestId(HttpHeaders headers) {
        for (String name : REQUEST_ID_HEADERS) {
            var value = headers.firstValue(name);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    private static String describe(ApiRequest request) {
        return request.method() + " " + request.pathTemplate();
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Waits for a call made on the caller's thread, rethrowing its failure as it was raised. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransportException("the call was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new TransportException("the call failed: " + cause, cause);
        }
    }
}
