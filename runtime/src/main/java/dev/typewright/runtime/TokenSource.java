package dev.typewright.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * OAuth2 access tokens from a token endpoint with the client-credentials grant, cached and
 * fetched again shortly before they expire: a tenth of their lifetime before, at most a minute.
 */
final class TokenSource implements Supplier<String> {
    private final ClientCore.Shared shared;
    private final URI tokenUrl;
    private final String scopes;
    private final String basic;
    private String token;
    private Instant refreshAt;

    TokenSource(ClientCore core, String tokenUrl, String scopes, String clientId, String clientSecret) {
        this.shared = core.shared();
        this.tokenUrl = URI.create(shared.base() + "/").resolve(tokenUrl);
        this.scopes = scopes;
        this.basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((ApiRequest.encode(clientId) + ":" + ApiRequest.encode(clientSecret))
                                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized String get() {
        if (token == null || (refreshAt != null && !Instant.now().isBefore(refreshAt))) {
            fetch();
        }
        return token;
    }

    private void fetch() {
        HttpClient http = shared.http().get();
        if (http == null) {
            throw new IllegalStateException("the client is closed");
        }
        String form = "grant_type=client_credentials" + (scopes.isBlank() ? "" : "&scope=" + ApiRequest.encode(scopes));
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", basic)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, LimitedBody.handler(shared.maxResponseBytes()));
        } catch (IOException e) {
            throw new TransportException("POST " + tokenUrl + " (the OAuth2 token endpoint) failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("POST " + tokenUrl + " (the OAuth2 token endpoint) was interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw shared.policies().errorDecoder().decode(status, response.headers(), response.body(), null);
        }
        JsonNode answer;
        try {
            answer = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            answer = null;
        }
        JsonNode accessToken = answer == null ? null : answer.get("access_token");
        if (accessToken == null
                || !accessToken.isTextual()
                || accessToken.asText().isBlank()) {
            throw new InvalidResponseException(
                    "the OAuth2 token endpoint " + tokenUrl + " answered without an access_token", status, null, null);
        }
        Instant now = Instant.now();
        JsonNode expiresIn = answer.get("expires_in");
        token = accessToken.asText();
        if (expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0) {
            Duration lifetime = Duration.ofSeconds(expiresIn.asLong());
            Duration margin = lifetime.dividedBy(10).compareTo(Duration.ofMinutes(1)) < 0
                    ? lifetime.dividedBy(10)
                    : Duration.ofMinutes(1);
            refreshAt = now.plus(lifetime).minus(margin);
        } else {
            refreshAt = null;
        }
    }
}
