package dev.typewright.generator.model;

/**
 * One input of an operation, wherever it travels.
 *
 * @param style how its value is written where the spec says more than its location's default; null
 *     for the default
 * @param defaultValue the value the server assumes when the input is left out, as JSON; or null
 */
public record Parameter(
        String name,
        Location location,
        TypeRef type,
        boolean required,
        boolean nullable,
        String description,
        Deprecation deprecation,
        Style style,
        String defaultValue) {

    /** An input written as its location writes values by default. */
    public Parameter(
            String name,
            Location location,
            TypeRef type,
            boolean required,
            boolean nullable,
            String description,
            Deprecation deprecation) {
        this(name, location, type, required, nullable, description, deprecation, null, null);
    }

    public Parameter withType(TypeRef type) {
        return new Parameter(name, location, type, required, nullable, description, deprecation, style, defaultValue);
    }

    public enum Location {
        PATH,
        QUERY,
        HEADER,
        COOKIE,
        /** A field of the request body: a JSON object's property, a form field or a multipart part. */
        BODY,
        /** The whole request body, for a body that is not an object with known properties. */
        BODY_VALUE
    }

    /**
     * OpenAPI's serialization of a value.
     *
     * @param style {@code form}, {@code simple}, {@code spaceDelimited}, {@code pipeDelimited} or
     *     {@code deepObject}
     * @param explode whether arrays and objects are spread over several pairs
     * @param contentType a multipart part's content type from the body's {@code encoding}; null for
     *     the default
     * @param allowReserved whether a query or path value keeps RFC 3986's reserved characters unencoded
     */
    public record Style(String style, boolean explode, String contentType, boolean allowReserved) {
        public Style(String style, boolean explode, String contentType) {
            this(style, explode, contentType, false);
        }

        /**
         * Not a style of OpenAPI's: a parameter given by {@code content} rather than {@code schema},
         * whose value is sent as its JSON text.
         */
        public static final String JSON = "json";
    }
}
