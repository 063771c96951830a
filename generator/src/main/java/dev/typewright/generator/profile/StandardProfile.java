package dev.typewright.generator.profile;

import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.model.ClientConventions;
import dev.typewright.generator.model.Credential;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.naming.Identifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plain OpenAPI: operations grouped by their first tag, else by the first path segment after any
 * version ({@code /v1/customers}: {@code customers}), and named by operationId, each
 * method of a path its own operation, results the whole response body, and Typewright's own
 * extensions where a spec wants more:
 *
 * <ul>
 *   <li>{@code x-typewright-group}: the resource path, a list or a dotted text;
 *   <li>{@code x-typewright-method-name}: the method's name;
 *   <li>{@code x-typewright-response-key}: the response field that holds the result;
 *   <li>{@code x-typewright-pagination}: {@code {cursor: <input>, nextCursor: <JSON pointer>}};
 *   <li>{@code x-typewright-long-running: true}: the call starts a long-running operation;
 *   <li>{@code x-typewright-unlisted}: {@code true} or a note: the operation stays callable but out
 *       of the README and the docs pages;
 *   <li>{@code x-typewright-deprecated}: a deprecation note, on anything OpenAPI can deprecate;
 *   <li>{@code x-typewright-idempotent: true}: the call can be repeated without harm, so it is
 *       retried like a GET.
 * </ul>
 *
 * <p>An operation's title is its {@code summary}.
 */
public class StandardProfile implements Profile {
    public static final String NAME = "standard";
    static final String PREFIX = "x-typewright-";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> group(OperationFacts op) {
        List<String> group = op.words(PREFIX + "group");
        if (group != null) {
            return group;
        }
        return List.of(op.tags().isEmpty() ? op.resourceSegment() : op.tags().get(0));
    }

    @Override
    public String methodName(OperationFacts op) {
        String name = op.text(PREFIX + "method-name");
        if (name != null) {
            return name;
        }
        if (op.operationId() != null && !op.operationId().isBlank()) {
            return withoutGroup(op.operationId(), group(op));
        }
        return op.method().toLowerCase(Locale.ROOT) + "_" + op.path().replaceAll("[{}]", "");
    }

    /**
     * An operationId that starts with its group and a slash ({@code repos/list-for-org} in the
     * {@code repos} group, GitHub's way) without them, so the call reads
     * {@code client.repos().listForOrg(...)}.
     */
    private static String withoutGroup(String operationId, List<String> group) {
        int slash = operationId.lastIndexOf('/');
        if (slash <= 0 || slash == operationId.length() - 1 || group.isEmpty()) {
            return operationId;
        }
        String prefix = operationId.substring(0, slash);
        return letters(prefix).equals(letters(group.get(group.size() - 1)))
                ? operationId.substring(slash + 1)
                : operationId;
    }

