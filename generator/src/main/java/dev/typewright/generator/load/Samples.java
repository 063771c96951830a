package dev.typewright.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Values made up from schemas, for a call the spec shows no example of: its docs page still gets
 * a working example, and the verifier then checks every such call of a spec end to end. The values
 * follow the schema (its own example, const, enum, default, format, bounds and pattern) so that
 * they validate against it, and depend only on the schema, so the pages stay byte-identical from
 * one run to the next.
 */
final class Samples {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 12;
    /** Values tried, in order, for a string with a pattern the plain sample does not match. */
    private static final List<String> PATTERN_CANDIDATES =
            List.of("1234", "abc", "ABC", "a1", "A1", "abc-123", "abc_123", "1", "a", "+15555550100", "US", "en");

    /** Whether a sample is for a request (read-only fields left out) or a response (write-only ones). */
    enum Direction {
        REQUEST,
        RESPONSE
    }

    private final Schemas schemas;
    private final Direction direction;
    private final Deque<String> refs = new ArrayDeque<>();

    Samples(Schemas schemas, Direction direction) {
        this.schemas = schemas;
        this.direction = direction;
    }

    /** A value of the schema, or null when none can be made (a required field out of reach, say). */
    JsonNode of(Schema<?> schema, String name) {
        try {
            return sample(schema, name, 0);
        } catch (SpecException unresolved) {
            return null;
        }
    }

    private JsonNode sample(Schema<?> schema, String name, int depth) throws SpecException {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        String ref = schema.get$ref();
        if (ref != null) {
            String target = schemas.refName(ref, "");
            if (refs.contains(target)) {
                return null;
            }
            refs.push(target);
            try {
                return sample(schemas.resolve(schema, ""), name, depth + 1);
            } finally {
                refs.pop();
            }
        }
        JsonNode given = given(schema);
        if (given != null) {
            return given;
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            return variant(schema, name, depth);
        }
        String type = Schemas.type(schema);
        if (type == null && schemas.isObject(schema)) {
            type = "object";
        }
        if (type == null) {
            return schema.getAllOf() != null ? object(schema, depth) : JSON.textNode(words(name));
        }
        return switch (type) {
            case "string" -> string(schema, name);
            case "integer" -> number(schema, true);
            case "number" -> number(schema, false);
            case "boolean" -> JSON.booleanNode(true);
            case "array" -> array(schema, name, depth);
            case "object" -> object(schema, depth);
            default -> null;
        };
    }

    /**
     * What the schema says its values look like: an example, a const, an enum value or a default,
     * a whole number written as one ({@code 500}, where the parser reads {@code 5E+2}).
     */
    private static JsonNode given(Schema<?> schema) {
        JsonNode given = declared(schema);
        if (given != null && given.isBigDecimal()) {
            BigDecimal value = given.decimalValue().stripTrailingZeros();
            return value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                    ? JSON.numberNode(value.longValueExact())
                    : JSON.numberNode(new BigDecimal(value.toPlainString()));
        }
        return given;
    }

    private static JsonNode declared(Schema<?> schema) {
        if (schema.getExample() != null) {
            return OperationReader.tree(schema.getExample());
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return OperationReader.tree(schema.getExamples().get(0));
        }
        if (schema.getConst() != null) {
            return OperationReader.tree(schema.getConst());
        }
        if (schema.getEnum() != null) {
            for (Object value : schema.getEnum()) {
                if (value != null) {
                    return OperationReader.tree(value);
                }
            }
        }
        return schema.getDefault() == null ? null : OperationReader.tree(schema.getDefault());
    }

    /**
     * The first variant that can be sampled, with its discriminator set to the value that names it.
     */
    @SuppressWarnings("rawtypes")
    private JsonNode variant(Schema<?> schema, String name, int depth) throws SpecException {
        List<Schema> variants = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        for (Schema<?> variant : variants) {
            JsonNode value = sample(variant, name, depth + 1);
            if (value == null) {
                continue;
            }
            if (value instanceof ObjectNode object
                    && schema.getDiscriminator() != null
                    && schema.getDiscriminator().getPropertyName() != null
                    && variant.get$ref() != null) {
                String property = schema.getDiscriminator().getPropertyName();
                Map<String, String> mapping = schema.getDiscriminator().getMapping();
                JsonNode current = object.get(property);
                if (current == null
                        || !current.isTextual()
                        || (mapping != null && !mapping.containsKey(current.asText()))) {
                    object.put(property, tag(mapping, variant.get$ref()));
                }
            }
            return value;
        }
        return null;
    }

    /** The discriminator value naming a variant: its mapping's key, else the schema's name. */
    private static String tag(Map<String, String> mapping, String ref) {
        if (mapping != null) {
            for (Map.Entry<String, String> e : mapping.entrySet()) {
                if (e.getValue().equals(ref) || ref.endsWith("/" + e.getValue())) {
                    return e.getKey();
                }
            }
        }
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private JsonNode string(Schema<?> schema, String name) {
        // A request's input the client types as a date-time must be sent as one.
        String format = direction == Direction.REQUEST ? schemas.format(schema, name) : schema.getFormat();
        format = format == null ? "" : format;
        String value = switch (format) {
            case "uuid" ->
                UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
            case "date-time" -> "2025-06-15T16:54:17.946Z";
            case "date" -> "2025-06-15";
            case "time" -> "16:54:17Z";
            case "email" -> "jane@example.com";
            case "uri", "url", "uri-reference", "iri" -> "https://example.com/" + slug(name);
            case "hostname" -> "example.com";
            case "ipv4" -> "192.0.2.1";
            case "ipv6" -> "2001:db8::1";
            case "byte" -> "c2FtcGxl";
            case "binary" -> null;
            default -> words(name);
        };
        if (value == null) {
            return null;
        }
        value = fitLength(value, schema);
        if (schema.getPattern() != null && !matches(schema.getPattern(), value)) {
            value = PATTERN_CANDIDATES.stream()
                    .map(candidate -> fitLength(candidate, schema))
                    .filter(candidate -> matches(schema.getPattern(), candidate))
                    .findFirst()
                    .orElse(null);
        }
        return value == null ? null : JSON.textNode(value);
    }

    private static String fitLength(String value, Schema<?> schema) {
        String fitted = value;
        if (schema.getMaxLength() != null && fitted.length() > schema.getMaxLength()) {
            fitted = fitted.substring(0, schema.getMaxLength());
        }
        if (schema.getMinLength() != null) {
            StringBuilder padded = new StringBuilder(fitted);
            while (padded.length() < schema.getMinLength()) {
                padded.append('x');
            }
            fitted = padded.toString();
        }
        return fitted;
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException notJava) {
            return false;
        }
    }

