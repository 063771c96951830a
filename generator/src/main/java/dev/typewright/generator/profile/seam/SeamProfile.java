package dev.typewright.generator.profile.seam;

import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.model.ClientConventions;
import dev.typewright.generator.model.Credential;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.profile.OperationFacts;
import dev.typewright.generator.profile.StandardProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seam's conventions, read from the extensions Seam's spec carries: operations grouped and named
 * by {@code x-fern-sdk-group-name} and {@code x-fern-sdk-method-name}, results under
 * {@code x-response-key}, cursor pages ({@code page_cursor} in, {@code pagination.next_page_cursor}
 * out), action attempts waited for through {@code /action_attempts/get}, and an endpoint offered
 * under several methods exposed once, as its POST, whose JSON body carries every input type
 * faithfully. Titles come from {@code x-title}; {@code x-undocumented} and {@code x-draft}
 * operations stay out of the docs; {@code x-deprecated} carries a deprecation note. The generated
 * client starts from {@code SeamPolicies}.
 *
 * <p>The builder authenticates the ways Seam's own SDKs do, each through {@code SeamCredentials},
 * which checks the token's shape: {@code apiKey}, {@code clientSessionToken},
 * {@code publishableKey} with a user identifier key, and {@code personalAccessToken} and
 * {@code consoleSessionToken}, each with or without a workspace id. Seam's other schemes (support,
 * bridge, certified-client and customer-session tokens) are for Seam's own tools, and its SDKs do
 * not offer them either. {@code fromEnv()} reads {@code SEAM_API_KEY},
 * {@code SEAM_PERSONAL_ACCESS_TOKEN}, {@code SEAM_WORKSPACE_ID} and {@code SEAM_ENDPOINT}; every
 * request names the SDK in {@code seam-sdk-name} and {@code seam-sdk-version}; and
 * {@code <Client>Webhook} verifies webhook deliveries and reads them as the {@code event} union.
 * Where an input's description says "You must include `since` or `between`", the request needs
 * one of those sets.
 */
public final class SeamProfile extends StandardProfile {
    public static final String NAME = "seam";
    private static final String CURSOR = "page_cursor";
    private static final String NEXT_CURSOR = "/pagination/next_page_cursor";
    private static final String ACTION_ATTEMPT = "action_attempt";
    private static final String ACTION_ATTEMPTS_GET = "/action_attempts/get";
    private static final String CREDENTIALS = "dev.typewright.runtime.seam.SeamCredentials.";
    private static final String GET_OR_CREATE = "/client_sessions/get_or_create";

    /** Seam's ways to authenticate, in the order the builder lists them. */
    private enum Way {
        API_KEY("api_key", "apiKey", "A workspace's API key.", "seam_", "the API key, which starts seam_", "api_key"),
        CLIENT_SESSION_TOKEN(
                "client_session_token",
                "clientSessionToken",
                "A client session token, which reaches only the devices and sessions of one of your users.",
                "seam_cst",
                "the client session token, which starts seam_cst",
                "client_session",
                "client_session_token"),
        PUBLISHABLE_KEY(
                "publishable_key",
                "publishableKey",
                "A publishable key and the key that identifies one of your users: build() gets or creates"
                        + " that user's client session with one call, then sends its token.",
                "seam_pk",
                "the publishable key, which starts seam_pk",
                "publishable_key"),
        PAT_WITH_WORKSPACE(
                "personal_access_token",
                "personalAccessToken",
                "A personal access token acting in one workspace.",
                "seam_at",
                "the personal access token, which starts seam_at",
                "pat_with_workspace"),
        PAT_WITHOUT_WORKSPACE(
                "personal_access_token",
                "personalAccessToken",
                "A personal access token without a workspace: it reaches only the calls that create and list"
                        + " workspaces.",
                "seam_at",
                "the personal access token, which starts seam_at",
                "pat_without_workspace",
                "personal_access_token"),
        CONSOLE_WITH_WORKSPACE(
                "console_session_token",
                "consoleSessionToken",
                "A console session token (a JWT) acting in one workspace.",
                "ey",
                "the console session token, a JWT",
                "console_session_with_workspace"),
        CONSOLE_WITHOUT_WORKSPACE(
                "console_session_token",
                "consoleSessionToken",
                "A console session token (a JWT) without a workspace: it reaches only the calls that create"
                        + " and list workspaces.",
                "ey",
                "the console session token, a JWT",
                "console_session_without_workspace");

