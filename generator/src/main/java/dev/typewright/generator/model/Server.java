package dev.typewright.generator.model;

import java.util.List;

/**
 * A server the spec lists for the API.
 *
 * @param url the URL as written, with {@code {variable}} placeholders
 * @param description the spec's description, or null
 * @param variables the placeholders' variables, in the spec's order
 */
public record Server(String url, String description, List<Variable> variables) {
    public Server {
        variables = List.copyOf(variables);
    }

    /**
     * @param values the values the spec lists ({@code enum}); empty for any
     */
    public record Variable(String name, String defaultValue, List<String> values, String description) {
        public Variable {
            values = List.copyOf(values);
        }
    }

    /** The URL with each variable at its default. */
    public String defaultUrl() {
        String resolved = url;
        for (Variable v : variables) {
            if (v.defaultValue() != null) {
                resolved = resolved.replace("{" + v.name() + "}", v.defaultValue());
            }
        }
        return resolved;
    }
}
