package dev.typewright.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.naming.Naming;
import java.util.List;

/** The one place that decides which Java type stands for each type of the model. */
final class Types {
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
    static final ClassName JSON_IGNORE = ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnore");
    static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
    static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
    static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    static final String RUNTIME = "dev.typewright.runtime";
    static final ClassName VALUES = ClassName.get(RUNTIME, "Values");
    static final ClassName NULLABLE = ClassName.get(RUNTIME, "JsonNullable");
    static final ClassName API_REQUEST = ClassName.get(RUNTIME, "ApiRequest");
    static final ClassName CLIENT_CORE = ClassName.get(RUNTIME, "ClientCore");
    static final ClassName PAGING = ClassName.get(RUNTIME, "Pager", "Paging");
    static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
    static final ClassName AUTH = ClassName.get(RUNTIME, "Auth");
    static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");
    static final TypeName EXTRAS = ParameterizedTypeName.get(MAP, STRING, JSON_NODE);
    /** JSpecify's mark of a type that may be null, which IDEs, NullAway and Kotlin read. */
    static final AnnotationSpec MAY_BE_NULL = AnnotationSpec.builder(
                    ClassName.get("org.jspecify.annotations", "Nullable"))
            .build();

    private final Naming naming;

    Types(Naming naming) {
        this.naming = naming;
    }

    TypeName of(TypeRef ref) {
        if (ref instanceof TypeRef.Primitive p) {
            return scalar(p.scalar());
        }
        if (ref instanceof TypeRef.ListOf l) {
            return ParameterizedTypeName.get(LIST, of(l.items()));
        }
        if (ref instanceof TypeRef.MapOf m) {
            return ParameterizedTypeName.get(MAP, STRING, of(m.values()));
        }
        if (ref instanceof TypeRef.External e) {
            return ClassName.bestGuess(e.className());
        }
        return named(((TypeRef.Named) ref).id());
    }

    ClassName named(String typeId) {
        return model(naming.typePath(typeId));
    }

    /** A class of the model package, given as its simple names, outermost first. */
    ClassName model(List<String> path) {
        return ClassName.get(
                naming.modelPackage(), path.get(0), path.subList(1, path.size()).toArray(String[]::new));
    }

    private static TypeName scalar(TypeRef.Scalar scalar) {
        return switch (scalar) {
            case STRING -> STRING;
            case INTEGER -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case DOUBLE -> ClassName.get(Double.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case DATE_TIME -> ClassName.get("java.time", "OffsetDateTime");
            case DATE -> ClassName.get("java.time", "LocalDate");
            case ANY -> JSON_NODE;
            case BINARY -> ClassName.get(RUNTIME, "Upload");
            case BYTES -> com.palantir.javapoet.ArrayTypeName.of(com.palantir.javapoet.TypeName.BYTE);
        };
    }
}
