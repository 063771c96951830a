package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.typewright.seam.DevicesClient;
import dev.typewright.seam.LocksClient;
import dev.typewright.seam.Seam;
import dev.typewright.seam.model.ActionAttempt;
import dev.typewright.seam.model.Device;
import dev.typewright.seam.model.DeviceType;
import dev.typewright.seam.model.DevicesListRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's own code, tested with the clients mocked as Mockito mocks them by default (the inline
 * mock maker, which takes final classes): no server, and no wrapper of the user's own.
 */
class MockedClientTest {
    /** The code under test: unlocks the first August lock it finds. */
    static String unlockFirstAugustLock(Seam seam) {
        List<Device> locks = seam.devices()
                .list(DevicesListRequest.builder()
                        .addDeviceType(DeviceType.AUGUST_LOCK)
                        .build());
        if (locks.isEmpty()) {
            return "no lock";
        }
        ActionAttempt attempt = seam.locks().unlockDoor(locks.get(0).deviceId());
        return attempt.status().value();
    }

    @Test
    void theRootAndResourceClientsCanBeMocked() {
        Seam seam = mock(Seam.class);
        DevicesClient devices = mock(DevicesClient.class);
        LocksClient locks = mock(LocksClient.class);
        when(seam.devices()).thenReturn(devices);
        when(seam.locks()).thenReturn(locks);
        when(devices.list(any(DevicesListRequest.class)))
                .thenReturn(List.of(Device.builder().deviceId("d1").build()));
        when(locks.unlockDoor("d1"))
                .thenReturn(ActionAttempt.UnlockDoorSuccess.builder()
                        .status(ActionAttempt.Status.SUCCESS)
                        .build());

        assertThat(unlockFirstAugustLock(seam)).isEqualTo("success");
        verify(locks).unlockDoor("d1");
    }
}
