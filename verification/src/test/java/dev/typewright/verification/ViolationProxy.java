package dev.typewright.verification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sits between a client and Prism and keeps Prism's {@code sl-violations} header of the last
 * exchange, which the client under test has no reason to expose.
 */
final class ViolationProxy implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP =
            Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile String lastViolations;

    ViolationProxy(String upstream) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange;
                    InputStream in = exchange.getRequestBody()) {
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes()));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        values.forEach(v -> forward.header(name, v));
                    }
                });
                HttpResponse<byte[]> response = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                lastViolations = response.headers().firstValue("sl-violations").orElse(null);
                response.headers().map().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, List.copyOf(values));
                    }
                });
                byte[] body = response.body();
                exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The {@code sl-violations} header of the last exchange, or null when Prism sent none. */
    String lastViolations() {
        return lastViolations;
    }

    void reset() {
        lastViolations = null;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
