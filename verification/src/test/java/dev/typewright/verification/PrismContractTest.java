package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewright.generator.load.SpecLoader;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.naming.Identifiers;
import dev.typewright.generator.naming.Naming;
import dev.typewright.generator.profile.seam.SeamProfile;
import dev.typewright.runtime.ApiException;
import dev.typewright.runtime.Json;
import dev.typewright.seam.Seam;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the whole Seam API, called once through the generated client against Prism
 * mocking the same document: the request must be one Prism finds nothing wrong with, and the
 * random, schema-valid response Prism makes up must parse.
 */
class PrismContractTest {
    static final Path SPEC = Path.of(System.getProperty("typewright.fullSpec", "../spec/seam.json"));
    static final String PACKAGE = "dev.typewright.seam";

    @Test
    void everyOperationSendsAValidRequestAndReadsTheMockedResponse() throws Exception {
        ApiModel model = SpecLoader.load(SPEC, new SeamProfile()).model();
        Naming naming = Naming.of(model, PACKAGE, "Seam");
        JsonNode spec = Json.parse(Files.readString(SPEC));
        List<String> failures = new ArrayList<>();
        Set<String> resultTypes = new TreeSet<>();
        int passed = 0;
        try (NodeServer prism = NodeServer.prism(SPEC, "typewright");
                ViolationProxy proxy = new ViolationProxy(prism.url())) {
            // Prism makes up action attempts in random states; polling them tests Prism, not the client.
            Seam client = Seam.builder()
                    .endpoint(proxy.url())
                    .apiKey("seam_test_key")
                    .build()
                    .withOptions(o -> o.waitForCompletion(false));
            for (Operation op : model.operations()) {
                JsonNode raw =
                        spec.path("paths").path(op.path()).path(op.httpMethod().toLowerCase(Locale.ROOT));
                Seam seam = credentialHeaders(raw, spec).isEmpty()
                        ? client
                        : client.withOptions(o -> credentialHeaders(raw, spec).forEach(o::header));
                proxy.reset();
                String what = op.httpMethod() + " " + op.path();
                try {
                    Object result = call(
                            seam,
                            op,
                            naming,
                            spec,
                            raw,
                            sample(spec, raw.at("/requestBody/content/application~1json/schema")));
                    List<String> violations = requestViolations(proxy.lastViolations());
                    if (!violations.isEmpty()) {
                        failures.add(what + ": Prism found the request invalid: " + violations);
                        continue;
                    }
                    collectTypes(result, resultTypes);
                    passed++;
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    String detail = cause instanceof ApiException api
                            ? "HTTP " + api.statusCode() + " " + api.rawBody()
                            : cause.toString();
                    failures.add(what + ": " + detail + " " + requestViolations(proxy.lastViolations()));
                }
            }
        }
        String report = model.operations().size() + " operations called against Prism, " + passed + " passed, "
                + resultTypes.size() + " distinct result types (union variants included), "
                + resultTypes.stream().filter(t -> t.endsWith("Unknown")).count() + " of them unknown variants\n"
                + String.join("\n", failures) + "\n";
        Files.writeString(Path.of("target/prism-contract-report.txt"), report);
        System.out.println(report);
        assertThat(failures).isEmpty();
    }

    /**
     * The headers besides {@code Authorization} that the operation's first security requirement
     * asks for (a publishable key, say), each with a made-up value, so Prism's security check sees
     * the credentials the spec names while the client keeps its API key.
     */
    private static Map<String, String> credentialHeaders(JsonNode raw, JsonNode spec) {
        Map<String, String> headers = new TreeMap<>();
        for (JsonNode requirement : raw.path("security")) {
            requirement.fieldNames().forEachRemaining(id -> {
                JsonNode scheme =
                        spec.path("components").path("securitySchemes").path(id);
                if ("apiKey".equals(scheme.path("type").asText())
                        && "header".equals(scheme.path("in").asText())) {
                    headers.put(scheme.path("name").asText(), "seam_test_" + id);
                }
            });
            return headers;
        }
        return headers;
    }

