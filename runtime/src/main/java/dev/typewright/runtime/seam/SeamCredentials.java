package dev.typewright.runtime.seam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewright.runtime.ApiRequest;
import dev.typewright.runtime.Auth;
import dev.typewright.runtime.ClientBuilder;
import java.util.Map;
import java.util.Objects;

/**
 * The ways a Seam client authenticates, as Seam's own SDKs offer them, each checking the shape
 * of its token the way {@code @seamapi/http} does so that a key passed to the wrong method fails
 * before any call: API keys start {@code seam_}, client session tokens {@code seam_cst},
 * personal access tokens {@code seam_at}, publishable keys {@code seam_pk}, and console session
 * tokens are JWTs ({@code ey...}). The builders that clients generated with the {@code seam}
 * profile offer call these.
 */
public final class SeamCredentials {
    static final String API_KEY_METHOD = "apiKey";
    static final String PERSONAL_ACCESS_TOKEN_METHOD = "personalAccessToken";
    private static final String WORKSPACE_HEADER = "seam-workspace";
    private static final String GET_OR_CREATE = "/client_sessions/get_or_create";

    private SeamCredentials() {}

    /** A workspace's API key: {@code Authorization: Bearer seam_...}. */
    public static Auth apiKey(String apiKey) {
        return Auth.bearer(checked(
                apiKey,
                "apiKey",
                Shape.SEAM_TOKEN,
                Shape.CLIENT_SESSION_TOKEN,
                Shape.JWT,
                Shape.ACCESS_TOKEN,
                Shape.PUBLISHABLE_KEY));
    }

    /** A client session token, sent both as the bearer token and as {@code client-session-token}. */
    public static Auth clientSessionToken(String clientSessionToken) {
        String token = checked(
                clientSessionToken,
                "clientSessionToken",
                Shape.CLIENT_SESSION_TOKEN,
                Shape.JWT,
                Shape.ACCESS_TOKEN,
                Shape.PUBLISHABLE_KEY);
        return Auth.bearer(token).and(Auth.header("client-session-token", token));
    }

    /** A personal access token acting in one workspace, named by {@code seam-workspace}. */
    public static Auth personalAccessToken(String personalAccessToken, String workspaceId) {
        return personalAccessToken(personalAccessToken)
                .and(Auth.header(WORKSPACE_HEADER, present(workspaceId, "workspaceId")));
    }

    /** A personal access token without a workspace, for the calls that manage workspaces. */
    public static Auth personalAccessToken(String personalAccessToken) {
        return Auth.bearer(checked(
                personalAccessToken,
                "personalAccessToken",
                Shape.ACCESS_TOKEN,
                Shape.JWT,
                Shape.CLIENT_SESSION_TOKEN,
                Shape.PUBLISHABLE_KEY));
    }

    /** A console session token (a JWT) acting in one workspace. */
    public static Auth consoleSessionToken(String consoleSessionToken, String workspaceId) {
        return consoleSessionToken(consoleSessionToken)
                .and(Auth.header(WORKSPACE_HEADER, present(workspaceId, "workspaceId")));
    }

    /** A console session token (a JWT) without a workspace, for the calls that manage workspaces. */
    public static Auth consoleSessionToken(String consoleSessionToken) {
        return Auth.bearer(checked(
                consoleSessionToken,
                "consoleSessionToken",
                Shape.JWT,
                Shape.ACCESS_TOKEN,
                Shape.CLIENT_SESSION_TOKEN,
                Shape.PUBLISHABLE_KEY));
    }

    /**
     * A publishable key and the key that identifies one of your users: when the client is built, it
     * gets or creates that user's client session with one call to
     * {@code /client_sessions/get_or_create}, and then sends the session's token.
     */
    public static Auth publishableKey(String publishableKey, String userIdentifierKey) {
        String key = checked(
                publishableKey,
                "publishableKey",
                Shape.PUBLISHABLE_KEY,
                Shape.JWT,
                Shape.ACCESS_TOKEN,
                Shape.CLIENT_SESSION_TOKEN);
        String user = present(userIdentifierKey, "userIdentifierKey");
        return Auth.obtainedWith(Auth.header("seam-publishable-key", key), bootstrap -> {
            JsonNode session = bootstrap.send(
                    ApiRequest.post(GET_OR_CREATE)
                            .body(Map.of("user_identifier_key", user))
                            .responseKey("client_session"),
                    JsonNode.class);
            String token = session == null ? null : session.path("token").asText(null);
            if (token == null) {
                throw new IllegalStateException(GET_OR_CREATE + " answered without a client session token");
            }
            return clientSessionToken(token);
        });
    }

    /**
     * Reads the configuration Seam's SDKs read from the environment: {@code SEAM_API_KEY}, or
     * {@code SEAM_PERSONAL_ACCESS_TOKEN} with {@code SEAM_WORKSPACE_ID} (without it, the client
     * reaches only the calls that manage workspaces), and {@code SEAM_ENDPOINT} (or the older
     * {@code SEAM_API_URL}) for the endpoint.
     *
     * @throws IllegalStateException when neither credential is set, or both are
     */
    public static ClientBuilder.Settings fromEnv(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String apiKey = set(env, "SEAM_API_KEY");
        String token = set(env, "SEAM_PERSONAL_ACCESS_TOKEN");
        String workspace = set(env, "SEAM_WORKSPACE_ID");
        String endpoint = set(env, "SEAM_ENDPOINT");
        if (endpoint == null) {
            endpoint = set(env, "SEAM_API_URL");
        }
        if (apiKey != null && token != null) {
            throw new IllegalStateException("both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN are set;"
                    + " a client sends one kind of credentials, so unset one of them");
        }
        if (apiKey != null) {
            return new ClientBuilder.Settings(endpoint, API_KEY_METHOD, apiKey(apiKey));
        }
        if (token != null) {
            Auth auth = workspace == null ? personalAccessToken(token) : personalAccessToken(token, workspace);
            return new ClientBuilder.Settings(endpoint, PERSONAL_ACCESS_TOKEN_METHOD, auth);
        }
        throw new IllegalStateException(
                "no Seam credentials in the environment: set SEAM_API_KEY, or SEAM_PERSONAL_ACCESS_TOKEN"
                        + " (with SEAM_WORKSPACE_ID to act in a workspace)");
    }

    private enum Shape {
        SEAM_TOKEN("seam_", "an API key"),
        CLIENT_SESSION_TOKEN("seam_cst", "a client session token"),
        ACCESS_TOKEN("seam_at", "a personal access token"),
        PUBLISHABLE_KEY("seam_pk", "a publishable key"),
        JWT("ey", "a JWT");

        private final String prefix;
        private final String what;

        Shape(String prefix, String what) {
            this.prefix = prefix;
            this.what = what;
        }

        boolean matches(String token) {
            return token.startsWith(prefix);
        }
    }

    /**
     * The token when it has the shape {@code method} takes: not one of the {@code refused} shapes
     * (checked first, since {@code seam_cst...} also starts {@code seam_}), and {@code expected}.
     */
    private static String checked(String value, String method, Shape expected, Shape... refused) {
        String token = present(value, method);
        for (Shape shape : refused) {
            if (shape.matches(token)) {
                throw new InvalidTokenException(
                        capitalized(shape.what) + " cannot be used as " + method + "; it starts " + shape.prefix);
            }
        }
        if (!expected.matches(token)) {
            throw new InvalidTokenException(
                    "unknown " + method + " format; expected " + expected.what + ", which starts " + expected.prefix);
        }
        return token;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String present(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    private static String set(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
