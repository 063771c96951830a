package dev.typewright.generator.model;

import java.util.List;

/**
 * One callable endpoint.
 *
 * @param group the resource path the SDK files it under, such as {@code [acs, users]}
 * @param result what a call returns once the response key is unwrapped; null when nothing
 * @param responseKey the field of the response object that holds the result, if any
 * @param pagination how to ask for the next page, for a list the server hands out a page at a time; or null
 * @param longRunning whether the call starts a long-running operation that the client waits for
 * @param idempotent whether sending the call twice does no more than sending it once although its
 *     HTTP method does not say so: the endpoint is also offered under GET, HEAD, PUT or DELETE, or
 *     the profile says so (the standard one reads {@code x-typewright-idempotent: true})
 * @param unlisted why the operation is left out of the docs (undocumented or a draft, per
 *     {@code x-undocumented} and {@code x-draft}); null for a documented one. It stays callable.
 */
public record Operation(
        String httpMethod,
        String path,
        List<String> group,
        String methodName,
        String title,
        String description,
        List<Parameter> parameters,
        TypeRef result,
        String responseKey,
        Deprecation deprecation,
        List<Example> examples,
        String unlisted,
        Pagination pagination,
        boolean longRunning,
        boolean idempotent) {

    /**
     * Cursor pagination: the response holds the next page's cursor at {@code nextCursorPointer}
     * (a JSON pointer), and the same request with {@code cursorParameter} set fetches that page.
     */
    public record Pagination(String cursorParameter, String nextCursorPointer) {}

    public Operation {
        group = List.copyOf(group);
        parameters = List.copyOf(parameters);
        examples = List.copyOf(examples);
    }

    /** This operation with other inputs and result, all else the same. */
    public Operation with(List<Parameter> parameters, TypeRef result) {
        return new Operation(
                httpMethod,
                path,
                group,
                methodName,
                title,
                description,
                parameters,
                result,
                responseKey,
                deprecation,
                examples,
                unlisted,
                pagination,
                longRunning,
                idempotent);
    }

    /** This operation, marked as one that can be repeated without harm, or not. */
    public Operation withIdempotent(boolean idempotent) {
        return new Operation(
                httpMethod,
                path,
                group,
                methodName,
                title,
                description,
                parameters,
                result,
                responseKey,
                deprecation,
                examples,
                unlisted,
                pagination,
                longRunning,
                idempotent);
    }

    /** Whether the request object itself is the JSON body (its body fields are). */
    public boolean hasBody() {
        return parameters.stream().anyMatch(p -> p.location() == Parameter.Location.BODY);
    }
}
