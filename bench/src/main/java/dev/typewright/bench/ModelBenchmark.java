package dev.typewright.bench;

import dev.typewright.runtime.Json;
import dev.typewright.seam.model.ClientSession;
import dev.typewright.seam.model.ClientSessionsGetRequest;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openapitools.client.JSON;
import org.openapitools.client.model.ClientSessionsGetPostRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the documented client_session and writing a get request: the generated classes against
 * the floor (hand-written class, plain Jackson) and OpenAPI Generator's classes for the same spec.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ModelBenchmark {
    private final com.fasterxml.jackson.databind.ObjectMapper peer = new JSON().getMapper();

    @Benchmark
    public Object readOurs() {
        return Json.fromJson(Fixtures.CLIENT_SESSION, ClientSession.class);
    }

    @Benchmark
    public Object readFloor() throws Exception {
        return Fixtures.PLAIN.readValue(Fixtures.CLIENT_SESSION, Fixtures.HandWrittenSession.class);
    }

    @Benchmark
    public Object readPeer() throws Exception {
        return peer.readValue(Fixtures.CLIENT_SESSION, org.openapitools.client.model.ClientSession.class);
    }

    @Benchmark
    public String writeOurs() {
        return Json.toJson(ClientSessionsGetRequest.builder()
                .clientSessionId(Fixtures.CLIENT_SESSION_ID)
                .build());
    }

    @Benchmark
    public String writeFloor() throws Exception {
        Fixtures.HandWrittenRequest request = new Fixtures.HandWrittenRequest();
        request.clientSessionId = Fixtures.CLIENT_SESSION_ID;
        return Fixtures.PLAIN.writeValueAsString(request);
    }

    @Benchmark
    public String writePeer() throws Exception {
        return peer.writeValueAsString(
                new ClientSessionsGetPostRequest().clientSessionId(UUID.fromString(Fixtures.CLIENT_SESSION_ID)));
    }
}
