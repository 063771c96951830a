package dev.typewright.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import dev.typewright.generator.model.Operation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Whether a documented request or output agrees with the spec, judged by a JSON Schema validator
 * (networknt's, in the OpenAPI dialect of the spec's version) rather than by the generated client:
 * an example that disagrees is the documentation's problem, never the client's. The validator
 * reads the spec file itself, so {@code $ref}s into other files resolve as they do for the
 * generator. A request body is also held to the properties its schema names, which OpenAPI
 * leaves open by default: a documented parameter the spec no longer has is a documentation
 * problem too.
 */
final class SpecConformance {
    private static final ObjectMapper JSON = new ObjectMapper();
    // Whole specs run to megabytes; SnakeYAML's default limit is 3 MB.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().loaderOptions(loaderOptions()).build());
    /** What a forward-compatible client survives in any answer, so an output that does it is no documentation bug. */
    private static final List<String> TOLERATED_IN_OUTPUT =
            List.of("required", "enum", "additionalProperties", "unevaluatedProperties", "oneOf", "anyOf");

    private final JsonNode spec;
    private final String base;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new HashMap<>();
    private Schema document;
    private List<PathTemplate> paths;
    /** The spec's files as JSON text, each read once however many schemas point into it. */
    private final Map<String, String> files = new HashMap<>();

