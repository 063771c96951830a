package dev.typewright.generator.model;

import java.util.List;

/**
 * One way a credential travels.
 *
 * @param headerName the header that carries the credential ({@code Authorization} for bearer)
 * @param alsoHeaders further headers that carry the same credential
 * @param parameterName the name to give the credential where it is passed in, without the id's
 *     wording when the spec asks for a better one
 */
public record AuthScheme(
        String id, Kind kind, String headerName, List<String> alsoHeaders, String parameterName, String description) {

    public enum Kind {
        BEARER,
        API_KEY_HEADER
    }

    public AuthScheme {
        alsoHeaders = List.copyOf(alsoHeaders);
    }
}
