package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.typewright.runtime.JsonNullable;
import dev.typewright.runtime.Page;
import dev.typewright.runtime.RawResponse;
import dev.typewright.seam.EventsClient;
import dev.typewright.seam.Seam;
import dev.typewright.seam.model.ActionAttempt;
import dev.typewright.seam.model.ClientSession;
import dev.typewright.seam.model.Device;
import dev.typewright.seam.model.DeviceType;
import dev.typewright.seam.model.DevicesListRequest;
import dev.typewright.seam.model.Event;
import dev.typewright.seam.model.EventsListRequest;
import dev.typewright.seam.model.LocksUnlockDoorRequest;
import dev.typewright.seam.model.Workspace;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lines a Java developer writes first, in their natural form, against Seam's fake server:
 * whole numbers, the enum a response returns passed back to a filter, a switch over known values,
 * what every variant of a union shares, a visitor over every variant, a resumed page, a raw
 * response, a call with its one required input, and a request that cannot be sent without one of
 * its inputs.
 */
class EverydayCodeTest {
    private static NodeServer fake;
    private static Seam seam;

    @BeforeAll
    static void startFake() throws Exception {
        fake = NodeServer.fakeSeam();
        seam = Seam.builder().endpoint(fake.url()).apiKey("seam_apikey1_token").build();
    }

