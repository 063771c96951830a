package dev.typewright.generator.load;

import dev.typewright.generator.model.AuthScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the security schemes the client can authenticate with, and the ways to combine them. */
final class AuthReader {
    private final OpenAPI api;
    private final Problems problems;

    AuthReader(OpenAPI api, Problems problems) {
        this.api = api;
        this.problems = problems;
    }

    List<AuthScheme> authSchemes() {
        List<AuthScheme> schemes = new ArrayList<>();
        if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
            return schemes;
        }
        for (Map.Entry<String, SecurityScheme> e :
                new TreeMap<>(api.getComponents().getSecuritySchemes()).entrySet()) {
            SecurityScheme s = e.getValue();
            String pointer = Pointers.child("/components/securitySchemes", e.getKey());
            List<String> also = new ArrayList<>();
            Object alsoHeader = Schemas.extension(s.getExtensions(), "x-typewright-also-header");
            if (alsoHeader instanceof String h) {
                also.add(h);
            }
            Object paramName = Schemas.extension(s.getExtensions(), "x-typewright-parameter-name");
            String parameter = paramName instanceof String p ? p : e.getKey();
            AuthScheme.Kind kind = null;
            String name = "Authorization";
            String tokenUrl = null;
            if (s.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(s.getScheme())) {
                kind = AuthScheme.Kind.BEARER;
            } else if (s.getType() == SecurityScheme.Type.HTTP && "basic".equalsIgnoreCase(s.getScheme())) {
                kind = AuthScheme.Kind.BASIC;
            } else if (s.getType() == SecurityScheme.Type.APIKEY && s.getIn() != null && s.getName() != null) {
                name = s.getName();
                kind = switch (s.getIn()) {
                    case HEADER -> AuthScheme.Kind.API_KEY_HEADER;
                    case QUERY -> AuthScheme.Kind.API_KEY_QUERY;
                    case COOKIE -> AuthScheme.Kind.API_KEY_COOKIE;
                };
            } else if (s.getType() == SecurityScheme.Type.OAUTH2 || s.getType() == SecurityScheme.Type.OPENIDCONNECT) {
                kind = AuthScheme.Kind.OAUTH2;
                if (s.getFlows() != null && s.getFlows().getClientCredentials() != null) {
                    tokenUrl = s.getFlows().getClientCredentials().getTokenUrl();
                }
            }
            if (kind == null) {
                String what = s.getType() == SecurityScheme.Type.HTTP
                        ? "HTTP " + s.getScheme() + " authentication"
                        : s.getType() == SecurityScheme.Type.MUTUALTLS
                                ? "mutual TLS (give the builder an httpClient with its SSLContext instead)"
                                : "security scheme type " + s.getType();
                problems.warn(pointer, what + " is not supported; left out");
                continue;
            }
            schemes.add(new AuthScheme(
                    e.getKey(),
                    kind,
                    name,
                    also,
                    parameter,
                    s.getDescription(),
                    tokenUrl,
                    kind == AuthScheme.Kind.OAUTH2 ? scopes(e.getKey()) : List.of()));
        }
        return schemes;
    }

    /** The scopes every security requirement of the spec asks of a scheme, in the order first asked. */
    private List<String> scopes(String scheme) {
        Set<String> scopes = new LinkedHashSet<>();
        List<List<SecurityRequirement>> all = new ArrayList<>();
        all.add(api.getSecurity());
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> all.add(op.getSecurity())));
        }
        for (List<SecurityRequirement> requirements : all) {
            if (requirements != null) {
                requirements.forEach(r -> {
                    if (r.get(scheme) != null) {
                        scopes.addAll(r.get(scheme));
                    }
                });
            }
        }
        return List.copyOf(scopes);
    }

    /** Whether a call under these requirements must send credentials: none of them is empty. */
    static boolean needsCredentials(List<SecurityRequirement> requirements) {
        return requirements != null
                && !requirements.isEmpty()
                && requirements.stream().noneMatch(SecurityRequirement::isEmpty);
    }

    static void addModes(List<SecurityRequirement> requirements, Set<String> supported, Set<List<String>> modes) {
        if (requirements == null) {
            return;
        }
        for (SecurityRequirement requirement : requirements) {
            if (!requirement.isEmpty() && supported.containsAll(requirement.keySet())) {
                modes.add(List.copyOf(requirement.keySet()));
            }
        }
    }
}
