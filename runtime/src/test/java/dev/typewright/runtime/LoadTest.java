package dev.typewright.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 64 threads for 10,000 calls to a loopback server that fails 1% of them
 * with a 503: every call ends with its own value or a typed exception, none hangs, and once the
 * client is closed the process holds no more sockets than before. Bounded in count and time.
 */
class LoadTest {
    static final int THREADS = 64;
    static final int CALLS = 10_000;

    record Echo(@JsonProperty("n") int n) {}

    static final class Builder extends ClientBuilder<Builder, ClientCore> {
        Builder() {
            super(null);
        }

        @Override
        protected ClientCore create(ClientCore core) {
            return core;
        }
    }

    @Test
    void sixtyFourThreadsTenThousandCallsOnePercentFailures() throws Exception {
        // Without it the JDK's server waits out the client's delayed ACK, 40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int socketsBefore = openSockets();
        AtomicInteger served = new AtomicInteger();
        AtomicInteger injected = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService serverThreads = Executors.newFixedThreadPool(THREADS);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] in = exchange.getRequestBody().readAllBytes();
                boolean fail = served.incrementAndGet() % 100 == 0;
                byte[] out = fail
                        ? "{\"error\":{\"type\":\"unavailable\"}}".getBytes(StandardCharsets.UTF_8)
                        : ("{\"echo\":" + new String(in, StandardCharsets.UTF_8) + "}")
                                .getBytes(StandardCharsets.UTF_8);
                if (fail) {
                    injected.incrementAndGet();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(fail ? 503 : 200, out.length);
                exchange.getResponseBody().write(out);
            }
        });
        server.start();

        ClientCore client = new Builder()
                .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
                .timeout(Duration.ofSeconds(10))
                .retryBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
                .build();
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            int n = i;
            futures.add(callers.submit(() -> {
                long t = System.nanoTime();
                String outcome;
                try {
                    Echo echo = client.send(
                            ApiRequest.post("/echo").body(Map.of("n", n)).responseKey("echo"), Echo.class);
                    outcome = echo.n() == n ? "right value" : "WRONG VALUE";
                } catch (ClientException e) {
                    outcome = e.getClass().getSimpleName();
                }
                latencies.add(System.nanoTime() - t);
                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
            }));
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(120, TimeUnit.SECONDS))
                .as("no call hangs")
                .isTrue();
        for (Future<?> f : futures) {
            f.get();
        }
        long wallNanos = System.nanoTime() - start;

        client.close();
        server.stop(0);
        serverThreads.shutdownNow();
        int socketsAfter = awaitSockets(socketsBefore);

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        String report = String.format(
                "%d calls, %d threads, %d requests served, %d injected 503s, outcomes %s, %.0f calls/s, latency p50 %.2f ms, p99 %.2f ms, max %.2f ms, TCP sockets before the server started %d, after client and server closed %d%n",
                CALLS,
                THREADS,
                served.get(),
                injected.get(),
                new java.util.TreeMap<>(outcomes),
                CALLS / (wallNanos / 1e9),
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                socketsBefore,
                socketsAfter);
        Files.writeString(Path.of("target/load-test.txt"), report);
        System.out.print(report);

        assertThat(outcomes.keySet())
                .doesNotContain("WRONG VALUE")
                .allMatch(o -> o.equals("right value") || o.equals("ServerException"));
        assertThat(outcomes.values().stream().mapToInt(AtomicInteger::get).sum())
                .isEqualTo(CALLS);
        assertThat(injected.get()).isGreaterThanOrEqualTo(CALLS / 100);
        assertThat(socketsAfter).isLessThanOrEqualTo(socketsBefore);
    }

    /** Waits for the closed client's connections to go, which the JDK does once the client is collected. */
    private static int awaitSockets(int target) throws InterruptedException, IOException {
        int now = openSockets();
        for (int i = 0; i < 100 && now > target; i++) {
            System.gc();
            Thread.sleep(100);
            now = openSockets();
        }
        return now;
    }

    /**
     * TCP sockets this process holds (Linux): its socket descriptors whose inode is a TCP
     * connection or listener. The JDK's own Unix-domain sockets are not network connections.
     */
    private static int openSockets() throws IOException {
        java.util.Set<String> tcp = new java.util.HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (Files.isReadable(p)) {
                for (String line : Files.readAllLines(p)) {
                    String[] cols = line.trim().split("\\s+");
                    if (cols.length > 9) {
                        tcp.add(cols[9]);
                    }
                }
            }
        }
        File[] fds = new File("/proc/self/fd").listFiles();
        if (fds == null) {
            return 0;
        }
        return (int) Arrays.stream(fds)
                .filter(fd -> {
                    try {
                        String link = Files.readSymbolicLink(fd.toPath()).toString();
                        return link.startsWith("socket:[") && tcp.contains(link.substring(8, link.length() - 1));
                    } catch (IOException | UnsupportedOperationException gone) {
                        return false;
                    }
                })
                .count();
    }
}
