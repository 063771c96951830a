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

/**
 * Seam's own fake server ({@code @seamapi/fake-seam-connect --seed}, from npm) on a free loopback
 * port, started for a test class and stopped after it.
 */
final class FakeSeamServer implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final Process process;
  private final Path log;
  private final int port;

  private FakeSeamServer(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  static FakeSeamServer start() throws IOException, InterruptedException {
    Path modules = Path.of(System.getProperty("typewright.nodeModules", "node_modules"));
    Path server = modules.resolve("@seamapi/fake-seam-connect/dist/server.js");
    if (!Files.isRegularFile(server)) {
      throw new IllegalStateException(server + " is missing: run npm ci in verification/ (the build does)");
    }
    int port = freePort();
    Path log = Files.createTempFile("fake-seam-", ".log");
    ProcessBuilder pb = new ProcessBuilder("node", server.toString(), "--seed");
    pb.environment().put("PORT", Integer.toString(port));
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    FakeSeamServer fake = new FakeSeamServer(pb.start(), log, port);
    fake.awaitReady();
    return fake;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitReady() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the fake Seam server exited: " + output());
      }
      // It logs its URL once it listens; a bare TCP accept can come before its routes are ready.
      if (output().contains(":" + port) && accepts()) {
        return;
      }
      Thread.sleep(100);
    }
    close();
    throw new IllegalStateException("the fake Seam server did not start in " + STARTUP + ": " + output());
  }

  private boolean accepts() {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
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
