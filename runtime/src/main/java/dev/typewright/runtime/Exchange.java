package dev.typewright.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The transport and its retry loop: turns an {@link ApiRequest} into HTTP, sends it through the
 * client's {@link HttpClient} and its interceptors, and asks the retry policy what to do with a
 * failed attempt. It returns a 2xx response or throws; reading the body is the caller's business.
 */
final class Exchange {
    private static final System.Logger LOG = System.getLogger(ClientCore.class.getName());
    /** Sent with every attempt: 0 for the first, then 1, 2, ... for retries. */
    static final String RETRY_COUNT_HEADER = "x-retry-count";

    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final ClientCore.Shared shared;
    private final RequestOptions options;

    Exchange(ClientCore.Shared shared, RequestOptions options) {
        this.shared = shared;
        this.options = options;
    }

    /** What to do after an attempt: return its response, retry after a pause, or fail. */
    private record Next(boolean success, Duration retryAfter, RuntimeException failure) {
        static final Next SUCCESS = new Next(true, null, null);
    }

    /**
     * The blocking path, on the caller's thread: no hand-off between threads, so a synchronous call
     * costs what a hand-written {@code HttpClient.send} does.
     */
    HttpResponse<byte[]> blocking(ApiRequest request) {
        return blocking(request, LimitedBody.handler(shared.maxResponseBytes()));
    }

    /**
     * As {@link #blocking(ApiRequest)}, returning a successful response's body unread, as a stream
     * the caller reads and closes: a download of any size. An error's body is read as before.
     */
    HttpResponse<InputStream> blockingStream(ApiRequest request) {
        HttpResponse.BodyHandler<byte[]> bytes = LimitedBody.handler(shared.maxResponseBytes());
        HttpResponse<Object> response = blocking(
                request,
                info -> info.statusCode() / 100 == 2
                        ? HttpResponse.BodySubscribers.mapping(
                                HttpResponse.BodySubscribers.ofInputStream(), Object.class::cast)
                        : HttpResponse.BodySubscribers.mapping(bytes.apply(info), Object.class::cast));
        return new View<>(response, (InputStream) response.body());
    }

    private <B> HttpResponse<B> blocking(ApiRequest request, HttpResponse.BodyHandler<B> handler) {
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            HttpClient http = openClient();
            HttpResponse<B> response = null;
            Throwable error = null;
            try {
                response = http.send(toHttpRequest(request, attempt), handler);
            } catch (IOException e) {
                error = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(at(request) + " was interrupted", e);
            }
            Next next;
            try {
                next = judge(request, attempt, start, response, error);
            } catch (RuntimeException e) {
                closeUnread(response);
                throw e;
            }
            if (next.success()) {
                return response;
            }
            if (next.failure() != null) {
                throw next.failure();
            }
            try {
                Thread.sleep(next.retryAfter().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(at(request) + " was interrupted while waiting to retry", e);
            }
        }
    }

    CompletableFuture<HttpResponse<byte[]>> async(ApiRequest request) {
        if (shared.closed().get() || shared.http().get() == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the client is closed"));
        }
        return attempt(request, 0, System.nanoTime());
    }

