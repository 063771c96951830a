package dev.typewright.generator.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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
 */
public record OperationFacts(
        String path,
        String method,
        String operationId,
        String summary,
        Map<String, Object> extensions,
        Set<String> inputNames,
        Predicate<String> responseHas,
        Set<String> apiPaths) {

    public OperationFacts {
        extensions = extensions == null ? Map.of() : extensions;
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
}
