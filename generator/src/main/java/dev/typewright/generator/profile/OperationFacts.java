package dev.typewright.generator.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a profile may read of one operation while the loader builds the model, without seeing
 * the parser's classes.
 *
 * @param method the HTTP method, upper case
 * @param operationId the spec's operationId, or null
 * @param summary the spec's summary of the operation, or null
 * @param extensions the operation's vendor extensions ({@code x-...}), never null
 * @param inputNames the wire names of the operation's inputs (path, query, header and body fields)
 * @param responseHas whether the success response's schema has a property at a JSON pointer,
 *     such as {@code /paging/next}, following {@code $ref}s and {@code allOf}
 * @param apiPaths every path of the API, to tell whether an operation a convention relies on exists
 * @param tags the operation's tags, in the spec's order; empty for none
 */
public record OperationFacts(
        String path,
        String method,
        String operationId,
        String summary,
        Map<String, Object> extensions,
        Set<String> inputNames,
        Predicate<String> responseHas,
        Set<String> apiPaths,
        List<String> tags) {
    /** A path segment that says which version or part of a server an API is, not which resource. */
    private static final Pattern PREFIX = Pattern.compile("(?i)v\\d+(\\.\\d+)*([a-z]+\\d*)?|api|rest");

    public OperationFacts {
        extensions = extensions == null ? Map.of() : extensions;
        tags = tags == null
                ? List.of()
                : tags.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    /** The extension's value when it is text that is not blank, else null. */
    public String text(String extension) {
        return extensions.get(extension) instanceof String s && !s.isBlank() ? s : null;
    }

    /** The extension as a list of words: a list, or a text split at dots; null when absent. */
    public List<String> words(String extension) {
        Object value = extensions.get(extension);
        if (value instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof String s && !s.isBlank()) {
            return List.of(s.split("\\."));
        }
        return null;
    }

    /** The first path segment that is not a parameter, or {@code root}. */
    public String firstSegment() {
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                return segment;
            }
        }
        return "root";
    }

    /**
     * The first path segment that names a resource: a version or {@code api} in front of it, as in
     * Stripe's {@code /v1/customers}, is passed over; {@code root} for none.
     */
    public String resourceSegment() {
        List<String> literal = java.util.Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty() && !segment.startsWith("{"))
                .toList();
        for (String segment : literal) {
            if (!PREFIX.matcher(segment).matches()) {
                return segment;
            }
        }
        return literal.isEmpty() ? "root" : literal.get(literal.size() - 1);
    }
}