    private static JsonNode number(Schema<?> schema, boolean integer) {
        BigDecimal value = BigDecimal.ONE;
        if (schema.getMinimum() != null && schema.getMinimum().compareTo(value) > 0) {
            value = schema.getMinimum();
            if (Boolean.TRUE.equals(schema.getExclusiveMinimum())) {
                value = value.add(BigDecimal.ONE);
            }
        }
        if (schema.getExclusiveMinimumValue() != null
                && schema.getExclusiveMinimumValue().compareTo(value) >= 0) {
            value = schema.getExclusiveMinimumValue().add(BigDecimal.ONE);
        }
        if (schema.getMaximum() != null && schema.getMaximum().compareTo(value) < 0) {
            value = schema.getMaximum();
        }
        if (integer) {
            value = value.setScale(0, java.math.RoundingMode.CEILING);
        }
        return value.scale() <= 0 ? JSON.numberNode(value.longValueExact()) : JSON.numberNode(value);
    }

    private JsonNode array(Schema<?> schema, String name, int depth) throws SpecException {
        ArrayNode array = JSON.arrayNode();
        JsonNode item = sample(schema.getItems(), singular(name), depth + 1);
        int count = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
        if (item == null) {
            return schema.getMinItems() == null || schema.getMinItems() == 0 ? array : null;
        }
        for (int i = 0; i < count; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    /**
     * Every property the direction sends (a property that cannot be sampled is left out unless it
     * is required, which gives up on the object); a dictionary gets one entry.
     */
    private JsonNode object(Schema<?> schema, int depth) throws SpecException {
        ObjectNode object = JSON.objectNode();
        Set<String> required = schemas.required(schema);
        Set<String> otherAlternatives = otherAlternatives(schema);
        for (Map.Entry<String, Schema<?>> property :
                schemas.properties(schema, "").entrySet()) {
            Schema<?> declared = property.getValue();
            boolean needed = required.contains(property.getKey());
            if (!needed && (left(declared) || otherAlternatives.contains(property.getKey()))) {
                continue;
            }
            JsonNode value = sample(declared, property.getKey(), depth + 1);
            if (value == null && needed) {
                return null;
            }
            if (value != null) {
                object.set(property.getKey(), value);
            }
        }
        if (object.isEmpty() && schema.getAdditionalProperties() instanceof Schema<?> values) {
            JsonNode value = sample(values, "value", depth + 1);
            if (value != null) {
                object.set("key", value);
            }
        }
        return object;
    }

    /**
     * The properties of an allOf member's oneOf ("either this input or that one") that the
     * sample leaves out: it takes the alternative with the fewest properties, since an empty one
     * (Seam writes "or none of these") is valid only when no other alternative's are sent.
     */
    @SuppressWarnings("rawtypes")
    private Set<String> otherAlternatives(Schema<?> schema) throws SpecException {
        Set<String> others = new java.util.HashSet<>();
        if (schema.getAllOf() == null) {
            return others;
        }
        for (Schema<?> member : schema.getAllOf()) {
            List<Schema> alternatives = schemas.resolve(member, "").getOneOf();
            if (alternatives == null || alternatives.size() < 2) {
                continue;
            }
            List<Set<String>> names = new java.util.ArrayList<>();
            for (Schema<?> alternative : alternatives) {
                names.add(
                        schemas.properties(schemas.resolve(alternative, ""), "").keySet());
            }
            Set<String> chosen = names.stream()
                    .min(java.util.Comparator.comparingInt(Set::size))
                    .orElseThrow();
            names.forEach(others::addAll);
            others.removeAll(chosen);
        }
        if (schema.getProperties() != null) {
            others.removeAll(schema.getProperties().keySet());
        }
        return others;
    }

    /** Whether an optional property stays out of this direction's samples. */
    private boolean left(Schema<?> declared) throws SpecException {
        Schema<?> schema = declared.get$ref() == null ? declared : schemas.resolve(declared, "");
        return switch (direction) {
            case REQUEST ->
                Boolean.TRUE.equals(declared.getReadOnly())
                        || Boolean.TRUE.equals(schema.getReadOnly())
                        || Boolean.TRUE.equals(declared.getDeprecated());
            case RESPONSE -> Boolean.TRUE.equals(declared.getWriteOnly()) || Boolean.TRUE.equals(schema.getWriteOnly());
        };
    }

    /** A readable text for a field: {@code user_identifier_key} gives "user identifier key". */
    private static String words(String name) {
        return name == null || name.isBlank()
                ? "text"
                : name.replace('_', ' ').replace('-', ' ').strip();
    }

    private static String slug(String name) {
        return name == null ? "" : name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
    }

    private static String singular(String name) {
        return name != null && name.endsWith("s") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
    }
}
