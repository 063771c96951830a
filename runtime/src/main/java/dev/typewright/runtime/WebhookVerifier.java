package dev.typewright.runtime;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook delivery was signed with a shared secret, by the Standard Webhooks scheme
 * (the one Svix uses): the headers {@code webhook-id}, {@code webhook-timestamp} and
 * {@code webhook-signature} (or their {@code svix-} forms) carry a message id, a Unix time and
 * space-separated {@code v1,<base64>} signatures, each an HMAC-SHA256 of
 * {@code id.timestamp.payload} under the secret that follows {@code whsec_}. A delivery passes
 * when one of its signatures matches, compared in constant time, and its timestamp is within the
 * tolerance of now (5 minutes by default), so a recorded delivery cannot be replayed later.
 */
public final class WebhookVerifier {
    private static final String SECRET_PREFIX = "whsec_";
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;
    private final Duration tolerance;
    private final Clock clock;

    /** @param secret the endpoint's signing secret, {@code whsec_} and base64 */
    public WebhookVerifier(String secret) {
        this(secret, Duration.ofMinutes(5), Clock.systemUTC());
    }

    private WebhookVerifier(String secret, Duration tolerance, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            this.key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the webhook secret is not whsec_ followed by base64", e);
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("the webhook secret is empty");
        }
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** This verifier with another tolerance for the distance between a delivery's timestamp and now. */
    public WebhookVerifier tolerance(Duration tolerance) {
        if (tolerance == null || tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
        return new WebhookVerifier(this, tolerance, clock);
    }

    /** This verifier reading the time from {@code clock}, for tests and replays. */
    public WebhookVerifier clock(Clock clock) {
        return new WebhookVerifier(this, tolerance, Objects.requireNonNull(clock, "clock"));
    }

    private WebhookVerifier(WebhookVerifier from, Duration tolerance, Clock clock) {
        this.key = from.key;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * Returns the payload when the delivery is signed with this secret and recent enough.
     *
     * @param payload the request body exactly as received, before any parsing
     * @param headers the request's headers; names are matched ignoring case
     * @throws WebhookVerificationException when a header is missing, the timestamp is too old or
     *     too new, or no signature matches
     */
    public String verify(String payload, Map<String, String> headers) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(headers, "headers");
        String id = header(headers, "id");
        String timestamp = header(headers, "timestamp");
        String signatures = header(headers, "signature");
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new WebhookVerificationException("the webhook-timestamp header is not a Unix time: " + timestamp);
        }
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(tolerance))) {
            throw new WebhookVerificationException("the delivery is too old: signed at " + sent + ", now " + now);
        }
        if (sent.isAfter(now.plus(tolerance))) {
            throw new WebhookVerificationException(
                    "the delivery is from the future: signed at " + sent + ", now " + now);
        }
        byte[] expected = mac(id + "." + timestamp.strip() + "." + payload);
        for (String signature : signatures.strip().split(" +")) {
            int comma = signature.indexOf(',');
            if (comma < 0 || !signature.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(signature.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return payload;
            }
        }
        throw new WebhookVerificationException("no signature of the delivery matches the secret");
    }

    /**
     * The {@code webhook-signature} value for a payload, as a sender would compute it: for tests of
     * code that receives webhooks.
     */
    public String sign(String id, Instant timestamp, String payload) {
        return "v1," + Base64.getEncoder().encodeToString(mac(id + "." + timestamp.getEpochSecond() + "." + payload));
    }

    private byte[] mac(String content) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no " + HMAC, e);
        }
    }

    private static String header(Map<String, String> headers, String suffix) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            String name = e.getKey() == null ? "" : e.getKey().toLowerCase(Locale.ROOT);
            if ((name.equals("webhook-" + suffix) || name.equals("svix-" + suffix)) && e.getValue() != null) {
                return e.getValue();
            }
        }
        throw new WebhookVerificationException("the delivery has no webhook-" + suffix + " header");
    }
}
