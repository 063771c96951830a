package dev.typewright.generator.model;

/**
 * What an API's profile adds to its client beyond what the spec says.
 *
 * @param environment the static method ({@code package.Class.method}) that reads the client's
 *     configuration from a map of environment variables, returning the runtime's
 *     {@code ClientBuilder.Settings}; null when the client offers no {@code fromEnv()}
 * @param environmentDoc which variables it reads, for the Javadoc of {@code fromEnv()}
 * @param sdkHeaders the headers that name the SDK on every request; null for none
 * @param webhookType the id of the type a verified webhook delivery is read as; null when the
 *     client has no webhook verifier
 */
public record ClientConventions(String environment, String environmentDoc, SdkHeaders sdkHeaders, String webhookType) {
    public static final ClientConventions NONE = new ClientConventions(null, null, null, null);

    /**
     * @param nameHeader carries {@code name}
     * @param versionHeader carries the client jar's version
     */
    public record SdkHeaders(String nameHeader, String name, String versionHeader) {}
}
