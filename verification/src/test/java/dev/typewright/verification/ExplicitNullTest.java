package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.runtime.Json;
import dev.typewright.runtime.JsonNullable;
import dev.typewright.runtime.TestServer;
import dev.typewright.seam.Seam;
import dev.typewright.seam.model.DevicesListRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An optional nullable field of the whole-API client: left out, sent as null, or sent. */
class ExplicitNullTest {
    TestServer server;
    Seam seam;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        server.respond(200, "{\"devices\":[],\"ok\":true}", Map.of());
        seam = Seam.builder().endpoint(server.url()).apiKey("seam_test_key").build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anOptionalNullableFieldIsAbsentNullOrAValue() throws Exception {
        DevicesListRequest absent = DevicesListRequest.builder().limit(5.0).build();
        DevicesListRequest explicitNull = absent.toBuilder().pageCursor(null).build();
        DevicesListRequest value = absent.toBuilder().pageCursor("cursor1").build();

        seam.devices().list(absent);
        seam.devices().list(explicitNull);
        seam.devices().list(value);

        assertThat(server.requests)
                .extracting(r -> Json.parse(r.body()))
                .containsExactly(
                        Json.parse("{\"limit\":5.0}"),
                        Json.parse("{\"limit\":5.0,\"page_cursor\":null}"),
                        Json.parse("{\"limit\":5.0,\"page_cursor\":\"cursor1\"}"));
        assertThat(absent.pageCursor()).isEqualTo(JsonNullable.absent());
        assertThat(explicitNull.toBuilder().build().pageCursor()).isEqualTo(JsonNullable.ofNull());
    }
}
