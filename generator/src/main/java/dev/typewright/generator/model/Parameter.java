package dev.typewright.generator.model;

/** One input of an operation, wherever it travels. */
public record Parameter(
        String name,
        Location location,
        TypeRef type,
        boolean required,
        boolean nullable,
        String description,
        Deprecation deprecation) {

    public Parameter withType(TypeRef type) {
        return new Parameter(name, location, type, required, nullable, description, deprecation);
    }

    public enum Location {
        PATH,
        QUERY,
        HEADER,
        /** A property of the JSON request body. */
        BODY,
        /** The whole JSON request body, for a body that is not an object with known properties. */
        BODY_VALUE
    }
}
