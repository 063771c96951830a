package dev.typewright.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * What every generated client's builder shares; the generated subclass adds one method per auth
 * mode of its API and creates the client.
 *
 * @param <B> the generated builder, returned by every setter so calls chain
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
  private URI endpoint;
  private Auth auth = Auth.none();
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration timeout = Duration.ofSeconds(60);
  private HttpClient httpClient;

  /** @param defaultEndpoint the spec's server URL, or null when it names none */
  protected ClientBuilder(String defaultEndpoint) {
    this.endpoint = defaultEndpoint == null ? null : URI.create(defaultEndpoint);
  }

  /** The API's base URL, for a test server or a proxy. */
  public B endpoint(String endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    URI uri = URI.create(endpoint);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("endpoint must be an http or https URL: " + endpoint);
    }
    this.endpoint = uri;
    return self();
  }

  /** How long to wait for a connection. */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return self();
  }

  /** How long to wait for each response. */
  public B timeout(Duration timeout) {
    this.timeout = positive(timeout, "timeout");
    return self();
  }

  /** Shares an existing {@link HttpClient} (its own connect timeout then applies). */
  public B httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /** Sets the credentials; the generated auth-mode methods call this. */
  protected B auth(Auth auth) {
    this.auth = Objects.requireNonNull(auth, "auth");
    return self();
  }

  public final C build() {
    if (endpoint == null) {
      throw new IllegalStateException("no endpoint: the API names no server, so call endpoint(url)");
    }
    HttpClient client =
        httpClient != null
            ? httpClient
            : HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    return create(new ClientCore(client, endpoint, auth, timeout));
  }

  /** Creates the generated client around the configured core. */
  protected abstract C create(ClientCore core);

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  private static Duration positive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return d;
  }
}
