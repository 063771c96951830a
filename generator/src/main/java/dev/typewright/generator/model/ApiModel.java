package dev.typewright.generator.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An API as Typewright understands it, independent of how it was written down.
 *
 * @param servers the servers the spec lists, the first the default one
 * @param types every named type, keyed by its id and sorted, so emission order is stable
 * @param placements by type id, where each inline type that stands in one place stands
 * @param credentialsRequired whether every operation needs credentials the client can send, so
 *     that a client built without any could make no call
 * @param credentials the ways the builder offers to authenticate, in the order it lists them
 * @param runtimePolicies the static factory ({@code package.Class.method}) of the run-time policies
 *     the client starts from, as its profile names it; null for the standard ones
 * @param conventions what the API's profile adds to the client beyond the spec
 */
public record ApiModel(
        String title,
        String description,
        String defaultServerUrl,
        List<Server> servers,
        List<AuthScheme> authSchemes,
        List<Credential> credentials,
        List<Operation> operations,
        Map<String, TypeDef> types,
        Map<String, Placement> placements,
        boolean credentialsRequired,
        String runtimePolicies,
        ClientConventions conventions) {

    public ApiModel {
        servers = List.copyOf(servers);
        authSchemes = List.copyOf(authSchemes);
        credentials = List.copyOf(credentials);
        operations = List.copyOf(operations);
        types = Collections.unmodifiableMap(new TreeMap<>(types));
        placements = Collections.unmodifiableMap(new TreeMap<>(placements));
    }

    public AuthScheme scheme(String id) {
        return authSchemes.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no auth scheme " + id));
    }
}
