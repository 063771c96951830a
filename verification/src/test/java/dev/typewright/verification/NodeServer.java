package dev.typewright.verification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A test server from npm, on a free loopback port, started for a test class and stopped after it:
 * Seam's own fake ({@code @seamapi/fake-seam-connect --seed}) or Prism mocking a spec.
 */
final class NodeServer implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private NodeServer(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Seam's fake with its seed data; it takes its port from {@code PORT}. */
    static NodeServer fakeSeam() throws IOException, InterruptedException {
        int port = freePort();
        return start("the fake Seam server", port, script("@seamapi/fake-seam-connect/dist/server.js"), "--seed");
    }

    /** Prism answering every operation of {@code spec} with generated, schema-valid responses. */
    static NodeServer prism(Path spec, String seed) throws IOException, InterruptedException {
        int port = freePort();
        return start(
                "Prism",
                port,
                script("@stoplight/prism-cli/dist/index.js"),
                "mock",
                "--dynamic",
                "--seed",
                seed,
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                spec.toString());
    }

    /**
     * Runs one of the tests' Node scripts ({@code src/test/node}) in the folder that holds
     * {@code node_modules}, feeding it {@code input}, and returns what it printed; fails the test
     * when it does not end well within two minutes.
     */
    static String runScript(String script, String input, String... args) throws IOException, InterruptedException {
        Path modules = Path.of(System.getProperty("typewright.nodeModules", "node_modules"))
                .toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                "node", Path.of("src/test/node", script).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process node = new ProcessBuilder(command)
                .directory(modules.getParent().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (var in = node.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || node.exitValue() != 0) {
            node.destroyForcibly();
            throw new IllegalStateException("node " + script + " failed");
        }
        return out;
    }

    private static String script(String relative) {
        Path modules = Path.of(System.getProperty("typewright.nodeModules", "node_modules"));
        Path script = modules.resolve(relative);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " is missing: run npm ci in verification/ (the build does)");
        }
        return script.toString();
    }

    private static NodeServer start(String name, int port, String script, String... args)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("node-server-", ".log");
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PORT", Integer.toString(port));
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        NodeServer server = new NodeServer(name, pb.start(), log, port);
        server.awaitReady();
        return server;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: " + output());
            }
            // Both log their port once they listen; a bare TCP accept can come before routes are ready.
            if (output().contains(":" + port) && accepts()) {
                return;
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException(name + " did not start in " + STARTUP + ": " + output());
    }

    private boolean accepts() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return s.isConnected();
        } catch (IOException notYet) {
            return false;
        }
    }

    private String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // The log is a temp file; failing to delete it loses nothing.
        }
    }
}
