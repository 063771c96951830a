package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewright.runtime.Json;
import dev.typewright.runtime.WebhookVerificationException;
import dev.typewright.runtime.WebhookVerifier;
import dev.typewright.seam.SeamWebhook;
import dev.typewright.seam.model.Event;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published client's webhook verifier against deliveries signed by the npm package
 * {@code standardwebhooks}, the scheme Seam's sender uses.
 */
class SeamWebhookTest {
    private static final String SECRET =
            "whsec_" + Base64.getEncoder().encodeToString("typewright-webhook-secret-0123456789".getBytes());
    private static final String OTHER_SECRET =
            "whsec_" + Base64.getEncoder().encodeToString("some-other-secret-9876543210".getBytes());
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final String UNLOCKED = """
            {"event_id":"evt_1","event_type":"lock.unlocked","workspace_id":"ws_1","device_id":"dev_1",\
            "connected_account_id":"ca_1","method":"keycode","created_at":"2026-11-27T11:59:58Z",\
            "occurred_at":"2026-11-27T11:59:57Z","some_future_field":{"kept":true}}""";
    private static final String FROM_THE_FUTURE = """
            {"event_id":"evt_2","event_type":"lock.teleported","workspace_id":"ws_1",\
            "created_at":"2026-11-27T11:59:58Z","occurred_at":"2026-11-27T11:59:57Z"}""";

    private static List<String> signatures;
    private final SeamWebhook webhook =
            new SeamWebhook(new WebhookVerifier(SECRET).clock(Clock.fixed(NOW, ZoneOffset.UTC)));

    @BeforeAll
    static void signWithStandardWebhooks() throws Exception {
        signatures = sign(List.of(
                Map.of("secret", SECRET, "id", "msg_1", "timestamp", NOW.getEpochSecond() - 2, "payload", UNLOCKED),
                Map.of("secret", SECRET, "id", "msg_2", "timestamp", NOW.getEpochSecond(), "payload", FROM_THE_FUTURE),
                Map.of(
                        "secret",
                        OTHER_SECRET,
                        "id",
                        "msg_1",
                        "timestamp",
                        NOW.getEpochSecond() - 2,
                        "payload",
                        UNLOCKED),
                Map.of("secret", SECRET, "id", "msg_3", "timestamp", NOW.getEpochSecond() - 600, "payload", UNLOCKED)));
    }

    @Test
    void aSignedDeliveryIsReadAsItsEventVariantKeepingUnknownFields() {
        Event event = webhook.verify(UNLOCKED, headers("msg_1", NOW.getEpochSecond() - 2, signatures.get(0)));

        assertThat(event).isInstanceOfSatisfying(Event.LockUnlocked.class, e -> {
            assertThat(e.deviceId()).isEqualTo("dev_1");
            assertThat(e.additionalProperties()).containsKey("some_future_field");
        });
        assertThat(JsonDiff.first(Json.parse(UNLOCKED), Json.parse(Json.toJson(event))))
                .isEmpty();
    }

    @Test
    void anEventTypeNewerThanTheClientIsReadAsTheUnknownVariant() {
        Event event = webhook.verify(FROM_THE_FUTURE, headers("msg_2", NOW.getEpochSecond(), signatures.get(1)));

        assertThat(event).isInstanceOf(Event.Unknown.class);
        assertThat(event.eventType().value()).isEqualTo("lock.teleported");
    }

    @Test
    void aTamperedBodyIsRefused() {
        String tampered = UNLOCKED.replace("dev_1", "dev_2");

        assertThatThrownBy(
                        () -> webhook.verify(tampered, headers("msg_1", NOW.getEpochSecond() - 2, signatures.get(0))))
                .isInstanceOf(WebhookVerificationException.class)
                .hasMessage("no signature of the delivery matches the secret");
    }

    @Test
    void aDeliverySignedWithAnotherKeyIsRefused() {
        assertThatThrownBy(
                        () -> webhook.verify(UNLOCKED, headers("msg_1", NOW.getEpochSecond() - 2, signatures.get(2))))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void anOldDeliveryIsRefusedThoughItsSignatureMatches() {
        assertThatThrownBy(
                        () -> webhook.verify(UNLOCKED, headers("msg_3", NOW.getEpochSecond() - 600, signatures.get(3))))
                .isInstanceOf(WebhookVerificationException.class)
                .hasMessageStartingWith("the delivery is too old");
        SeamWebhook patient = new SeamWebhook(new WebhookVerifier(SECRET)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .tolerance(Duration.ofMinutes(15)));
        assertThat(patient.verify(UNLOCKED, headers("msg_3", NOW.getEpochSecond() - 600, signatures.get(3))))
                .isInstanceOf(Event.LockUnlocked.class);
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnoughAndSvixHeaderNamesWork() {
        String several = signatures.get(2) + " v2,bm90IGEgdjEgc2lnbmF0dXJl " + signatures.get(0);
        Map<String, String> svix = Map.of(
                "Svix-Id",
                "msg_1",
                "Svix-Timestamp",
                Long.toString(NOW.getEpochSecond() - 2),
                "Svix-Signature",
                several);

        assertThat(webhook.verify(UNLOCKED, svix)).isInstanceOf(Event.LockUnlocked.class);
    }

    @Test
    void aDeliveryWithoutItsHeadersIsRefusedNamingTheMissingOne() {
        assertThatThrownBy(() -> webhook.verify(UNLOCKED, Map.of("webhook-id", "msg_1")))
                .isInstanceOf(WebhookVerificationException.class)
                .hasMessage("the delivery has no webhook-timestamp header");
    }

    @Test
    void ourSignaturesAreTheOnesStandardWebhooksMakes() {
        WebhookVerifier verifier = new WebhookVerifier(SECRET);

        assertThat(verifier.sign("msg_1", Instant.ofEpochSecond(NOW.getEpochSecond() - 2), UNLOCKED))
                .isEqualTo(signatures.get(0));
    }

    private static Map<String, String> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp), "webhook-signature", signature);
    }

    private static List<String> sign(List<Map<String, Object>> deliveries) throws IOException, InterruptedException {
        List<String> signed = new ArrayList<>();
        for (JsonNode s : Json.parse(NodeServer.runScript("sign-webhooks.cjs", Json.toJson(deliveries)))) {
            signed.add(s.asText());
        }
        return signed;
    }
}