    /** Calls the operation the way a user would: through its group accessors and request type. */
    private static Object call(Seam seam, Operation op, Naming naming, JsonNode spec, JsonNode raw, JsonNode body)
            throws Exception {
        Object target = seam;
        for (String segment : op.group()) {
            target = target.getClass().getMethod(Identifiers.camel(segment)).invoke(target);
        }
        String method = naming.methodName(op);
        if (op.parameters().isEmpty()) {
            return target.getClass().getMethod(method).invoke(target);
        }
        Class<?> requestType = Class.forName(PACKAGE + ".model." + naming.requestName(op));
        Object request =
                Json.fromJson(datesAsTyped(op, withChoice(op, spec, raw, body)).toString(), requestType);
        request = withParameters(request, op, naming, spec, raw);
        Method m = target.getClass().getMethod(method, requestType);
        return m.invoke(target, request);
    }

    /**
     * The body with the first set of inputs the call needs one of (Seam's {@code since} or
     * {@code between}), where the spec's required fields leave them all out.
     */
    private static ObjectNode withChoice(Operation op, JsonNode spec, JsonNode raw, JsonNode body) {
        ObjectNode filled = body == null || !body.isObject() ? Json.parse("{}").deepCopy() : body.deepCopy();
        if (op.inputChoices().isEmpty()
                || op.inputChoices().stream().anyMatch(set -> set.stream().allMatch(filled::has))) {
            return filled;
        }
        JsonNode schema = resolve(spec, raw.at("/requestBody/content/application~1json/schema"));
        for (String input : op.inputChoices().get(0)) {
            filled.set(input, sample(spec, propertyOf(spec, schema, input)));
        }
        return filled;
    }

    /**
     * The body with a date-time wherever the client types an input as one though the spec says
     * only "string" (Seam describes some date-times in words, which its profile reads).
     */
    private static JsonNode datesAsTyped(Operation op, ObjectNode body) {
        for (Parameter p : op.parameters()) {
            if (body.has(p.name()) && p.type().equals(TypeRef.of(TypeRef.Scalar.DATE_TIME))) {
                body.put(p.name(), "2025-06-15T16:54:17Z");
            }
        }
        return body;
    }

