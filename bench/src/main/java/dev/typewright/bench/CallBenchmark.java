package dev.typewright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.typewright.seam.Seam;
import dev.typewright.seam.model.ClientSessionsGetRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A whole clientSessions().get call to a loopback server, against the floor: the same request
 * sent with java.net.http and read with plain Jackson into a hand-written class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmark {
    private HttpServer server;
    private Seam seam;
    private HttpClient http;
    private URI uri;

    @Setup(Level.Trial)
    public void start() throws IOException {
        // Without it the JDK's server waits out the client's delayed ACK: 40 ms a call, for both sides.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        byte[] body = Fixtures.ENVELOPE.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
        seam = Seam.builder().endpoint(endpoint).apiKey("seam_bench").build();
        http = HttpClient.newHttpClient();
        uri = URI.create(endpoint + "/client_sessions/get");
    }

    @TearDown(Level.Trial)
    public void stop() {
        seam.close();
        server.stop(0);
    }

    @Benchmark
    public Object ours() {
        return seam.clientSessions()
                .get(ClientSessionsGetRequest.builder()
                        .clientSessionId(Fixtures.CLIENT_SESSION_ID)
                        .build());
    }

    @Benchmark
    public Object floor() throws Exception {
        Fixtures.HandWrittenRequest request = new Fixtures.HandWrittenRequest();
        request.clientSessionId = Fixtures.CLIENT_SESSION_ID;
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer seam_bench")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.PLAIN.writeValueAsBytes(request)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        JsonNode root = Fixtures.PLAIN.readTree(response.body());
        return Fixtures.PLAIN.treeToValue(root.get("client_session"), Fixtures.HandWrittenSession.class);
    }
}
