package dev.typewright.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real loopback HTTP server that records each request and answers with a scripted response:
 * the next scripted step if there is one, else the default set by {@link #respond}.
 */
public final class TestServer implements AutoCloseable {
    /** How one request is answered. */
    @FunctionalInterface
    @SuppressWarnings("exports") // Tests of other modules script answers through the JDK's own HttpExchange.
    public interface Step {
        void answer(HttpExchange exchange) throws IOException;
    }
    /** One request as the server received it. */
    public record Recorded(String method, String uri, Map<String, List<String>> headers, String body) {
        /** The first value of a header, whatever its case; null when absent. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    public final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{}";
    private volatile Map<String, String> headers = Map.of();
    private final Queue<Step> script = new ConcurrentLinkedQueue<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newCachedThreadPool();

    public TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers the next requests with these steps, in order, before falling back to the default. */
    public void script(Step... steps) {
        script.addAll(List.of(steps));
    }

    /** A plain answer. */
    public static Step reply(int status, String body, Map<String, String> headers) {
        return exchange -> send(exchange, status, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * Closes the connection without answering, as a crashed upstream would: closing an exchange
     * whose response never started makes the server drop the connection.
     */
    public static Step drop() {
        return exchange -> {};
    }

    /** Accepts the request and never answers (until the server closes). */
    public Step hang() {
        return exchange -> {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** What every following request gets. */
    public void respond(int status, String body, Map<String, String> headers) {
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String in = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null
                                ? ""
                                : "?" + exchange.getRequestURI().getRawQuery()),
                Map.copyOf(exchange.getRequestHeaders()),
                in));
        Step step = script.poll();
        if (step != null) {
            step.answer(exchange);
        } else {
            send(exchange, status, body.getBytes(StandardCharsets.UTF_8), headers);
        }
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, byte[] out, Map<String, String> headers)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        exchange.getResponseBody().write(out);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