    @AfterAll
    static void stopFake() {
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void aWholeNumberAndTheEnumOfAResponseGoStraightIntoAFilter() {
        List<Device> locks = seam.devices()
                .list(DevicesListRequest.builder()
                        .limit(100)
                        .deviceTypes(List.of(DeviceType.AUGUST_LOCK))
                        .build());

        assertThat(locks)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.deviceType()).isEqualTo(DeviceType.AUGUST_LOCK));
        DeviceType type = locks.get(0).deviceType();
        List<Device> same = seam.devices()
                .list(DevicesListRequest.builder().addDeviceType(type).build());
        assertThat(same)
                .extracting(Device::deviceId)
                .isEqualTo(locks.stream().map(Device::deviceId).toList());
    }

    @Test
    void aSwitchOverAnEnumsKnownValues() {
        List<String> kinds = new ArrayList<>();
        for (Device device : seam.devices().list()) {
            kinds.add(
                    switch (device.deviceType().known()) {
                        case AUGUST_LOCK, SCHLAGE_LOCK -> "lock";
                        case ECOBEE_THERMOSTAT -> "thermostat";
                        case _UNKNOWN -> "newer than this client";
                        default -> "other";
                    });
        }
        assertThat(kinds).contains("lock", "thermostat").doesNotContain("newer than this client");
    }

    @Test
    void anEventsTypeFiltersTheEventsList() {
        String lockId = seam.locks().list().get(0).deviceId();
        seam.locks().unlockDoor(lockId);
        Event e = seam.events()
                .list(EventsListRequest.builder()
                        .since(OffsetDateTime.parse("2000-01-01T00:00:00Z"))
                        .build())
                .get(0);

        List<Event> same = seam.events()
                .list(EventsListRequest.builder()
                        .since(OffsetDateTime.parse("2000-01-01T00:00:00Z"))
                        .eventType(e.eventType())
                        .build());

        assertThat(same).isNotEmpty().allSatisfy(s -> assertThat(s.eventType()).isEqualTo(e.eventType()));
        assertThat(e.eventId()).isNotBlank();
        assertThat(e.occurredAt()).isNotNull();
        assertThat(e.workspaceId()).isEqualTo("seed_workspace_1");
    }

    @Test
    void whatEveryActionAttemptHasIsOnTheInterface() {
        String lockId = seam.locks().list().get(0).deviceId();

        ActionAttempt attempt = seam.locks().unlockDoor(lockId);

        assertThat(attempt.actionAttemptId()).isNotBlank();
        assertThat(attempt.actionType()).isEqualTo(ActionAttempt.ActionType.UNLOCK_DOOR);
        assertThat(attempt.status().known())
                .isIn(ActionAttempt.Status.Known.SUCCESS, ActionAttempt.Status.Known.PENDING);
        assertThat(attempt.isUnlockDoorSuccess() || attempt.isUnlockDoorPending())
                .isTrue();
        assertThat(attempt.isLockDoorSuccess()).isFalse();
    }

    /** One variant of each, from the server; the visitor is written out in full, as a user must. */
    @Test
    void aVisitorOverEventAndActionAttemptReachesTheVariantTheServerSent(@TempDir Path out) throws Exception {
        String lockId = seam.locks().list().get(0).deviceId();
        ActionAttempt attempt = seam.locks().unlockDoor(lockId);
        List<Event> events = seam.events()
                .list(EventsListRequest.builder()
                        .since(OffsetDateTime.parse("2000-01-01T00:00:00Z"))
                        .build());

        Function<Object, String> actionAttempts = visitor(out, ActionAttempt.class);
        Function<Object, String> eventVisitor = visitor(out, Event.class);

        assertThat(actionAttempts.apply(attempt)).isEqualTo(attempt.getClass().getSimpleName());
        assertThat(events)
                .isNotEmpty()
                .allSatisfy(e ->
                        assertThat(eventVisitor.apply(e)).isEqualTo(e.getClass().getSimpleName()));
        assertThat(eventVisitor.apply(dev.typewright.runtime.Json.fromJson(
                        "{\"event_type\":\"lock.teleported\",\"event_id\":\"e1\"}", Event.class)))
                .isEqualTo("Unknown");
    }

    @Test
    void aListResumesFromASavedCursor() {
        Page<Device> first =
                seam.devices().listPage(DevicesListRequest.builder().limit(2).build());
        String saved = first.nextCursor().orElseThrow();

        Page<Device> resumed = seam.devices()
                .listPage(
                        DevicesListRequest.builder().limit(2).pageCursor(saved).build());

        List<String> all = seam.devices().list().stream().map(Device::deviceId).toList();
        assertThat(first.items()).extracting(Device::deviceId).isEqualTo(all.subList(0, 2));
        assertThat(resumed.items()).extracting(Device::deviceId).isEqualTo(all.subList(2, 4));
        assertThat(first.nextPage().items()).extracting(Device::deviceId).isEqualTo(all.subList(2, 4));
        assertThat(first.stream().map(Device::deviceId)).isEqualTo(all);
    }

    @Test
    void aRawResponseShowsTheStatusHeadersAndRequestId() {
        RawResponse<Workspace> raw = seam.workspaces().withRawResponse().get();

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("request"));
        assertThat(raw.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(raw.value().workspaceId()).isEqualTo("seed_workspace_1");
    }

    @Test
    void aCallThatNeedsOneOfItsInputsHasNoOverloadWithoutThem() {
        List<Method> lists = Arrays.stream(EventsClient.class.getMethods())
                .filter(m -> m.getName().equals("list"))
                .toList();
        assertThat(lists).allSatisfy(m -> assertThat(m.getParameterCount()).isEqualTo(1));
        assertThatThrownBy(() -> EventsListRequest.builder().limit(10).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("one of these is required: since; between");
    }

    /**
     * What IntelliJ, NullAway and Kotlin see: any field of a model may be null (Seam's fake leaves
     * out fields the spec calls required), a nullable one says absent from null, and a request's
     * required input is the one thing never null.
     */
    @Test
    void theTypesSayWhatMayBeNull() throws Exception {
        assertThat(mayBeNull(ClientSession.class, "token")).isTrue();
        assertThat(mayBeNull(ClientSession.class, "deviceCount")).isTrue();
        assertThat(ClientSession.class.getMethod("userIdentifierKey").getReturnType())
                .isEqualTo(JsonNullable.class);
        assertThat(mayBeNull(LocksUnlockDoorRequest.class, "deviceId")).isFalse();
        assertThat(mayBeNull(DevicesListRequest.class, "limit")).isTrue();
        assertThat(Event.class.getMethod("eventId").getAnnotatedReturnType().isAnnotationPresent(Nullable.class))
                .isTrue();

        ClientSession left =
                dev.typewright.runtime.Json.fromJson("{\"client_session_id\":\"c1\"}", ClientSession.class);
        assertThat(left.token()).as("required, and left out by the server").isNull();
        assertThat(left.userIdentifierKey().isAbsent()).isTrue();
        assertThat(dev.typewright.runtime.Json.toJson(left)).isEqualTo("{\"client_session_id\":\"c1\"}");

        ClientSession mocked = ClientSession.builder().deviceCount(4).build();
        assertThat(mocked.deviceCount())
                .as("a model's builder takes a whole number too")
                .isEqualTo(4.0);
        ClientSession sent = dev.typewright.runtime.Json.fromJson(
                "{\"client_session_id\":null,\"device_count\":null}", ClientSession.class);
        assertThat(dev.typewright.runtime.Json.toJson(sent))
                .as("nulls the server sends for fields that cannot hold one go back as they came")
                .isEqualTo("{\"client_session_id\":null,\"device_count\":null}");
    }

    private static boolean mayBeNull(Class<?> record, String component) {
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> c.getName().equals(component))
                .findFirst()
                .orElseThrow()
                .getAnnotatedType()
                .isAnnotationPresent(Nullable.class);
    }

    /**
     * A visitor of the union's whole {@code Visitor} interface, written out as a user writes one,
     * compiled against the client (a variant left unhandled does not compile), returning the simple
     * name of the variant it was given.
     */
    private static Function<Object, String> visitor(Path out, Class<?> union) throws Exception {
        Class<?> visitor = Class.forName(union.getName() + "$Visitor");
        String name = "visitors." + union.getSimpleName() + "Names";
        StringBuilder source = new StringBuilder("package visitors;\n\npublic final class ")
                .append(union.getSimpleName())
                .append("Names implements ")
                .append(visitor.getCanonicalName())
                .append("<String> {\n");
        for (Method m : visitor.getMethods()) {
            Class<?> variant = m.getParameterTypes()[0];
            source.append("    @Override\n    public String ")
                    .append(m.getName())
                    .append('(')
                    .append(variant.getCanonicalName())
                    .append(" value) {\n        return \"")
                    .append(variant.getSimpleName())
                    .append("\";\n    }\n\n");
        }
        source.append("    public static String name(")
                .append(union.getCanonicalName())
                .append(" value) {\n        return value.accept(new ")
                .append(union.getSimpleName())
                .append("Names());\n    }\n}\n");
        Method names = SourceCompiler.compile(out, name, source).getMethod("name", union);
        return value -> {
            try {
                return (String) names.invoke(null, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
