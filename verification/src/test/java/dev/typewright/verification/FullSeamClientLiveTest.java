package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.runtime.Json;
import dev.typewright.seam.full.Seam;
import dev.typewright.seam.full.model.ActionAttempt;
import dev.typewright.seam.full.model.ActionAttemptLockDoorPending;
import dev.typewright.seam.full.model.ActionAttemptLockDoorSuccess;
import dev.typewright.seam.full.model.ClientSessionsGetRequest;
import dev.typewright.seam.full.model.Device;
import dev.typewright.seam.full.model.DevicesGetRequest;
import dev.typewright.seam.full.model.LocksLockDoorRequest;
import dev.typewright.seam.full.model.Workspace;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client generated from Seam's whole OpenAPI document, against Seam's fake server. */
class FullSeamClientLiveTest {
  private static FakeSeamServer fake;
  private static Seam seam;

  @BeforeAll
  static void startFake() throws Exception {
    fake = FakeSeamServer.start();
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

    assertThat(devices).isNotEmpty().allSatisfy(d -> assertThat(d.workspaceId()).isEqualTo("seed_workspace_1"));
    Device first = devices.get(0);
    Device again = seam.devices().get(DevicesGetRequest.builder().deviceId(first.deviceId()).build());
    assertThat(again.deviceId()).isEqualTo(first.deviceId());
    assertThat(JsonDiff.first(Json.parse(Json.toJson(first)), Json.parse(Json.toJson(again)))).isEmpty();
  }

  @Test
  void locksListReturnsOnlyLocks() {
    assertThat(seam.locks().list()).isNotEmpty().allSatisfy(d -> assertThat(d.deviceId()).isNotBlank());
  }

  @Test
  void lockDoorReturnsAnActionAttempt() {
    String lockId = seam.locks().list().get(0).deviceId();

    ActionAttempt attempt = seam.locks().lockDoor(LocksLockDoorRequest.builder().deviceId(lockId).build());

    assertThat(attempt).isInstanceOfAny(ActionAttemptLockDoorSuccess.class, ActionAttemptLockDoorPending.class);
    String id = attempt instanceof ActionAttemptLockDoorSuccess s ? s.actionAttemptId() : ((ActionAttemptLockDoorPending) attempt).actionAttemptId();
    assertThat(id).isNotBlank();
  }

  @Test
  void clientSessionsGetMatchesTheShippedClient() {
    assertThat(seam.clientSessions().get(ClientSessionsGetRequest.builder().clientSessionId("cst1").build()).token())
        .isEqualTo("seam_cst1_token");
  }
}
