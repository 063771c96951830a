package dev.typewright.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Sends the calls of a generated client. It puts the parts together: the {@link Exchange} sends
 * and retries, the {@link ResponseDecoder} reads, and the client's {@link Policies} say how to
 * read errors, page through lists and wait for long-running operations. One instance (and its
 * {@link #withOptions} views, which share its connections) serves a client and all of its resource
 * clients, from any number of threads.
 */
public final class ClientCore implements AutoCloseable {
    private static final JavaType JSON_NODE = Json.mapper().constructType(JsonNode.class);

    /**
     * What every view of one client shares.
     *
     * @param auth the credentials a call sends when it does not say which it takes: the first set
     * @param credentials every credentials set, by the builder method that set them
     * @param operationServers whether calls go to the servers the spec names for their operations:
     *     true while the client uses the API's default endpoint
     */
    record Shared(
            AtomicReference<HttpClient> http,
            String base,
            boolean operationServers,
            Auth auth,
            Map<String, Auth> credentials,
            Policies policies,
            long maxResponseBytes,
            Duration retryBase,
            Duration retryCap,
            ExecutorService ownedExecutor,
            AtomicBoolean closed) {}

    private final Shared shared;
    private final RequestOptions options;
    private final Exchange exchange;

    ClientCore(Shared shared, RequestOptions options) {
        this.shared = shared;
        this.options = options;
        this.exchange = new Exchange(shared, options);
    }

    Shared shared() {
        return shared;
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
        exchange.blocking(request);
    }

    private <T> T send(ApiRequest request, JavaType type) {
        checkOpen();
        if (waits(request)) {
            return join(sendAsync(request, type));
        }
        return decode(exchange.blocking(request), request.responseKey(), type);
    }

    /**
     * Sends the request and returns the successful response's body unread: a stream the caller
     * reads and closes, for a download of any size, which {@code maxResponseBytes} does not limit.
     * An error status throws as for any call, and the retries are the same; once the stream is
     * returned the call is never repeated.
     */
    public InputStream sendStream(ApiRequest request) {
        checkOpen();
        return exchange.blockingStream(request).body();
    }

    /** As {@link #sendStream(ApiRequest)}, with the response's status, headers and request id. */
    public RawResponse<InputStream> sendRawStream(ApiRequest request) {
        AtomicReference<ResponseInfo> info = new AtomicReference<>();
        InputStream body = recording(info).sendStream(request);
        return new RawResponse<>(info.get(), body);
    }

    /** Sends the request and reads the body as the outcome its status declares. */
    public <T> T send(ApiRequest request, Outcomes<T> outcomes) {
        checkOpen();
        HttpResponse<byte[]> response = exchange.blocking(request);
        return outcomes.read(response, shared.policies().requestId(response.headers()));
    }

    /** As {@link #send(ApiRequest, Outcomes)}, without blocking. */
    public <T> CompletableFuture<T> sendAsync(ApiRequest request, Outcomes<T> outcomes) {
        return exchange.async(request)
                .thenApply(r -> outcomes.read(r, shared.policies().requestId(r.headers())));
    }

    /** As {@link #send(ApiRequest, Outcomes)}, with the response the value was read from. */
    public <T> RawResponse<T> sendRaw(ApiRequest request, Outcomes<T> outcomes) {
        AtomicReference<ResponseInfo> info = new AtomicReference<>();
        T value = recording(info).send(request, outcomes);
        return new RawResponse<>(info.get(), value);
    }

    /** Sends the request and returns its value with the response it was read from. */
    public <T> RawResponse<T> sendRaw(ApiRequest request, Class<T> type) {
        return sendRaw(request, Json.mapper().constructType(type));
    }

    /** As {@link #sendRaw(ApiRequest, Class)}, for a generic type such as a list of models. */
    public <T> RawResponse<T> sendRaw(ApiRequest request, TypeReference<T> type) {
        return sendRaw(request, Json.mapper().constructType(type));
    }

    /** Sends a request whose response carries nothing and returns that response. */
    public RawResponse<Void> sendRaw(ApiRequest request) {
        AtomicReference<ResponseInfo> info = new AtomicReference<>();
        recording(info).send(request);
        return new RawResponse<>(info.get(), null);
    }

    private <T> RawResponse<T> sendRaw(ApiRequest request, JavaType type) {
        AtomicReference<ResponseInfo> info = new AtomicReference<>();
        T value = recording(info).send(request, type);
        return new RawResponse<>(info.get(), value);
    }

    /** A view that keeps the last successful response's facts, and still tells the caller's listener. */
    private ClientCore recording(AtomicReference<ResponseInfo> into) {
        Consumer<ResponseInfo> listener = options.onResponse;
        RequestOptions.Builder more = options()
                .onResponse(
                        listener == null
                                ? into::set
                                : info -> {
                                    into.set(info);
                                    listener.accept(info);
                                });
        return withOptions(more.build());
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
        return exchange.async(request).thenApply(r -> null);
    }

    private <T> CompletableFuture<T> sendAsync(ApiRequest request, JavaType type) {
        if (waits(request)) {
            return exchange.async(request)
                    .thenApply(r -> this.<JsonNode>decode(r, request.responseKey(), JSON_NODE))
                    .thenCompose(started -> shared.policies().poller().await(started, polling()))
                    .thenApply(done -> Json.mapper().convertValue(done, type));
        }
        return exchange.async(request).thenApply(r -> decode(r, request.responseKey(), type));
    }

    private boolean waits(ApiRequest request) {
        return request.isLongRunning() && !Boolean.FALSE.equals(options.waitForCompletion);
    }

    private Poller.Polling polling() {
        Poller poller = shared.policies().poller();
        Duration timeout = options.pollTimeout == null ? poller.defaultTimeout() : options.pollTimeout;
        Duration interval = options.pollInterval == null ? poller.defaultInterval() : options.pollInterval;
        return new Poller.Polling() {
            @Override
            public CompletableFuture<JsonNode> call(ApiRequest request) {
                return exchange.async(request).thenApply(r -> decode(r, request.responseKey(), JSON_NODE));
            }

            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public Duration interval() {
                return interval;
            }

            @Override
            public CompletableFuture<Void> after(Duration delay) {
                return Exchange.after(delay);
            }
        };
    }

    /**
     * Every item of a paginated list, fetched page by page as the stream is consumed; nothing is
     * fetched before.
     */
    public <T> Stream<T> paginate(PageRequest<T> pages) {
        return Stream.of(pages).flatMap(p -> page(p).stream());
    }

    /** The first page of a paginated list, which fetches the pages after it. */
    public <T> Page<T> page(PageRequest<T> pages) {
        checkOpen();
        return page(pages, null);
    }

    /** As {@link #page}, without blocking. */
    public <T> CompletableFuture<Page<T>> pageAsync(PageRequest<T> pages) {
        return pageAsync(pages, null);
    }

    private <T> Page<T> page(PageRequest<T> pages, String cursor) {
        return read(pages, cursor, decode(exchange.blocking(pages.call().apply(cursor)), null, JSON_NODE));
    }

    private <T> CompletableFuture<Page<T>> pageAsync(PageRequest<T> pages, String cursor) {
        return exchange.async(pages.call().apply(cursor))
                .thenApply(r -> read(pages, cursor, this.<JsonNode>decode(r, null, JSON_NODE)));
    }

    private <T> Page<T> read(PageRequest<T> pages, String cursor, JsonNode root) {
        Pager pager = shared.policies().pager();
        List<T> items = Json.mapper().convertValue(pager.items(root, pages.paging()), pages.itemsType());
        String next = pager.nextCursor(root, cursor, pages.paging());
        return new Page<>(
                items == null ? List.of() : items, next, () -> page(pages, next), () -> pageAsync(pages, next));
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

    private <T> T decode(HttpResponse<byte[]> response, String key, JavaType type) {
        return ResponseDecoder.decode(response, key, type, shared.policies().requestId(response.headers()));
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
            Throwable cause = Exchange.unwrap(e);
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new TransportException("the call failed: " + cause, cause);
        }
    }
}
