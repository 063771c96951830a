package dev.typewright.generator.model;

/** Whether something is deprecated, and what the spec says to use instead. */
public record Deprecation(boolean deprecated, String note) {
    public static final Deprecation NONE = new Deprecation(false, null);
}
