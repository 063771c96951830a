package dev.typewright.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every generated client's builder shares; the generated subclass adds one method per auth
 * mode of its API and creates the client.
 *
 * @param <B> the generated builder, returned by every setter so calls chain
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
    private URI endpoint;
    private boolean endpointChosen;
    /** The spec's server URL when it is relative to the host that serves the API, such as {@code /api/v3}. */
    private final String relativeServer;
    /** The credentials set, by the builder method that set them, in the order set. */
    private final Map<String, Auth> credentials = new LinkedHashMap<>();
    /**
     * Builder methods whose credentials stand in for each other, so that a client takes at most
     * one of each group; null when every two kinds of credentials do.
     */
    private List<List<String>> credentialGroups;
    /** The builder methods one of which must set credentials; empty when a client may have none. */
    private List<String> credentialMethods = List.of();

    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration timeout = Duration.ofSeconds(60);
    private int maxRetries = 2;
    private Duration retryBase = Duration.ofMillis(500);
    private Duration retryCap = Duration.ofSeconds(8);
    private long maxResponseBytes = 32L * 1024 * 1024;
    private HttpClient httpClient;
    private Policies policies;
    private final RequestOptions.Builder defaults = ClientCore.options();

    /** @param defaultEndpoint the spec's server URL, or null when it names none */
    protected ClientBuilder(String defaultEndpoint) {
        this(defaultEndpoint, Policies.standard());
    }

    /**
     * @param defaultEndpoint the spec's server URL, or null when it names none
     * @param policies the API's conventions, as its profile describes them
     */
    protected ClientBuilder(String defaultEndpoint, Policies policies) {
        URI server = defaultEndpoint == null ? null : URI.create(defaultEndpoint);
        this.endpoint = server != null && server.isAbsolute() ? server : null;
        this.relativeServer = server != null && !server.isAbsolute() ? defaultEndpoint : null;
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /** The API's base URL, for a test server or a proxy. */
    public B endpoint(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        URI uri = URI.create(endpoint);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("endpoint must be an http or https URL: " + endpoint);
        }
        this.endpoint = uri;
        this.endpointChosen = true;
        return self();
    }

    /** How long to wait for a connection. */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return self();
    }

    /** How long each attempt of a call may take, from sending to the last byte of the response. */
    public B timeout(Duration timeout) {
        this.timeout = positive(timeout, "timeout");
        return self();
    }

    /**
     * How many times a failed call is retried, where the {@link #retryPolicy} allows it
     * (default 2; 0 turns retries off).
     */
    public B maxRetries(int maxRetries) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        this.maxRetries = maxRetries;
        return self();
    }

    /**
     * The back-off between retries: a random wait up to {@code initial} doubled per retry, never
     * above {@code max} (defaults 500 ms and 8 s); a server's {@code Retry-After} of up to 60 s wins.
     */
    public B retryBackoff(Duration initial, Duration max) {
        this.retryBase = positive(initial, "initial");
        this.retryCap = positive(max, "max");
        return self();
    }

    /** The largest response body the client reads (default 32 MiB); a larger one fails the call. */
    public B maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
        this.maxResponseBytes = maxResponseBytes;
        return self();
    }

    /** Shares an existing {@link HttpClient} (its own connect timeout then applies). */
    public B httpClient(HttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        return self();
    }

    /** A header every call sends (an SDK's name, a tracing header); a call's own header of that name wins. */
    public B header(String name, String value) {
        defaults.header(name, value);
        return self();
    }

    /**
     * Whether calls that start a long-running operation wait until it has succeeded or failed (on
     * by default); a call's own options win.
     */
    public B waitForCompletion(boolean wait) {
        defaults.waitForCompletion(wait);
        return self();
    }

    /**
     * How long calls wait for a long-running operation and how often they ask (defaults: the API's
     * {@link Poller}'s); a call's own options win.
     */
    public B polling(Duration timeout, Duration interval) {
        defaults.polling(timeout, interval);
        return self();
    }

    /** Which failed attempts are tried again; {@link #maxRetries} still bounds how often. */
    public B retryPolicy(RetryPolicy retryPolicy) {
        policies = policies.withRetryPolicy(Objects.requireNonNull(retryPolicy, "retryPolicy"));
        return self();
    }

    /** How an error answer becomes the exception callers see. */
    public B errorDecoder(ErrorDecoder errorDecoder) {
        policies = policies.withErrorDecoder(Objects.requireNonNull(errorDecoder, "errorDecoder"));
        return self();
    }

    /** How the {@code ...All} methods read a page's items and find the next page. */
    public B pager(Pager pager) {
        policies = policies.withPager(Objects.requireNonNull(pager, "pager"));
        return self();
    }

    /** How a call that starts a long-running operation waits for it. */
    public B poller(Poller poller) {
        policies = policies.withPoller(Objects.requireNonNull(poller, "poller"));
        return self();
    }

    /** Adds an interceptor that sees every attempt of every call; they run in the order added. */
    public B interceptor(Interceptor interceptor) {
        policies = policies.withInterceptor(interceptor);
        return self();
    }

    /**
     * Sets the credentials; the generated method named {@code method} calls this. Credentials that
     * stand in for each other (see {@link #credentialGroups}) are refused once one of them is set,
     * rather than one silently winning; calling the same method again replaces its credentials.
     */
    protected B auth(String method, Auth auth) {
        Objects.requireNonNull(auth, "auth");
        for (String set : credentials.keySet()) {
            if (!set.equals(method) && credentialGroups == null) {
                throw new IllegalStateException("credentials are already set with " + set
                        + "(...); a client sends one kind of credentials, so call " + set + "(...) or " + method
                        + "(...), not both");
            }
            if (!set.equals(method) && credentialGroups.stream().anyMatch(g -> g.contains(set) && g.contains(method))) {
                throw new IllegalStateException("credentials are already set with " + set
                        + "(...); every call that takes one takes the other, so call " + set + "(...) or "
                        + method + "(...), not both");
            }
        }
        credentials.put(method, auth);
        return self();
    }

    /**
     * For an API whose calls ask for different credentials (an API key for some, OAuth2 for
     * others): the builder methods whose credentials stand in for each other, group by group. A
     * client may then hold one of each group, and each call sends the ones it asks for (see
     * {@link ApiRequest#credentials}).
     */
    protected void credentialGroups(List<List<String>> groups) {
        this.credentialGroups = List.copyOf(groups);
    }

    /**
     * Applies configuration read from elsewhere, such as environment variables: its endpoint, when
     * it names one, and its credentials, as the builder method it names would set them.
     */
    protected B configure(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.endpoint() != null) {
            endpoint(settings.endpoint());
        }
        return auth(settings.credentialsMethod(), settings.auth());
    }

    /**
     * Configuration read from elsewhere (environment variables, say).
     *
     * @param endpoint the API's base URL, or null to keep the builder's
     * @param credentialsMethod the builder method that stands for these credentials, named in
     *     errors
     * @param auth the credentials
     */
    public record Settings(String endpoint, String credentialsMethod, Auth auth) {
        public Settings {
            Objects.requireNonNull(credentialsMethod, "credentialsMethod");
            Objects.requireNonNull(auth, "auth");
        }
    }

    /**
     * For an API whose every call needs credentials: {@link #build()} refuses a client without
     * them, naming the methods that set them, rather than let its first call fail with a 401.
     */
    protected void requireCredentials(String... methods) {
        this.credentialMethods = List.of(methods);
    }

    public final C build() {
        if (endpoint == null) {
            throw new IllegalStateException(
                    relativeServer == null
                            ? "no endpoint: the API names no server, so call endpoint(url)"
                            : "no endpoint: the API's server URL " + relativeServer + " is relative to the host that"
                                    + " serves the API, so call endpoint(url) with that host, such as https://api.example.com"
                                    + (relativeServer.startsWith("/") ? "" : "/") + relativeServer);
        }
        if (credentials.isEmpty() && !credentialMethods.isEmpty()) {
            throw new IllegalStateException("no credentials: every call of this API needs them, so call "
                    + (credentialMethods.size() == 1 ? "" : "one of ")
                    + String.join(
                            ", ",
                            credentialMethods.stream().map(m -> m + "(...)").toList()));
        }
        // The client's own threads are daemons, so an application that forgets close() still exits.
        ExecutorService executor = httpClient != null
                ? null
                : Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "typewright-http");
                    t.setDaemon(true);
                    return t;
                });
        HttpClient client = httpClient != null
                ? httpClient
                : HttpClient.newBuilder()
                        .connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .executor(executor)
                        .build();
        RequestOptions options = defaults.build()
                .then(ClientCore.options()
                        .timeout(timeout)
                        .maxRetries(maxRetries)
                        .build());
        ClientCore bootstrap = new ClientCore(shared(client, executor, credentials), options);
        Map<String, Auth> sent = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Auth> e : credentials.entrySet()) {
                sent.put(e.getKey(), e.getValue().resolve(bootstrap));
            }
        } catch (RuntimeException e) {
            bootstrap.close();
            throw e;
        }
        return create(sent.equals(credentials) ? bootstrap : new ClientCore(shared(client, executor, sent), options));
    }

    private ClientCore.Shared shared(HttpClient client, ExecutorService executor, Map<String, Auth> credentials) {
        return new ClientCore.Shared(
                new AtomicReference<>(client),
                ClientCore.trimBase(endpoint),
                !endpointChosen,
                credentials.isEmpty()
                        ? Auth.none()
                        : credentials.values().iterator().next(),
                Map.copyOf(credentials),
                policies,
                maxResponseBytes,
                retryBase,
                retryCap,
                executor,
                new AtomicBoolean());
    }

    /**
     * The version of the jar that holds {@code type}, from its manifest, for headers that name an
     * SDK's version; {@code unknown} when the class was not loaded from a versioned jar.
     */
    protected static String versionOf(Class<?> type) {
        Package p = type.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return version == null ? "unknown" : version;
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