    private HttpClient openClient() {
        HttpClient http = shared.http().get();
        if (shared.closed().get() || http == null) {
            throw new IllegalStateException("the client is closed");
        }
        return http;
    }

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
                    if (next.success()) {
                        return CompletableFuture.completedFuture(response);
                    }
                    if (next.failure() != null) {
                        return CompletableFuture.<HttpResponse<byte[]>>failedFuture(next.failure());
                    }
                    return after(next.retryAfter()).thenCompose(ignored -> attempt(request, attempt + 1, start));
                })
                .thenCompose(Function.identity());
    }

    static CompletableFuture<Void> after(Duration delay) {
        return CompletableFuture.runAsync(
                () -> {}, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    private Next judge(ApiRequest request, int attempt, long start, HttpResponse<?> response, Throwable error) {
        if (error != null) {
            return failed(request, attempt, unwrap(error));
        }
        Policies policies = shared.policies();
        if (!policies.interceptors().isEmpty()) {
            // A streamed body is the caller's to read: interceptors see it as empty.
            @SuppressWarnings("unchecked") // A body read as bytes is the response's own body.
            HttpResponse<byte[]> seen = response.body() instanceof byte[]
                    ? (HttpResponse<byte[]>) response
                    : new View<>(response, new byte[0]);
            for (Interceptor interceptor : policies.interceptors()) {
                interceptor.afterReceive(seen, request, attempt);
            }
        }
        String requestId = policies.requestId(response.headers());
        int status = response.statusCode();
        LOG.log(
                System.Logger.Level.DEBUG,
                () -> String.format(
                        "%s -> %d (request %s, attempt %d, %d ms)",
                        describe(request), status, requestId, attempt + 1, (System.nanoTime() - start) / 1_000_000));
        if (status / 100 == 2) {
            if (options.onResponse != null) {
                options.onResponse.accept(new ResponseInfo(
                        request.method(), request.pathTemplate(), status, response.headers(), requestId, attempt + 1));
            }
            return Next.SUCCESS;
        }
        Duration retryAfter = retryAfter(response.headers());
        if (attempt < maxRetries()
                && request.isRepeatable()
                && policies.retryPolicy()
                        .retryStatus(
                                request,
                                status,
                                response.headers().firstValue("retry-after").isPresent())) {
            return retry(request, retryAfter, attempt, "HTTP " + status);
        }
        return new Next(
                false,
                null,
                policies.errorDecoder()
                        .decode(
                                status,
                                response.headers(),
                                response.body() instanceof byte[] b ? b : new byte[0],
                                requestId));
    }

    private Next failed(ApiRequest request, int attempt, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooLargeException tooLarge) {
                return new Next(false, null, new InvalidResponseException(tooLarge.getMessage(), 200, null, tooLarge));
            }
        }
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            cause = new RequestTimeoutException(
                    at(request) + " got no complete response within " + options.timeout.toMillis() + " ms", cause);
        }
        if (cause instanceof CancellationException || shared.closed().get()) {
            return new Next(false, null, new TransportException(at(request) + " was cancelled", cause));
        }
        if (cause instanceof RuntimeException r && !(r instanceof RequestTimeoutException)) {
            return new Next(false, null, r);
        }
        if (attempt < maxRetries()
                && request.isRepeatable()
                && cause instanceof Exception e
                && shared.policies().retryPolicy().retryFailure(request, e)) {
            return retry(request, null, attempt, cause.toString());
        }
        return new Next(
                false,
                null,
                cause instanceof TransportException t
                        ? t
                        : new TransportException(at(request) + " failed: " + cause, cause));
    }

    private Next retry(ApiRequest request, Duration retryAfter, int attempt, String why) {
        Duration delay = retryAfter != null ? retryAfter : backoff(attempt);
        LOG.log(
                System.Logger.Level.DEBUG,
                () -> String.format("%s: %s, retrying in %d ms", describe(request), why, delay.toMillis()));
        return new Next(false, delay, null);
    }

    /** Exponential back-off with full jitter: a random wait up to base * 2^attempt, capped. */
    private Duration backoff(int attempt) {
        long ceiling = Math.min(shared.retryCap().toMillis(), shared.retryBase().toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
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

    private HttpRequest toHttpRequest(ApiRequest request, int attempt) {
        StringBuilder target = new StringBuilder(base(request)).append(request.pathAndQuery());
        boolean hasQuery = target.indexOf("?") >= 0;
        Auth auth = credentialsFor(request);
        for (Map.Entry<String, String> q : auth.query()) {
            target.append(hasQuery ? '&' : '?').append(q.getKey()).append('=').append(q.getValue());
            hasQuery = true;
        }
        for (Map.Entry<String, String> q : options.extraQuery) {
            target.append(hasQuery ? '&' : '?')
                    .append(ApiRequest.encode(q.getKey()))
                    .append('=')
                    .append(ApiRequest.encode(q.getValue()));
            hasQuery = true;
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.toString()))
                .timeout(options.timeout)
                .header("Accept", request.accept());
        Map<String, String> headers = new LinkedHashMap<>(auth.headers());
        request.headers()
                .forEach((name, value) -> headers.merge(
                        name, value, (theirs, own) -> name.equalsIgnoreCase("Cookie") ? theirs + "; " + own : own));
        headers.putAll(options.headers);
        headers.put(RETRY_COUNT_HEADER, Integer.toString(attempt));
        headers.forEach(b::header);
        RequestBody.Encoded body = request.encodedBody(options.extraBody, options.bodyMediaType);
        if (body != null) {
            b.header("Content-Type", body.contentType());
            b.method(request.method(), body.publisher());
        } else {
            b.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        for (Interceptor interceptor : shared.policies().interceptors()) {
            interceptor.beforeSend(b, request, attempt);
        }
        return b.build();
    }

    /** The credentials the request asks for that the client holds, or the client's first. */
    private Auth credentialsFor(ApiRequest request) {
        if (request.credentialMethods() == null) {
            return shared.auth();
        }
        for (String method : request.credentialMethods()) {
            Auth auth = shared.credentials().get(method);
            if (auth != null) {
                return auth;
            }
        }
        return Auth.none();
    }

    static String describe(ApiRequest request) {
        return request.method() + " " + request.pathTemplate();
    }

    /** The call with the server it went to, for failures where the host is the first suspect. */
    private String at(ApiRequest request) {
        return request.method() + " " + base(request) + request.pathTemplate();
    }

    /** The operation's own server while the client uses the API's default endpoint, else the client's. */
    private String base(ApiRequest request) {
        return request.server() != null && shared.operationServers() ? request.server() : shared.base();
    }

    /** Closes a streamed body the caller will never get. */
    private static void closeUnread(HttpResponse<?> response) {
        if (response != null && response.body() instanceof InputStream in) {
            try {
                in.close();
            } catch (IOException ignored) {
                // The connection is dropped either way; the judge's failure is what the caller hears.
            }
        }
    }

    /** A response with another body: the stream taken out of a mixed one, or bytes for interceptors. */
    private record View<B>(HttpResponse<?> response, B body) implements HttpResponse<B> {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public java.util.Optional<HttpResponse<B>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public URI uri() {
            return response.uri();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
