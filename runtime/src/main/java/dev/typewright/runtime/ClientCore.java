package dev.typewright.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends the calls of a generated client: builds the HTTP request, adds credentials, reads the
 * response and turns failures into typed exceptions. One instance is shared by a client and all of
 * its resource clients, and is safe to use from many threads.
 */
public final class ClientCore {
  private static final System.Logger LOG = System.getLogger(ClientCore.class.getName());
  private static final List<String> REQUEST_ID_HEADERS =
      List.of("seam-request-id", "x-request-id", "request-id");

  private final HttpClient http;
  private final String base;
  private final Auth auth;
  private final Duration timeout;

  ClientCore(HttpClient http, URI endpoint, Auth auth, Duration timeout) {
    this.http = http;
    String s = endpoint.toString();
    this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    this.auth = auth;
    this.timeout = timeout;
  }

  /** Sends the request and reads the result as {@code type}. */
  public <T> T send(ApiRequest request, Class<T> type) {
    return send(request, Json.mapper().constructType(type));
  }

  /** Sends the request and reads the result as a generic type such as a list of models. */
  public <T> T send(ApiRequest request, TypeReference<T> type) {
    return send(request, Json.mapper().constructType(type));
  }

  /** Sends a request whose response carries nothing the caller needs. */
  public void send(ApiRequest request) {
    exchange(request);
  }

  private <T> T send(ApiRequest request, JavaType type) {
    HttpResponse<byte[]> response = exchange(request);
    return decode(response, request.responseKey(), type);
  }

  private HttpResponse<byte[]> exchange(ApiRequest request) {
    HttpRequest httpRequest = toHttpRequest(request);
    long start = System.nanoTime();
    HttpResponse<byte[]> response;
    try {
      response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new TransportException(
          request.method() + " " + request.pathTemplate() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          request.method() + " " + request.pathTemplate() + " was interrupted", e);
    }
    String requestId = requestId(response.headers());
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            String.format(
                "%s %s -> %d (request %s, %d ms)",
                request.method(),
                request.pathTemplate(),
                response.statusCode(),
                requestId,
                (System.nanoTime() - start) / 1_000_000));
    if (response.statusCode() / 100 != 2) {
      throw toApiException(response, requestId);
    }
    return response;
  }

  private HttpRequest toHttpRequest(ApiRequest request) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
            .timeout(timeout)
            .header("Accept", "application/json");
    for (Map.Entry<String, String> h : auth.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, String> h : request.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    if (request.body() != null) {
      byte[] json;
      try {
        json = Json.mapper().writeValueAsBytes(request.body());
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot serialize the request body", e);
      }
      b.header("Content-Type", "application/json");
      b.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(json));
    } else {
      b.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
  }

  private static <T> T decode(HttpResponse<byte[]> response, String key, JavaType type) {
    byte[] body = response.body();
    ObjectMapper mapper = Json.mapper();
    try (JsonParser p = mapper.createParser(body)) {
      if (key == null) {
        return mapper.readValue(p, type);
      }
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw invalid(response, "expected a JSON object holding \"" + key + "\"", null);
      }
      // Streams past the envelope's other fields so only the wanted value is bound.
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (key.equals(name)) {
          return mapper.readValue(p, type);
        }
        p.skipChildren();
      }
      throw invalid(response, "the response has no field \"" + key + "\"", null);
    } catch (IOException e) {
      throw invalid(response, "cannot read the response as " + type.getGenericSignature(), e);
    }
  }

  private static InvalidResponseException invalid(
      HttpResponse<byte[]> response, String message, Throwable cause) {
    return new InvalidResponseException(
        message, response.statusCode(), requestId(response.headers()), cause);
  }

  private static ApiException toApiException(HttpResponse<byte[]> response, String requestId) {
    String raw = new String(response.body(), StandardCharsets.UTF_8);
    String type = null;
    String message = null;
    try {
      JsonNode root = Json.mapper().readTree(response.body());
      JsonNode error = root != null && root.has("error") ? root.get("error") : root;
      if (error != null && error.isObject()) {
        type = text(error.get("type"));
        message = text(error.get("message"));
      }
    } catch (IOException notJson) {
      // A proxy's HTML page or a cut-off body: the raw text is all there is to report.
    }
    return new ApiException(
        response.statusCode(), type, message, requestId, response.headers(), raw);
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }

  private static String requestId(HttpHeaders headers) {
    for (String name : REQUEST_ID_HEADERS) {
      var value = headers.firstValue(name);
      if (value.isPresent()) {
        return value.get();
      }
    }
    return null;
  }
}
