package dev.typewright.generator.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewright.generator.model.Deprecation;
import dev.typewright.generator.profile.Profile;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions about the spec's schemas that every part of the loader asks: a schema's own and
 * inherited properties, what it requires, what a {@code $ref} names, whether it is an object.
 */
final class Schemas {
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final String file;
    private final Profile profile;
    private final Map<String, Schema<?>> components;
    /** Schemas a {@code $ref} names by a pointer other than a component's, under the names they were given. */
    private final Map<String, String> pointed = new HashMap<>();

    private final boolean openApi31;
    /** The document as JSON, read when a reference points somewhere the parser does not follow. */
    private JsonNode raw;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Schemas(OpenAPI api, String file, Profile profile) {
        this.profile = profile;
        this.file = file;
        this.openApi31 = api.getOpenapi() != null && api.getOpenapi().startsWith("3.1");
        Map<String, Schema> schemas =
                api.getComponents() == null || api.getComponents().getSchemas() == null
                        ? Map.of()
                        : api.getComponents().getSchemas();
        this.components = new LinkedHashMap<>((Map<String, Schema<?>>) (Map) schemas);
    }

    /**
     * What a local {@code $ref} to any JSON pointer of the document names (a response under
     * another path, a schema's {@code allOf} member), read as {@code type}; null where the pointer
     * names nothing.
     */
    <T> T pointed(String ref, Class<T> type) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        try {
            if (raw == null) {
                raw = io.swagger.v3.core.util.Yaml.mapper()
                        .readTree(java.nio.file.Path.of(file).toFile());
            }
            JsonNode node = raw.at(ref.substring(1).replace("%7B", "{").replace("%7D", "}"));
            if (node.isMissingNode()) {
                return null;
            }
            return type.cast(read(node, ref.substring(1), type));
        } catch (java.io.IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * Reads a part of the document the way Swagger Parser reads it in place, leniently: a plain
     * Jackson conversion refuses what the parser lets pass (an example of the wrong type, say).
     */
    private Object read(JsonNode node, String location, Class<?> type) {
        OpenAPIDeserializer parser = new OpenAPIDeserializer();
        OpenAPIDeserializer.ParseResult result = new OpenAPIDeserializer.ParseResult().openapi31(openApi31);
        if (node instanceof ObjectNode object) {
            if (type == Schema.class) {
                return parser.getSchema(object, location, result);
            }
            if (type == Parameter.class) {
                return parser.getParameter(object, location, result);
            }
            if (type == ApiResponse.class) {
                return parser.getResponse(object, location, result);
            }
            if (type == RequestBody.class) {
                return parser.getRequestBody(object, location, result);
            }
        }
        return (openApi31 ? io.swagger.v3.core.util.Json31.mapper() : io.swagger.v3.core.util.Json.mapper())
                .convertValue(node, type);
    }

    Map<String, Schema<?>> components() {
        return components;
    }

    /** A string enum's values; a one-value enum is a constant, which stays a plain string. */
    static List<String> enumValues(Schema<?> schema) {
        List<String> values = new ArrayList<>();
        if (schema.getEnum() != null) {
            for (Object v : schema.getEnum()) {
                if (v instanceof String text && !values.contains(text)) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    /** The schema's own properties and those of every allOf member, in declaration order. */
    Map<String, Schema<?>> properties(Schema<?> schema, String pointer) throws SpecException {
        Map<String, Schema<?>> props = new LinkedHashMap<>();
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                String mp = pointer + "/allOf/" + i;
                Schema<?> member = resolve(schema.getAllOf().get(i), mp);
                props.putAll(properties(member, mp));
                alternativeProperties(member, mp).forEach(props::putIfAbsent);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach(props::put);
        }
        return props;
    }

    /**
     * The properties of an allOf member's alternatives ("one of these input sets"): each is allowed,
     * none is required by all, so they join the object as optional properties.
     */
    @SuppressWarnings("rawtypes")
    Map<String, Schema<?>> alternativeProperties(Schema<?> member, String pointer) throws SpecException {
        Map<String, Schema<?>> props = new LinkedHashMap<>();
        List<Schema> alternatives = member.getOneOf() != null ? member.getOneOf() : member.getAnyOf();
        if (alternatives != null) {
            String at = pointer + (member.getOneOf() != null ? "/oneOf/" : "/anyOf/");
            for (int i = 0; i < alternatives.size(); i++) {
                properties(resolve(alternatives.get(i), at + i), at + i).forEach(props::putIfAbsent);
            }
        }
        return props;
    }

    Set<String> required(Schema<?> schema) throws SpecException {
        Set<String> required = new HashSet<>();
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
        if (schema.getAllOf() != null) {
            for (Schema<?> member : schema.getAllOf()) {
                required.addAll(required(resolve(member, "")));
            }
        }
        return required;
    }

    Schema<?> resolve(Schema<?> schema, String pointer) throws SpecException {
        Set<String> seen = new HashSet<>();
        Schema<?> current = schema;
        while (current.get$ref() != null) {
            String name = refName(current.get$ref(), pointer);
            if (!seen.add(name)) {
                throw new SpecException(file, pointer, "$ref cycle through " + name);
            }
            current = components.get(name);
        }
        return current;
    }

    /**
     * The name of the schema a {@code $ref} names: a component's, or, for a pointer into the
     * document elsewhere, a name made from the pointer, under which the schema joins the components.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    String refName(String ref, String pointer) throws SpecException {
        String name = ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : null;
        if (name != null && components.containsKey(name)) {
            return name;
        }
        String known = pointed.get(ref);
        if (known != null) {
            return known;
        }
        Schema<?> schema = pointed(ref, Schema.class);
        if (schema == null) {
            throw new SpecException(
                    file,
                    pointer + "/$ref",
                    name != null ? "$ref " + ref + " names no schema" : "cannot resolve $ref " + ref);
        }
        String made = String.join(
                "_",
                java.util.Arrays.stream(ref.substring(2).split("/"))
                        .map(Pointers::unescape)
                        .filter(t -> !t.equals("components") && !t.equals("schemas"))
                        .toList());
        String unique = made;
        for (int i = 2; components.containsKey(unique); i++) {
            unique = made + i;
        }
        components.put(unique, schema);
        pointed.put(ref, unique);
        return unique;
    }

    boolean isObject(Schema<?> schema) {
        String type = type(schema);
        return "object".equals(type) || (type == null && (schema.getProperties() != null || schema.getAllOf() != null));
    }

    /** The schema's type; OpenAPI 3.1 writes it as a set that may also hold "null". */
    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream()
                    .filter(t -> !"null".equals(t))
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }

    static boolean isNullable(Schema<?> schema) {
        return Boolean.TRUE.equals(schema.getNullable())
                || (schema.getTypes() != null && schema.getTypes().contains("null"));
    }

    /** The description; a one-value enum stays a string, so its value is written down. */
    private static final ObjectMapper DEFAULTS = new ObjectMapper();

    /** The schema's {@code default} as JSON text, or null when it has none or it cannot be written. */
    static String defaultValue(Schema<?> schema) {
        Object value = schema.getDefault();
        if (value == null) {
            return null;
        }
        try {
            return DEFAULTS.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String describe(Schema<?> schema) {
        String description = schema.getDescription();
        if (schema.getEnum() == null || schema.getEnum().size() != 1) {
            return description;
        }
        String value = "Always " + schema.getEnum().get(0) + ".";
        return description == null ? value : description + "\n\n" + value;
    }

    /**
     * The schema's {@code format}, or for a string without one, the format the profile reads from
     * its property's name and description (Seam describes some date-times only in words). Only
     * inputs take such a format: a response keeps the spec's plain string, which any server value
     * fits.
     */
    String format(Schema<?> schema, String propertyName) {
        if (schema.getFormat() != null || !"string".equals(type(schema)) || propertyName == null) {
            return schema.getFormat();
        }
        return profile.impliedFormat(propertyName, schema.getDescription());
    }

    /** OpenAPI's {@code deprecated}, with what the profile reads of the extensions. */
    Deprecation deprecation(Boolean deprecated, Map<String, Object> extensions) {
        String note = profile.deprecationNote(extensions);
        if (note != null) {
            return new Deprecation(true, note.isEmpty() ? null : note);
        }
        return Boolean.TRUE.equals(deprecated) ? new Deprecation(true, null) : Deprecation.NONE;
    }

    static Object extension(Map<String, Object> extensions, String name) {
        return extensions == null ? null : extensions.get(name);
    }
}