    /** A property's schema, also where it stands in an allOf member or a oneOf alternative. */
    private static JsonNode propertyOf(JsonNode spec, JsonNode schema, String name) {
        JsonNode own = schema.path("properties").get(name);
        if (own != null) {
            return own;
        }
        for (String kind : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode member : schema.path(kind)) {
                JsonNode found = propertyOf(spec, resolve(spec, member), name);
                if (found != null && !found.isMissingNode()) {
                    return found;
                }
            }
        }
        return MissingNode.getInstance();
    }

    /** Required path, query and header parameters, which do not travel in the JSON body. */
    private static Object withParameters(Object request, Operation op, Naming naming, JsonNode spec, JsonNode raw)
            throws Exception {
        Object builder = request.getClass().getMethod("toBuilder").invoke(request);
        for (JsonNode p : raw.path("parameters")) {
            if (!p.path("required").asBoolean(false)) {
                continue;
            }
            String setter = op.parameters().stream()
                    .filter(x -> x.name().equals(p.path("name").asText())
                            && x.location().name().equalsIgnoreCase(p.path("in").asText()))
                    .map(x -> naming.parameterName(op, x))
                    .findFirst()
                    .orElseThrow();
            Method m = Arrays.stream(builder.getClass().getMethods())
                    .filter(x -> x.getName().equals(setter)
                            && x.getParameterCount() == 1
                            && !x.getParameterTypes()[0].isPrimitive())
                    .findFirst()
                    .orElseThrow();
            m.invoke(builder, Json.fromJson(sample(spec, p.get("schema")).toString(), m.getParameterTypes()[0]));
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static List<String> requestViolations(String header) {
        List<String> found = new ArrayList<>();
        if (header == null) {
            return found;
        }
        for (JsonNode v : Json.parse(header)) {
            if ("request".equals(v.path("location").path(0).asText())) {
                found.add(v.path("location") + " " + v.path("message").asText());
            }
        }
        return found;
    }

    private static void collectTypes(Object value, Set<String> types) {
        if (value instanceof Collection<?> items) {
            items.forEach(i -> collectTypes(i, types));
        } else if (value != null) {
            types.add(value.getClass().getSimpleName());
        }
    }

    /** The smallest valid value of a schema: required properties only, formats honoured. */
    static JsonNode sample(JsonNode spec, JsonNode schema) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        if (schema.has("$ref")) {
            return sample(spec, spec.at(schema.get("$ref").asText().substring(1)));
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.has(alternatives)) {
                // The alternative that asks least (an empty one matches alone where oneOf overlaps), with
                // the properties its parent declares around the oneOf.
                JsonNode least = schema.get(alternatives).get(0);
                for (JsonNode alternative : schema.get(alternatives)) {
                    if (resolve(spec, alternative).path("required").size()
                            < resolve(spec, least).path("required").size()) {
                        least = alternative;
                    }
                }
                ObjectNode first = resolve(spec, least).deepCopy();
                ObjectNode parent = schema.deepCopy();
                parent.remove(alternatives);
                if (parent.has("properties")) {
                    ObjectNode props = parent.withObjectProperty("properties");
                    if (first.has("properties")) {
                        props.setAll((ObjectNode) first.get("properties"));
                    }
                    first.set("properties", props);
                    first.put("type", "object");
                }
                return sample(spec, first);
            }
        }
        if (schema.has("allOf")) {
            ObjectNode merged = f.objectNode();
            schema.get("allOf").forEach(member -> {
                JsonNode part = sample(spec, member);
                if (part instanceof ObjectNode o) {
                    merged.setAll(o);
                }
            });
            return merged;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string":
                return f.textNode(string(schema));
            case "integer":
                return f.numberNode(schema.path("minimum").asLong(1));
            case "number":
                return f.numberNode(schema.path("minimum").asDouble(1));
            case "boolean":
                return f.booleanNode(true);
            case "array": {
                ArrayNode array = f.arrayNode();
                for (int i = 0; i < Math.max(1, schema.path("minItems").asInt(1)); i++) {
                    array.add(sample(spec, schema.get("items")));
                }
                return array;
            }
            default: {
                ObjectNode object = f.objectNode();
                Map<String, JsonNode> props = new TreeMap<>();
                schema.path("properties").properties().forEach(e -> props.put(e.getKey(), e.getValue()));
                for (Iterator<JsonNode> it = schema.path("required").elements(); it.hasNext(); ) {
                    String name = it.next().asText();
                    object.set(name, sample(spec, props.get(name)));
                }
                return object;
            }
        }
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        return schema.has("$ref")
                ? resolve(spec, spec.at(schema.get("$ref").asText().substring(1)))
                : schema;
    }

    /** Candidate strings, tried against the schema's pattern and length limits in turn. */
    private static final List<String> STRINGS = List.of("typewright", "1234", "08:00:00", "2025-06-15", "a", "A1");

    private static String string(JsonNode schema) {
        String formatted = switch (schema.path("format").asText("")) {
            case "uuid" -> "2f0c4e7a-3b1d-4c5e-9f6a-7b8c9d0e1f2a";
            case "date-time" -> "2025-06-15T16:54:17.946Z";
            case "date" -> "2025-06-15";
            case "email" -> "jane@example.com";
            case "uri", "url" -> "https://example.com/";
            default -> null;
        };
        if (formatted != null) {
            return formatted;
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        Pattern pattern =
                schema.has("pattern") ? Pattern.compile(schema.get("pattern").asText()) : null;
        for (String candidate : STRINGS) {
            String value = candidate.length() >= min ? candidate : candidate + "1".repeat(min - candidate.length());
            if (value.length() <= max
                    && (pattern == null || pattern.matcher(value).find())) {
                return value;
            }
        }
        return "typewright";
    }
}