        final String name;
        final String factory;
        final String description;
        final String prefix;
        final String inputDoc;
        final List<String> schemeIds;

        Way(String name, String factory, String description, String prefix, String inputDoc, String... schemeIds) {
            this.name = name;
            this.factory = factory;
            this.description = description;
            this.prefix = prefix;
            this.inputDoc = inputDoc;
            this.schemeIds = List.of(schemeIds);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> group(OperationFacts op) {
        List<String> group = op.words("x-fern-sdk-group-name");
        return group != null ? group : super.group(op);
    }

    @Override
    public String methodName(OperationFacts op) {
        String name = op.text("x-fern-sdk-method-name");
        return name != null ? name : super.methodName(op);
    }

    @Override
    public String title(OperationFacts op) {
        String title = op.text("x-title");
        return title != null ? title : super.title(op);
    }

    @Override
    public String unlisted(OperationFacts op) {
        List<String> notes = new ArrayList<>();
        String undocumented = note(op.extensions().get("x-undocumented"), "");
        if (undocumented != null) {
            notes.add(
                    ("Undocumented: not in the API reference, and may change without notice. " + undocumented).strip());
        }
        String draft = note(op.extensions().get("x-draft"), "");
        if (draft != null) {
            notes.add(("Draft: may change or go away. " + draft).strip());
        }
        return notes.isEmpty() ? super.unlisted(op) : String.join(" ", notes);
    }

    @Override
    public String deprecationNote(Map<String, Object> extensions) {
        String note = extensions == null ? null : note(extensions.get("x-deprecated"), "");
        return note != null ? note : super.deprecationNote(extensions);
    }

    @Override
    public String responseKey(OperationFacts op) {
        String key = op.text("x-response-key");
        return key != null ? key : super.responseKey(op);
    }

    @Override
    public Operation.Pagination pagination(OperationFacts op, Warnings warnings) {
        if (op.responseHas().test(NEXT_CURSOR) && op.inputNames().contains(CURSOR)) {
            return new Operation.Pagination(CURSOR, NEXT_CURSOR);
        }
        return super.pagination(op, warnings);
    }

    /**
     * Seam describes some date-times only in words: "Date and time at which ... in [ISO 8601](...)
     * format", or "Timestamp ..." for {@code since}.
     */
    @Override
    public String impliedFormat(String propertyName, String description) {
        if (description == null) {
            return null;
        }
        boolean words = description.startsWith("Date and time") && description.contains("ISO 8601")
                || description.startsWith("Timestamp")
                        && (propertyName.equals("since") || propertyName.equals("until"));
        return words ? "date-time" : null;
    }

    /** "You must specify either `access_code_id` or both `device_id` and `code`." */
    private static final Pattern MUST = Pattern.compile("You must (?:include|specify|provide) ([^.]*)");

    private static final Pattern INPUT_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    @Override
    public List<List<String>> inputChoices(OperationFacts op, Map<String, String> descriptions) {
        for (String description : descriptions.values()) {
            Matcher must = MUST.matcher(description == null ? "" : description);
            if (!must.find()) {
                continue;
            }
            List<List<String>> choices = new ArrayList<>();
            for (String side : must.group(1).split(" or ")) {
                List<String> names = new ArrayList<>();
                Matcher name = INPUT_NAME.matcher(side.replace("`", " "));
                while (name.find()) {
                    if (descriptions.containsKey(name.group()) && !names.contains(name.group())) {
                        names.add(name.group());
                    }
                }
                if (names.isEmpty()) {
                    choices = List.of();
                    break;
                }
                choices.add(names);
            }
            if (choices.size() > 1) {
                return choices;
            }
        }
        return List.of();
    }

    @Override
    public boolean longRunning(OperationFacts op, String responseKey) {
        boolean startsAttempt =
                ACTION_ATTEMPT.equals(responseKey) || op.extensions().containsKey("x-action-attempt-type");
        return (startsAttempt && responseKey != null && op.apiPaths().contains(ACTION_ATTEMPTS_GET))
                || super.longRunning(op, responseKey);
    }

    @Override
    public String preferredMethod(String oneMethod, String otherMethod) {
        return oneMethod.equals("POST") || !otherMethod.equals("POST") ? oneMethod : otherMethod;
    }

    @Override
    public String runtimePolicies() {
        return "dev.typewright.runtime.seam.SeamPolicies.policies";
    }

    /**
     * Seam's ways to authenticate that the spec's security requirements name. A workspace given
     * with a personal access token is the {@code seam-workspace} scheme in the seed spec and part of
     * {@code pat_with_workspace} in Seam's whole spec; both become {@code (token, workspaceId)}.
     */
    @Override
    public List<Credential> credentials(List<AuthScheme> schemes, List<List<String>> modes, Set<String> paths) {
        List<Credential> credentials = new ArrayList<>();
        for (Way way : Way.values()) {
            boolean named = modes.stream().anyMatch(mode -> matches(way, mode));
            if (!named || (way == Way.PUBLISHABLE_KEY && !paths.contains(GET_OR_CREATE))) {
                continue;
            }
            credentials.add(credential(way));
        }
        return credentials;
    }

    private static boolean matches(Way way, List<String> mode) {
        if (mode.size() == 2 && mode.contains("seam_workspace")) {
            return way == Way.PAT_WITH_WORKSPACE && mode.contains("personal_access_token");
        }
        return mode.size() == 1 && way.schemeIds.contains(mode.get(0));
    }

    private static Credential credential(Way way) {
        List<Credential.Input> inputs = new ArrayList<>();
        List<Credential.Header> headers = new ArrayList<>();
        switch (way) {
            case PUBLISHABLE_KEY -> {
                inputs.add(new Credential.Input("publishable_key", way.inputDoc, way.prefix));
                inputs.add(new Credential.Input(
                        "user_identifier_key", "the key that identifies the user, known only to you and them", ""));
                headers.add(new Credential.Header("seam-publishable-key", false, 0));
            }
            case CLIENT_SESSION_TOKEN -> {
                inputs.add(new Credential.Input(way.name, way.inputDoc, way.prefix));
                headers.add(Credential.Header.bearer(0));
                headers.add(new Credential.Header("client-session-token", false, 0));
            }
            case PAT_WITH_WORKSPACE, CONSOLE_WITH_WORKSPACE -> {
                inputs.add(new Credential.Input(way.name, way.inputDoc, way.prefix));
                inputs.add(new Credential.Input("workspace_id", "the workspace the token acts in", ""));
                headers.add(Credential.Header.bearer(0));
                headers.add(new Credential.Header("seam-workspace", false, 1));
            }
            default -> {
                inputs.add(new Credential.Input(way.name, way.inputDoc, way.prefix));
                headers.add(Credential.Header.bearer(0));
            }
        }
        return new Credential(way.name, inputs, headers, CREDENTIALS + way.factory, way.description);
    }

    /**
     * Always, as in Seam's SDKs: the few paths without security requirements are Seam's own
     * callbacks (OAuth redirects, providers' webhooks), not calls an SDK user makes.
     */
    @Override
    public boolean credentialsRequired(boolean everyOperationNeedsThem) {
        return true;
    }

    @Override
    public ClientConventions conventions(List<Credential> credentials, Set<String> schemas) {
        boolean environment = credentials.stream().anyMatch(c -> c.name().equals(Way.API_KEY.name))
                && credentials.stream().anyMatch(c -> c.name().equals(Way.PAT_WITH_WORKSPACE.name));
        return new ClientConventions(
                environment ? CREDENTIALS + "fromEnv" : null,
                "{@code SEAM_API_KEY}, or {@code SEAM_PERSONAL_ACCESS_TOKEN} with {@code SEAM_WORKSPACE_ID} (without"
                        + " it, the client reaches only the calls that create and list workspaces), and"
                        + " {@code SEAM_ENDPOINT} for the endpoint",
                new ClientConventions.SdkHeaders("seam-sdk-name", "typewright/java", "seam-sdk-version"),
                schemas.contains("event") ? "event" : null);
    }
}
