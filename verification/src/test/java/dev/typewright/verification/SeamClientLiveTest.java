package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.typewright.runtime.ApiException;
import dev.typewright.runtime.Json;
import dev.typewright.runtime.ResponseInfo;
import dev.typewright.seam.Seam;
import dev.typewright.seam.model.AccessCode;
import dev.typewright.seam.model.AccessCodesCreateRequest;
import dev.typewright.seam.model.AccessCodesDeleteRequest;
import dev.typewright.seam.model.AccessCodesGetRequest;
import dev.typewright.seam.model.AccessCodesListRequest;
import dev.typewright.seam.model.AccessCodesUpdateRequest;
import dev.typewright.seam.model.ActionAttempt;
import dev.typewright.seam.model.ActionAttemptsGetRequest;
import dev.typewright.seam.model.ClientSession;
import dev.typewright.seam.model.ClientSessionsCreateRequest;
import dev.typewright.seam.model.ClientSessionsGetRequest;
import dev.typewright.seam.model.ConnectWebview;
import dev.typewright.seam.model.ConnectWebviewsCreateRequest;
import dev.typewright.seam.model.ConnectWebviewsGetRequest;
import dev.typewright.seam.model.Device;
import dev.typewright.seam.model.DevicesGetRequest;
import dev.typewright.seam.model.DevicesListRequest;
import dev.typewright.seam.model.Event;
import dev.typewright.seam.model.EventsListRequest;
import dev.typewright.seam.model.LocksLockDoorRequest;
import dev.typewright.seam.model.LocksUnlockDoorRequest;
import dev.typewright.seam.model.Workspace;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published client, generated from Seam's whole OpenAPI document, against Seam's fake server with an API key. */
class SeamClientLiveTest {
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
    void workspacesGetReadsTheSeededWorkspace() {
        Workspace w = seam.workspaces().get();

        assertThat(w.workspaceId()).isEqualTo("seed_workspace_1");
        assertThat(w.isSandbox()).isTrue();
    }

