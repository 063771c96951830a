package dev.typewright.generator.model;

import java.util.List;

/**
 * One callable endpoint.
 *
 * @param group the resource path the SDK files it under, such as {@code [acs, users]}
 * @param result what a call returns once the response key is unwrapped; null when nothing
 * @param resultMediaType the media type of a result that is not JSON (text or bytes), sent as
 *     {@code Accept}; null for JSON
 * @param responseKey the field of the response object that holds the result, if any
 * @param pagination how to ask for the next page, for a list the server hands out a page at a time; or null
 * @param longRunning whether the call starts a long-running operation that the client waits for
 * @param idempotent whether sending the call twice does no more than sending it once although its
 *     HTTP method does not say so: the endpoint is also offered under GET, HEAD, PUT or DELETE, or
 *     the profile says so (the standard one reads {@code x-typewright-idempotent: true})
 * @param bodyMediaType the media type the request body is sent in, such as {@code application/json} or
 *     {@code multipart/form-data}; null for a call without a body
 * @param security the security requirements the call accepts, in the spec's order, each the
 *     schemes it sends together (an empty one: no credentials needed); null when the spec states
 *     none
 * @param unlisted why the operation is left out of the docs (undocumented or a draft, per
 *     {@code x-undocumented} and {@code x-draft}); null for a documented one. It stays callable.
 * @param inputChoices alternative sets of inputs (wire names) of which a call must give one
 *     whole set, such as {@code [[access_grant_id], [access_grant_key]]}; empty when there is no
 *     such choice
 * @param server the absolute URL of the server the operation or its path names for itself,
 *     variables at their defaults; null when it goes to the API's server
 * @param outcomes the success statuses, each with its own body type, of a call whose 2xx
 *     responses differ (a 201 with the thing, a 202 with a note); empty when one type is the
 *     result. {@code result} is then the first one's.
 */
public record Operation(
        String httpMethod,
        String path,
        List<String> group,
        String methodName,
        String title,
        String description,
        List<Parameter> parameters,
        String bodyMediaType,
        TypeRef result,
        String resultMediaType,
        String responseKey,
        Deprecation deprecation,
        List<Example> examples,
        String unlisted,
        Pagination pagination,
        boolean longRunning,
        boolean idempotent,
        List<List<String>> security,
        List<List<String>> inputChoices,
        String server,
        List<Outcome> outcomes) {

    /**
     * A success status, the type of its body (null for a status without one, such as 204), and
     * what the spec says of that response.
     */
    public record Outcome(int status, TypeRef type, String description) {
        public Outcome withType(TypeRef type) {
            return new Outcome(status, type, description);
        }
    }

    /**
     * Cursor pagination: the response holds the next page's cursor at {@code nextCursorPointer}
     * (a JSON pointer), and the same request with {@code cursorParameter} set fetches that page.
     */
    public record Pagination(String cursorParameter, String nextCursorPointer) {}

    public Operation {
        group = List.copyOf(group);
        parameters = List.copyOf(parameters);
        examples = List.copyOf(examples);
        security = security == null ? null : security.stream().map(List::copyOf).toList();
        inputChoices = inputChoices.stream().map(List::copyOf).toList();
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
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
                bodyMediaType,
                result,
                resultMediaType,
                responseKey,
                deprecation,
                examples,
                unlisted,
                pagination,
                longRunning,
                idempotent,
                security,
                inputChoices,
                server,
                outcomes);
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
                bodyMediaType,
                result,
                resultMediaType,
                responseKey,
                deprecation,
                examples,
                unlisted,
                pagination,
                longRunning,
                idempotent,
                security,
                inputChoices,
                server,
                outcomes);
    }

    /** This operation under another method name, all else the same. */
    public Operation withMethodName(String methodName) {
        return new Operation(
                httpMethod,
                path,
                group,
                methodName,
                title,
                description,
                parameters,
                bodyMediaType,
                result,
                resultMediaType,
                responseKey,
                deprecation,
                examples,
                unlisted,
                pagination,
                longRunning,
                idempotent,
                security,
                inputChoices,
                server,
                outcomes);
    }

    /** Whether a call may leave out every input: none is required and none of a choice is needed. */
    public boolean inputsOptional() {
        return parameters.stream().noneMatch(Parameter::required) && inputChoices.isEmpty();
    }

    /** Whether the request object itself is the JSON body (its body fields are). */
    public boolean hasBody() {
        return bodyKind() == BodyKind.JSON
                && parameters.stream().anyMatch(p -> p.location() == Parameter.Location.BODY);
    }

    /** How the request body is written; null for a call without one. */
    public BodyKind bodyKind() {
        return bodyMediaType == null ? null : BodyKind.of(bodyMediaType);
    }

    /** The ways a request body goes on the wire. */
    public enum BodyKind {
        /** {@code application/json} or another {@code +json} type. */
        JSON,
        /** {@code application/x-www-form-urlencoded}. */
        FORM,
        /** {@code multipart/form-data} and the other {@code multipart/} types. */
        MULTIPART,
        /** Text or bytes as they are: {@code text/plain}, {@code application/octet-stream}, an image. */
        RAW;

        public static BodyKind of(String mediaType) {
            String type = mediaType.toLowerCase(java.util.Locale.ROOT);
            if (type.contains("json")) {
                return JSON;
            }
            if (type.startsWith("application/x-www-form-urlencoded")) {
                return FORM;
            }
            return type.startsWith("multipart/") ? MULTIPART : RAW;
        }
    }

    /** This operation with other outcomes, all else the same. */
    public Operation withOutcomes(List<Outcome> outcomes) {
        return new Operation(
                httpMethod,
                path,
                group,
                methodName,
                title,
                description,
                parameters,
                bodyMediaType,
                result,
                resultMediaType,
                responseKey,
                deprecation,
                examples,
                unlisted,
                pagination,
                longRunning,
                idempotent,
                security,
                inputChoices,
                server,
                outcomes);
    }
}
