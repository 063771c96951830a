package dev.typewright.generator.model;

import java.util.List;

/**
 * One way a credential travels.
 *
 * @param headerName the header, query parameter or cookie that carries the credential
 *     ({@code Authorization} for bearer and basic)
 * @param alsoHeaders further headers that carry the same credential
 * @param parameterName the name to give the credential where it is passed in, without the id's
 *     wording when the spec asks for a better one
 * @param tokenUrl for OAuth2, the token endpoint of its client-credentials flow; null when it has none
 * @param scopes for OAuth2, the scopes the spec's security requirements ask of the scheme
 */
public record AuthScheme(
        String id,
        Kind kind,
        String headerName,
        List<String> alsoHeaders,
        String parameterName,
        String description,
        String tokenUrl,
        List<String> scopes) {

    public enum Kind {
        BEARER,
        API_KEY_HEADER,
        API_KEY_QUERY,
        API_KEY_COOKIE,
        BASIC,
        /** OAuth2 or OpenID Connect: an access token sent as a bearer token. */
        OAUTH2
    }

    public AuthScheme {
        alsoHeaders = List.copyOf(alsoHeaders);
        scopes = List.copyOf(scopes);
    }
}
