package dev.typewright.generator.model;

import java.util.List;

/** One alternative of the spec's security requirements: credentials that are sent together. */
public record AuthMode(List<String> schemeIds) {
    public AuthMode {
        schemeIds = List.copyOf(schemeIds);
    }
}
