package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.pets.Pets;
import com.example.pets.model.Pet;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PageNumberPagerTest {
    @Test
    void theGeneratedClientPagesWithTheUsersPager() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/pets", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            asked.add(String.valueOf(query));
            int page = query == null ? 1 : Integer.parseInt(query.substring("page=".length()));
            byte[] body = ("{\"pets\":[{\"name\":\"pet" + page + "\"}],\"total_pages\":3}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (Pets pets = Pets.builder().endpoint("http://127.0.0.1:" + server.getAddress().getPort()).build()) {
            List<String> names = pets.pets().listAll().map(Pet::name).toList();
            assertEquals(List.of("pet1", "pet2", "pet3"), names);
            assertEquals(List.of("null", "page=2", "page=3"), asked);
        } finally {
            server.stop(0);
        }
    }
}