    @Test
    void devicesListAndGetAgree() {
        List<Device> devices = seam.devices().list();

        assertThat(devices)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.workspaceId()).isEqualTo("seed_workspace_1"));
        Device first = devices.get(0);
        Device again = seam.devices()
                .get(DevicesGetRequest.builder().deviceId(first.deviceId()).build());
        assertThat(again.deviceId()).isEqualTo(first.deviceId());
        assertThat(JsonDiff.first(Json.parse(Json.toJson(first)), Json.parse(Json.toJson(again))))
                .isEmpty();
    }

    @Test
    void locksListReturnsOnlyLocks() {
        assertThat(seam.locks().list())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.deviceId()).isNotBlank());
    }

    @Test
    void lockDoorReturnsAnActionAttempt() {
        String lockId = seam.locks().list().get(0).deviceId();

        ActionAttempt attempt = seam.locks()
                .lockDoor(LocksLockDoorRequest.builder().deviceId(lockId).build());

        assertThat(attempt).isInstanceOfAny(ActionAttempt.LockDoorSuccess.class, ActionAttempt.LockDoorPending.class);
        String id = attempt.actionAttemptId();
        assertThat(id).isNotBlank();
    }

    /** The fake implements create, get and get_or_create of client sessions, not update, grant_access, revoke or delete. */
    @Test
    void aCreatedClientSessionIsFoundByIdAndByKey() {
        ClientSession created = seam.clientSessions()
                .create(ClientSessionsCreateRequest.builder()
                        .userIdentifierKey("typewright_user")
                        .build());

        ClientSession byId = seam.clientSessions()
                .get(ClientSessionsGetRequest.builder()
                        .clientSessionId(created.clientSessionId())
                        .build());
        ClientSession byKey = seam.clientSessions()
                .get(ClientSessionsGetRequest.builder()
                        .userIdentifierKey("typewright_user")
                        .build());

        assertThat(created.token()).startsWith("seam_cst");
        assertThat(JsonDiff.first(Json.parse(Json.toJson(created)), Json.parse(Json.toJson(byId))))
                .isEmpty();
        assertThat(byKey.clientSessionId()).isEqualTo(created.clientSessionId());
        assertThatThrownBy(() -> seam.clientSessions()
                        .get(ClientSessionsGetRequest.builder()
                                .clientSessionId("no_such_session")
                                .build()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void accessCodesFromCreationToDeletion() {
        String lockId = seam.locks().list().get(0).deviceId();

        AccessCode created = seam.accessCodes()
                .create(AccessCodesCreateRequest.builder()
                        .deviceId(lockId)
                        .name("Typewright guest")
                        .code("4242")
                        .build());
        AccessCode fetched = seam.accessCodes()
                .get(AccessCodesGetRequest.builder()
                        .accessCodeId(created.accessCodeId())
                        .build());
        assertThat(fetched.code().get()).isEqualTo("4242");
        assertThat(fetched.deviceId()).isEqualTo(lockId);
        assertThat(seam.accessCodes()
                        .list(AccessCodesListRequest.builder().deviceId(lockId).build()))
                .extracting(AccessCode::accessCodeId)
                .contains(created.accessCodeId());

        seam.accessCodes()
                .update(AccessCodesUpdateRequest.builder()
                        .accessCodeId(created.accessCodeId())
                        .name("Renamed guest")
                        .build());
        assertThat(seam.accessCodes()
                        .get(AccessCodesGetRequest.builder()
                                .accessCodeId(created.accessCodeId())
                                .build())
                        .name()
                        .get())
                .isEqualTo("Renamed guest");

        seam.accessCodes()
                .delete(AccessCodesDeleteRequest.builder()
                        .accessCodeId(created.accessCodeId())
                        .build());
        assertThat(seam.accessCodes()
                        .list(AccessCodesListRequest.builder().deviceId(lockId).build()))
                .extracting(AccessCode::accessCodeId)
                .doesNotContain(created.accessCodeId());
    }

    @Test
    void connectWebviewsCreateAndGet() {
        ConnectWebview created = seam.connectWebviews()
                .create(ConnectWebviewsCreateRequest.builder()
                        .customRedirectUrl("https://example.com/done")
                        .build());
        ConnectWebview fetched = seam.connectWebviews()
                .get(ConnectWebviewsGetRequest.builder()
                        .connectWebviewId(created.connectWebviewId())
                        .build());

        assertThat(created.url()).isNotBlank();
        assertThat(JsonDiff.first(Json.parse(Json.toJson(created)), Json.parse(Json.toJson(fetched))))
                .isEmpty();
    }

    @Test
    void eventsReadAsTheirVariantsAndRoundTrip() {
        String lockId = seam.locks().list().get(0).deviceId();
        seam.locks()
                .unlockDoor(LocksUnlockDoorRequest.builder().deviceId(lockId).build());

        List<Event> events = seam.events()
                .list(EventsListRequest.builder()
                        .since(OffsetDateTime.parse("2000-01-01T00:00:00Z"))
                        .build());

        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e).isNotInstanceOf(Event.Unknown.class);
            assertThat(e.eventType().isKnown()).isTrue();
        });
    }

    @Test
    void anUnlockReturnsAnActionAttemptThatCanBeFetchedAgain() {
        String lockId = seam.locks().list().get(0).deviceId();

        ActionAttempt attempt = seam.locks()
                .unlockDoor(LocksUnlockDoorRequest.builder().deviceId(lockId).build());

        assertThat(attempt)
                .isInstanceOfAny(ActionAttempt.UnlockDoorSuccess.class, ActionAttempt.UnlockDoorPending.class);
        String id = attempt.actionAttemptId();
        ActionAttempt again = seam.actionAttempts()
                .get(ActionAttemptsGetRequest.builder().actionAttemptId(id).build());
        assertThat(again.getClass()).isIn(ActionAttempt.UnlockDoorSuccess.class, ActionAttempt.UnlockDoorPending.class);
    }

    @Test
    void listAllWalksEveryPageOfTheFake() {
        List<String> all = seam.devices().list().stream().map(Device::deviceId).toList();

        List<String> paged = seam.devices()
                .listAll(DevicesListRequest.builder().limit(1.0).build())
                .map(Device::deviceId)
                .toList();

        assertThat(all).hasSizeGreaterThan(1);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void anAsyncUnlockWaitsForItsActionAttemptAndReportsTheRequestId() throws Exception {
        String lockId = seam.locks().list().get(0).deviceId();
        List<ResponseInfo> responses = new CopyOnWriteArrayList<>();

        ActionAttempt attempt = seam.withOptions(o -> o.onResponse(responses::add))
                .locks()
                .unlockDoorAsync(
                        LocksUnlockDoorRequest.builder().deviceId(lockId).build())
                .get(30, TimeUnit.SECONDS);

        assertThat(attempt).isInstanceOf(ActionAttempt.UnlockDoorSuccess.class);
        assertThat(responses)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(responses.get(0).path()).isEqualTo("/locks/unlock_door");
    }

    @Test
    void nestedGroupsReachTheirEndpoints() {
        assertThat(seam.acs().systems().list())
                .allSatisfy(system -> assertThat(system.acsSystemId()).isNotBlank());
    }

    @Test
    void clientSessionsGetReadsTheSeededSession() {
        assertThat(seam.clientSessions()
                        .get(ClientSessionsGetRequest.builder()
                                .clientSessionId("cst1")
                                .build())
                        .token())
                .isEqualTo("seam_cst1_token");
    }
}
