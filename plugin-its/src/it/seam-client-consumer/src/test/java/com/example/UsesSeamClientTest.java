package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.typewright.seam.Seam;
import dev.typewright.seam.model.ClientSession;
import dev.typewright.seam.model.ClientSessionsGetRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A project that depends on the published seam-client jar and nothing else of ours. */
class UsesSeamClientTest {
  @Test
  void getsAClientSession() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/client_sessions/get", exchange -> {
      byte[] body = "{\"client_session\":{\"client_session_id\":\"cst1\",\"token\":\"seam_cst1_token\"},\"ok\":true}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try (Seam seam = Seam.builder().endpoint("http://127.0.0.1:" + server.getAddress().getPort()).apiKey("seam_test").build()) {
      ClientSession session = seam.clientSessions().get(ClientSessionsGetRequest.builder().clientSessionId("cst1").build());
      assertEquals("seam_cst1_token", session.token());
    } finally {
      server.stop(0);
    }
  }
}