    /** @param spec the spec as parsed, for finding each operation's schemas */
    SpecConformance(Path file, JsonNode spec) {
        this.spec = spec.deepCopy();
        dropInlineDiscriminators(this.spec);
        this.base = file.toAbsolutePath().normalize().toUri().toString();
        boolean v31 = spec.path("openapi").asText().startsWith("3.1");
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ROOT)
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(
                v31 ? Dialects.getOpenApi31() : Dialects.getOpenApi30(),
                b -> b.schemaRegistryConfig(config).schemaCacheEnabled(true).schemas(this::read));
    }

    /** A spec file as a tree, JSON or YAML. */
    static JsonNode tree(Path file) throws java.io.IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.stripLeading().startsWith("{") ? JSON.readTree(text) : YAML.readTree(text);
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    /**
     * The spec's files for the validator, as JSON (a split spec's YAML files included), read here
     * so that only the spec's own files are ever read; null for anything else.
     */
    private String read(String iri) {
        if (!iri.startsWith("file:")) {
            return null;
        }
        return files.computeIfAbsent(iri, SpecConformance::readFile);
    }

    private static String readFile(String iri) {
        try {
            Path file = Path.of(java.net.URI.create(iri));
            JsonNode tree = tree(file);
            dropInlineDiscriminators(tree);
            return JSON.writeValueAsString(tree);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Removes each discriminator whose oneOf or anyOf has a variant written inline. OpenAPI
     * considers only referenced schemas for a discriminator, but the validator then finds no
     * variant for any value (Seam's {@code errors} are such unions): the variants' own constraints,
     * an enum of one value, still tell them apart.
     */
    private static void dropInlineDiscriminators(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.has("discriminator")) {
            JsonNode variants = object.has("oneOf") ? object.get("oneOf") : object.get("anyOf");
            boolean inline = false;
            if (variants != null) {
                for (JsonNode variant : variants) {
                    inline |= !variant.has("$ref");
                }
            }
            if (inline) {
                object.remove("discriminator");
            }
        }
        for (JsonNode child : node) {
            dropInlineDiscriminators(child);
        }
    }

    /**
     * Whether some path of the spec, its templates filled in, is this one: when it is not, a page
     * that calls it documents an endpoint the spec does not have.
     */
    boolean documentsPath(String path) {
        if (paths == null) {
            paths = new ArrayList<>();
            spec.path("paths").fieldNames().forEachRemaining(template -> paths.add(new PathTemplate(template)));
        }
        return paths.stream().anyMatch(template -> template.match(path) != null);
    }

    /** What is wrong with a documented request body, as {@code pointer: message (rule)} lines. */
    List<String> request(Operation op, JsonNode body) {
        String pointer = operationPointer(op) + "/requestBody/content/application~1json/schema";
        if (body == null || !exists(pointer)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>(validate(pointer, body, ""));
        problems.addAll(unknownProperties(resolve(pointer), body));
        return problems;
    }

    /**
     * What is wrong with a documented response body (the whole body, response key included). What
     * a client must survive from a real server anyway is no documentation problem: a required field
     * left out, an enum value or a field the spec does not list yet. Such an output is still run,
     * and the client must keep it exactly.
     */
    List<String> output(Operation op, JsonNode body) {
        String pointer = successSchema(op);
        if (body == null || pointer == null) {
            return List.of();
        }
        return validate(pointer, body, "", true);
    }

    /**
     * What is wrong with a Response sample, which shows the value under the response key (or the
     * whole body when the operation has none).
     */
    List<String> result(Operation op, JsonNode sample) {
        String pointer = successSchema(op);
        if (sample == null || pointer == null) {
            return List.of();
        }
        if (op.responseKey() == null) {
            return validate(pointer, sample, "", true);
        }
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        wrapped.set(op.responseKey(), sample);
        // The sample stands alone: only what is wrong inside it counts, not the envelope it lacks.
        String key = "/" + op.responseKey().replace("~", "~0").replace("/", "~1");
        return validate(pointer, wrapped, key, true);
    }

    /**
     * The validator's findings as {@code pointer: message (rule keyword)}.
     *
     * @param within report only what lies at or under this pointer of the instance, relative to it
     */
    private List<String> validate(String pointer, JsonNode instance, String within) {
        return validate(pointer, instance, within, false);
    }

    /**
     * @param output whether the instance is an answer, which a forward-compatible client reads even
     *     when it leaves out a required field, carries an enum value or field the spec does not list,
     *     or is a union variant the spec does not know (read as the union's unknown variant); what
     *     lies inside a union's alternatives is then the client's to check, since an alternative
     *     that does not match says nothing of the one that does
     */
    private List<String> validate(String pointer, JsonNode instance, String within, boolean output) {
        Schema schema = schemas.computeIfAbsent(pointer, this::schemaAt);
        List<String> problems = new ArrayList<>();
        for (Error e : schema.validate(instance)) {
            String at = e.getInstanceLocation().toString();
            if (!at.equals(within) && !at.startsWith(within + "/")) {
                continue;
            }
            String path = e.getEvaluationPath().toString();
            if (output
                    && (TOLERATED_IN_OUTPUT.contains(e.getKeyword())
                            || path.contains("/oneOf/")
                            || path.contains("/anyOf/"))) {
                continue;
            }
            String relative = at.substring(within.length());
            problems.add((relative.isEmpty() ? "(root)" : relative) + ": " + e.getMessage() + " (rule " + e.getKeyword()
                    + ")");
        }
        return problems;
    }

    /**
     * The schema at a pointer of the spec, as a part of the one document the registry read, so
     * that the spec is parsed once however many schemas the examples point at.
     */
    private Schema schemaAt(String pointer) {
        if (document == null) {
            document = registry.getSchema(SchemaLocation.of(base), spec);
        }
        NodePath path = new NodePath(PathType.JSON_POINTER);
        for (String token : pointer.substring(1).split("/", -1)) {
            path = path.append(token.replace("~1", "/").replace("~0", "~"));
        }
        return document.getSubSchema(path);
    }

    /** Top-level fields of a request body that the body's schema does not name. */
    private List<String> unknownProperties(JsonNode schema, JsonNode body) {
        if (schema == null || !body.isObject()) {
            return List.of();
        }
        List<String> known = new ArrayList<>();
        if (!collectProperties(schema, known, 0)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add("/" + name.replace("~", "~0").replace("/", "~1")
                        + ": the spec's request body has no such property (rule properties)");
            }
        }
        return problems;
    }

    /**
     * The property names a schema names, through {@code $ref} and {@code allOf}; false when it lets
     * other names in ({@code additionalProperties}, {@code patternProperties}, or a union whose
     * branches differ), so nothing can be called unknown.
     */
    private boolean collectProperties(JsonNode schema, List<String> names, int depth) {
        if (depth > 16) {
            return false;
        }
        if (schema.has("$ref")) {
            JsonNode target = resolveRef(schema.path("$ref").asText());
            return target != null && collectProperties(target, names, depth + 1);
        }
        if (schema.has("oneOf") || schema.has("anyOf") || schema.has("patternProperties")) {
            return false;
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && !(additional.isBoolean() && !additional.asBoolean())) {
            return false;
        }
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        for (JsonNode part : schema.path("allOf")) {
            if (!collectProperties(part, names, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private String operationPointer(Operation op) {
        return "/paths/" + op.path().replace("~", "~0").replace("/", "~1") + "/"
                + op.httpMethod().toLowerCase(Locale.ROOT);
    }

    /** The JSON schema of the first 2xx response, or null when the operation documents none. */
    private String successSchema(Operation op) {
        JsonNode responses = spec.at(operationPointer(op) + "/responses");
        for (Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
            String code = codes.next();
            String pointer = operationPointer(op) + "/responses/" + code;
            JsonNode response = resolve(pointer);
            if (code.startsWith("2")
                    && response != null
                    && response.at("/content/application~1json/schema").isObject()) {
                String ref = responses.path(code).path("$ref").asText("");
                String at = ref.startsWith("#") ? ref.substring(1) : pointer;
                return at + "/content/application~1json/schema";
            }
        }
        return null;
    }

    private boolean exists(String pointer) {
        return resolve(pointer) != null;
    }

    /** The node at a pointer of the spec, following a {@code $ref} where the node is one. */
    private JsonNode resolve(String pointer) {
        JsonNode node = spec.at(pointer);
        if (node.isMissingNode()) {
            return null;
        }
        return node.has("$ref") ? resolveRef(node.path("$ref").asText()) : node;
    }

    private JsonNode resolveRef(String ref) {
        if (!ref.startsWith("#")) {
            return null;
        }
        JsonNode target = spec.at(ref.substring(1));
        return target.isMissingNode() ? null : target;
    }
}