    private static String letters(String text) {
        return text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public String title(OperationFacts op) {
        return op.summary();
    }

    @Override
    public String unlisted(OperationFacts op) {
        return note(op.extensions().get(PREFIX + "unlisted"), "Not in the API reference.");
    }

    @Override
    public String deprecationNote(Map<String, Object> extensions) {
        return extensions == null ? null : note(extensions.get(PREFIX + "deprecated"), "");
    }

    /**
     * What a flag-or-note extension says: its note, {@code plain} for a bare {@code true}, null
     * when absent or false.
     */
    protected static String note(Object value, String plain) {
        if (Boolean.TRUE.equals(value)) {
            return plain;
        }
        return value instanceof String note && !note.isBlank() ? note : null;
    }

    @Override
    public String responseKey(OperationFacts op) {
        return op.text(PREFIX + "response-key");
    }

    @Override
    public Operation.Pagination pagination(OperationFacts op, Warnings warnings) {
        Object declared = op.extensions().get(PREFIX + "pagination");
        if (declared == null) {
            return null;
        }
        if (!(declared instanceof Map<?, ?> config) || !(config.get("cursor") instanceof String cursor)) {
            warnings.warn(PREFIX + "pagination", "needs {cursor: <input name>}; the list is not paginated");
            return null;
        }
        if (!op.inputNames().contains(cursor)) {
            warnings.warn(PREFIX + "pagination", "names the cursor " + cursor + ", which is no input of the operation");
            return null;
        }
        Object next = config.get("nextCursor");
        return new Operation.Pagination(cursor, next instanceof String pointer ? pointer : null);
    }

    @Override
    public boolean idempotent(OperationFacts op) {
        return Boolean.TRUE.equals(op.extensions().get(PREFIX + "idempotent"));
    }

    @Override
    public boolean longRunning(OperationFacts op, String responseKey) {
        return Boolean.TRUE.equals(op.extensions().get(PREFIX + "long-running"));
    }

    @Override
    public String preferredMethod(String oneMethod, String otherMethod) {
        return null;
    }

    @Override
    public String runtimePolicies() {
        return null;
    }

    /**
     * One builder method per combination of schemes the spec requires, named after its first
     * scheme, sending each credential as its scheme says. A lone bearer or OAuth2 scheme also
     * takes a token supplier, asked on every request; an OAuth2 scheme with a client-credentials
     * flow also gets a method that runs the flow ({@code <scheme>ClientCredentials}).
     */
    @Override
    public List<Credential> credentials(List<AuthScheme> schemes, List<List<String>> modes, Set<String> paths) {
        Map<String, AuthScheme> byId = new LinkedHashMap<>();
        schemes.forEach(s -> byId.put(s.id(), s));
        List<Credential> credentials = new ArrayList<>();
        for (List<String> mode : modes) {
            List<Credential.Input> inputs = new ArrayList<>();
            List<Credential.Header> headers = new ArrayList<>();
            for (String id : mode) {
                AuthScheme scheme = byId.get(id);
                int input = inputs.size();
                switch (scheme.kind()) {
                    case BASIC -> {
                        inputs.add(new Credential.Input(unique(inputs, "username", id), "the user name", ""));
                        inputs.add(new Credential.Input(unique(inputs, "password", id), "the password", ""));
                        headers.add(new Credential.Header("Authorization", Credential.Header.Kind.BASIC, input));
                    }
                    case BEARER, OAUTH2 -> {
                        String name = scheme.kind() == AuthScheme.Kind.OAUTH2
                                        && scheme.parameterName().equals(id)
                                ? "access_token"
                                : scheme.parameterName();
                        inputs.add(new Credential.Input(unique(inputs, name, id), scheme.description(), ""));
                        headers.add(Credential.Header.bearer(input));
                    }
                    case API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE -> {
                        inputs.add(new Credential.Input(
                                unique(inputs, scheme.parameterName(), id), scheme.description(), ""));
                        Credential.Header.Kind where = scheme.kind() == AuthScheme.Kind.API_KEY_QUERY
                                ? Credential.Header.Kind.QUERY
                                : scheme.kind() == AuthScheme.Kind.API_KEY_COOKIE
                                        ? Credential.Header.Kind.COOKIE
                                        : Credential.Header.Kind.HEADER;
                        headers.add(new Credential.Header(scheme.headerName(), where, input));
                    }
                }
                scheme.alsoHeaders().forEach(h -> headers.add(new Credential.Header(h, false, input)));
            }
            AuthScheme first = byId.get(mode.get(0));
            credentials.add(
                    new Credential(mode.get(0), inputs, headers, null, List.of(), false, first.description(), mode));
            if (mode.size() == 1 && headers.size() == 1 && headers.get(0).bearer()) {
                credentials.add(
                        new Credential(mode.get(0), inputs, headers, null, List.of(), true, first.description(), mode));
            }
            if (mode.size() == 1 && first.tokenUrl() != null) {
                boolean saysSo = Identifiers.camel(mode.get(0)).endsWith("ClientCredentials");
                credentials.add(new Credential(
                        mode.get(0) + (saysSo ? "_flow" : "_client_credentials"),
                        List.of(
                                new Credential.Input("client_id", "the OAuth2 client's id", ""),
                                new Credential.Input("client_secret", "the OAuth2 client's secret", "")),
                        List.of(Credential.Header.bearer(0)),
                        "dev.typewright.runtime.Auth.clientCredentials",
                        List.of(first.tokenUrl(), String.join(" ", first.scopes())),
                        false,
                        "OAuth2's client-credentials flow: tokens are fetched from " + first.tokenUrl()
                                + " when the client is built and again before they expire.",
                        mode));
            }
        }
        return credentials;
    }

    /** An input's name, told apart by its scheme where another input of the method has it. */
    private static String unique(List<Credential.Input> inputs, String name, String scheme) {
        return inputs.stream().anyMatch(in -> in.name().equals(name)) ? scheme + "_" + name : name;
    }

    @Override
    public boolean credentialsRequired(boolean everyOperationNeedsThem) {
        return everyOperationNeedsThem;
    }

    @Override
    public ClientConventions conventions(List<Credential> credentials, Set<String> schemas) {
        return ClientConventions.NONE;
    }
}
