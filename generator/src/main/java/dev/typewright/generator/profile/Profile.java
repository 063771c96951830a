package dev.typewright.generator.profile;

import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.model.ClientConventions;
import dev.typewright.generator.model.Credential;
import dev.typewright.generator.model.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An API's conventions, as policies the generic loader and emitters ask for: how operations are
 * grouped and named, which field of a response holds the result, which lists are paginated and
 * how, which calls start a long-running operation, what to do with an endpoint offered under
 * several methods, and which run-time policies the generated client starts from. The standard
 * profile reads plain OpenAPI and Typewright's own {@code x-typewright-} extensions; an API's
 * profile adds its conventions on top.
 */
public interface Profile {
    /** The name users select it by ({@code --profile}, {@code <profile>}). */
    String name();

    /** The resource path the operation is filed under, such as {@code [acs, users]}. */
    List<String> group(OperationFacts op);

    /** The operation's method name before it becomes a Java identifier, such as {@code list_all}. */
    String methodName(OperationFacts op);

    /** The operation's title for docs and Javadoc, or null for none. */
    String title(OperationFacts op);

    /**
     * Why the operation stays out of the README and the docs pages while staying callable (it is
     * internal, or a draft), as a note for its Javadoc; null when it is documented.
     */
    String unlisted(OperationFacts op);

    /**
     * What the spec's extensions of an operation, parameter, property or schema say of its
     * deprecation beyond OpenAPI's {@code deprecated}: a note (empty for none) when they deprecate
     * it, null when they say nothing.
     */
    String deprecationNote(Map<String, Object> extensions);

    /** The field of the success response that holds the call's result, or null for the whole body. */
    String responseKey(OperationFacts op);

    /**
     * How to fetch the next page of the list this operation returns, or null when it is not
     * paginated.
     *
     * @param problems where a misconfigured convention is reported as a warning
     */
    Operation.Pagination pagination(OperationFacts op, Warnings problems);

    /**
     * Whether the call can be repeated without harm although its HTTP method does not say so (a
     * POST that only reads); the client then retries it as it retries a GET.
     */
    boolean idempotent(OperationFacts op);

    /** Whether the call starts a long-running operation the client waits for. */
    boolean longRunning(OperationFacts op, String responseKey);

    /**
     * Of two operations on the same path that get the same name (one endpoint offered under
     * several methods), the method the SDK exposes; null when such a clash is an error.
     */
    String preferredMethod(String oneMethod, String otherMethod);

    /**
     * The run-time policies a generated client starts from, as {@code package.Class.method} of a
     * static factory returning {@code dev.typewright.runtime.Policies}; null for the standard ones.
     */
    String runtimePolicies();

    /**
     * The ways the client's builder offers to authenticate.
     *
     * @param schemes the security schemes the loader could read
     * @param modes the combinations of scheme ids the spec's security requirements name, in the
     *     order they first appear
     * @param paths every path of the API
     */
    List<Credential> credentials(List<AuthScheme> schemes, List<List<String>> modes, Set<String> paths);

    /**
     * Whether {@code build()} refuses a client without credentials.
     *
     * @param everyOperationNeedsThem whether the spec's security requirements leave no operation
     *     callable without credentials
     */
    boolean credentialsRequired(boolean everyOperationNeedsThem);

    /**
     * What the profile adds to the client beyond the spec.
     *
     * @param credentials what {@link #credentials} returned
     * @param schemas the names of the spec's component schemas
     */
    ClientConventions conventions(List<Credential> credentials, Set<String> schemas);

    /** Collects warnings, each at a JSON pointer. */
    @FunctionalInterface
    interface Warnings {
        void warn(String pointer, String message);
    }

    /**
     * The format of a string property whose schema states none, as the API's conventions imply it
     * (a date-time described in words); null for none.
     */
    default String impliedFormat(String propertyName, String description) {
        return null;
    }

    /**
     * Sets of inputs of which a call must give one whole set, where the API says so other than
     * with a {@code oneOf} in the spec; each set holds wire names.
     *
     * @param descriptions each input's description by wire name
     */
    default List<List<String>> inputChoices(OperationFacts op, Map<String, String> descriptions) {
        return List.of();
    }
}
