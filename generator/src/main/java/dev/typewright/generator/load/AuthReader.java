package dev.typewright.generator.load;

import dev.typewright.generator.model.AuthScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
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
            if (s.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(s.getScheme())) {
                schemes.add(new AuthScheme(
                        e.getKey(), AuthScheme.Kind.BEARER, "Authorization", also, parameter, s.getDescription()));
            } else if (s.getType() == SecurityScheme.Type.APIKEY && s.getIn() == SecurityScheme.In.HEADER) {
                schemes.add(new AuthScheme(
                        e.getKey(), AuthScheme.Kind.API_KEY_HEADER, s.getName(), also, parameter, s.getDescription()));
            } else {
                problems.warn(pointer, "security scheme type " + s.getType() + " is not supported; left out");
            }
        }
        return schemes;
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
