package dev.typewright.generator.model;

/** A use of a type: in a field, a parameter or a result. */
public sealed interface TypeRef {

    enum Scalar {
        STRING,
        INTEGER,
        LONG,
        DOUBLE,
        BOOLEAN,
        DATE_TIME,
        DATE,
        /** Any JSON value at all. */
        ANY,
        /** A file or bytes sent as they are: a multipart file part or a binary body. */
        BINARY,
        /** Bytes received as they are: a binary response. */
        BYTES
    }

    record Primitive(Scalar scalar) implements TypeRef {}

    record ListOf(TypeRef items) implements TypeRef {}

    /** A JSON object used as a dictionary with string keys. */
    record MapOf(TypeRef values) implements TypeRef {}

    /** A reference to a type of the model's {@code types}. */
    record Named(String id) implements TypeRef {}

    /**
     * A class of the user's own that a type or schema is mapped to, by its qualified name; the
     * generator writes nothing for it, and Jackson reads and writes it.
     */
    record External(String className) implements TypeRef {}

    static TypeRef of(Scalar scalar) {
        return new Primitive(scalar);
    }
}
