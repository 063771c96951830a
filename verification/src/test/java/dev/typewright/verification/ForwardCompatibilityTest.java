package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewright.runtime.Json;
import dev.typewright.seam.model.ActionAttempt;
import dev.typewright.seam.model.Device;
import dev.typewright.seam.model.DeviceType;
import dev.typewright.seam.model.Event;
import org.junit.jupiter.api.Test;

/**
 * What a newer server may send an older client of the whole Seam API: a new event type, a new
 * enum value, a new field. Each parses, can be inspected, and is written back unchanged.
 */
class ForwardCompatibilityTest {
    static final String CONNECTED =
            "{\"event_id\":\"e1\",\"event_type\":\"device.connected\",\"device_id\":\"d1\",\"workspace_id\":\"w1\","
                    + "\"connected_account_id\":\"ca1\",\"created_at\":\"2025-06-15T16:54:17.946Z\",\"occurred_at\":\"2025-06-15T16:54:17.946Z\"}";

    @Test
    void aKnownEventTypeReadsAsItsVariant() {
        Event event = Json.fromJson(CONNECTED, Event.class);

        assertThat(event).isInstanceOf(Event.DeviceConnected.class);
        assertThat(((Event.DeviceConnected) event).deviceId()).isEqualTo("d1");
        assertThat(event.eventType()).isEqualTo(Event.EventType.DEVICE_CONNECTED);
        assertThat(event.eventType().known()).isEqualTo(Event.EventType.Known.DEVICE_CONNECTED);
        assertThat(JsonDiff.first(Json.parse(CONNECTED), Json.parse(Json.toJson(event))))
                .isEmpty();
    }

    @Test
    void anUnknownEventTypeIsKeptWhole() {
        String json =
                "{\"event_id\":\"e2\",\"event_type\":\"device.teleported\",\"device_id\":\"d1\",\"to\":{\"x\":1,\"y\":[2,3]}}";

        Event event = Json.fromJson(json, Event.class);

        assertThat(event).isInstanceOf(Event.Unknown.class);
        assertThat(event.eventType().value()).isEqualTo("device.teleported");
        assertThat(event.eventType().known()).isEqualTo(Event.EventType.Known._UNKNOWN);
        assertThat(event.eventId()).isEqualTo("e2");
        assertThat(((Event.Unknown) event).json().at("/to/y/1").asInt()).isEqualTo(3);
        assertThat(Json.parse(Json.toJson(event))).isEqualTo(Json.parse(json));
    }

    @Test
    void anUnknownEnumValueAndAnExtraFieldSurvive() {
        String json = "{\"device_id\":\"d1\",\"device_type\":\"hovercraft_lock\",\"warp_drive\":{\"engaged\":true}}";

        Device device = Json.fromJson(json, Device.class);

        assertThat(device.deviceType().value()).isEqualTo("hovercraft_lock");
        assertThat(device.deviceType().isKnown()).isFalse();
        assertThat(device.deviceType())
                .isEqualTo(DeviceType.of("hovercraft_lock"))
                .isNotEqualTo(DeviceType.AUGUST_LOCK);
        assertThat(device.additionalProperties()
                        .get("warp_drive")
                        .get("engaged")
                        .asBoolean())
                .isTrue();
        assertThat(Json.parse(Json.toJson(device))).isEqualTo(Json.parse(json));
        assertThat(Json.fromJson("{\"device_type\":\"august_lock\"}", Device.class)
                        .deviceType())
                .isSameAs(DeviceType.AUGUST_LOCK);
    }

    @Test
    void aUnionWithoutDiscriminatorPicksTheOneShapeThatFitsAndNeverGuesses() {
        String success =
                "{\"action_attempt_id\":\"a1\",\"action_type\":\"LOCK_DOOR\",\"status\":\"success\",\"result\":{},\"error\":null}";
        String unknownStatus = "{\"action_attempt_id\":\"a2\",\"action_type\":\"LOCK_DOOR\",\"status\":\"queued\"}";

        ActionAttempt done = Json.fromJson(success, ActionAttempt.class);
        ActionAttempt queued = Json.fromJson(unknownStatus, ActionAttempt.class);

        assertThat(done).isInstanceOf(ActionAttempt.LockDoorSuccess.class);
        assertThat(JsonDiff.first(Json.parse(success), Json.parse(Json.toJson(done))))
                .isEmpty();
        assertThat(queued).isInstanceOf(ActionAttempt.Unknown.class);
        JsonNode kept = ((ActionAttempt.Unknown) queued).json();
        assertThat(kept.get("status").asText()).isEqualTo("queued");
        assertThat(Json.parse(Json.toJson(queued))).isEqualTo(Json.parse(unknownStatus));
    }
}
