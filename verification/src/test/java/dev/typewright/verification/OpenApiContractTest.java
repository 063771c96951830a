package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.naming.Naming;
import dev.typewright.runtime.ApiException;
import dev.typewright.runtime.Json;
import dev.typewright.runtime.Upload;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents that are not Seam's, from the npm package {@code @readme/oas-examples}: each is
 * generated with the standard profile, compiled, and every operation called once through the
 * client against Prism mocking the same document, with the builder's first way to authenticate
 * and a value made up from the schema for every required input (every field of a form or
 * multipart body). Prism must find nothing wrong with any request; an error status the operation
 * documents is an answer, not a failure.
 */
class OpenApiContractTest {
    static final Path EXAMPLES = Path.of("node_modules/@readme/oas-examples");
    static final String PACKAGE = "contract.client";

    /**
     * Requests Prism judges wrongly, each with why; the recording server of the generator's
     * {@code WireTest} shows what the client sends for the same construct.
     */
    static final Map<String, String> EXEMPT = Map.of(
            "3.0/json/file-uploads.json PUT /anything/multipart-formdata",
            "Prism keeps one part of a name sent twice, so an array of files fails its check"
                    + " (WireTest: aMultipartBodySends... sends one part per file under the same name)",
            "3.0/json/request-examples.json POST /requestBody-multi-media-types",
            "its JSON body and response have no schema, so Prism answers 500: it cannot make up a response"
                    + " (WireTest sends such a body: textAndBinaryBodiesAreSentAsTheyAreInTheirMediaType)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "3.0/json/petstore.json",
                "3.1/json/train-travel.json",
                "3.1/json/readme.json",
                "3.0/json/form-data.json",
                "3.0/json/file-uploads.json",
                "3.0/json/parameters-common.json",
                "3.0/json/parameters-cookies.json",
                "3.0/json/security.json",
                "3.0/json/request-examples.json",
                "3.0/json/response-http-behavior.json",
            })
    void everyOperationSendsARequestPrismFindsValid(String document, @TempDir Path dir) throws Exception {
        Path spec = EXAMPLES.resolve(document);
        Generator.Output output =
                Generator.emit(new GeneratorOptions(spec, dir.resolve("src"), PACKAGE, "ContractClient", null)
                        .withProfile("standard", Map.of()));
        ClassLoader loader = compile(output, dir.resolve("classes"));
        ApiModel model = output.model();
        Naming naming = output.naming();
        JsonNode raw = Json.parse(Files.readString(spec));
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int exempt = 0;
        Map<String, AutoCloseable> clients = new java.util.HashMap<>();
        try (NodeServer prism = NodeServer.prism(spec, "typewright");
                ViolationProxy proxy = new ViolationProxy(prism.url())) {
            for (Operation op : model.operations()) {
                String what = op.httpMethod() + " " + op.path();
                if (EXEMPT.containsKey(document + " " + what)) {
                    exempt++;
                    continue;
                }
                JsonNode declared =
                        raw.path("paths").path(op.path()).path(op.httpMethod().toLowerCase(Locale.ROOT));
                proxy.reset();
                String auth = authMethod(raw, declared);
                try {
                    AutoCloseable client = clients.get(auth);
                    if (client == null) {
                        client = client(loader, proxy.url(), auth);
                        clients.put(auth, client);
                    }
                    call(client, loader, op, naming, raw, declared);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (!(cause instanceof ApiException api
                            && declared.path("responses").has(Integer.toString(api.statusCode())))) {
                        String detail = cause instanceof ApiException api
                                ? "HTTP " + api.statusCode() + " " + api.rawBody()
                                : cause
                                        + (cause.getCause() == null
                                                ? ""
                                                : " (" + cause.getCause().getMessage() + ")");
                        failures.add(what + ": " + detail + " " + requestViolations(proxy.lastViolations()));
                        continue;
                    }
                }
                List<String> violations = requestViolations(proxy.lastViolations());
                if (violations.isEmpty()) {
                    passed++;
                } else {
                    failures.add(what + ": Prism found the request invalid: " + violations);
                }
            }
        }
        for (AutoCloseable client : clients.values()) {
            client.close();
        }
        System.out.println(
                document + ": " + model.operations().size() + " operations, " + passed + " passed against Prism, "
                        + exempt + " exempt" + (failures.isEmpty() ? "" : "\n" + String.join("\n", failures)));
        assertThat(failures).isEmpty();
        assertThat(passed).isPositive();
    }

    /**
     * The builder method for the credentials the operation's first security requirement names,
     * as the standard profile names it; empty for an operation that needs none.
     */
    private static String authMethod(JsonNode spec, JsonNode declared) {
        JsonNode requirements = declared.has("security") ? declared.get("security") : spec.path("security");
        for (JsonNode requirement : requirements) {
            if (requirement.isEmpty()) {
                return "";
            }
            return dev.typewright.generator.naming.Identifiers.camel(
                    requirement.fieldNames().next());
        }
        return "";
    }

    /** A client whose credentials come from the builder method {@code auth}, with made-up text. */
    private static AutoCloseable client(ClassLoader loader, String endpoint, String auth) throws Exception {
        Class<?> root = loader.loadClass(PACKAGE + ".ContractClient");
        Object builder = root.getMethod("builder").invoke(null);
        builder = builder.getClass().getMethod("endpoint", String.class).invoke(builder, endpoint);
        for (Method m : builder.getClass().getDeclaredMethods()) {
            boolean text = Arrays.stream(m.getParameterTypes()).allMatch(t -> t == String.class);
            if (Modifier.isPublic(m.getModifiers())
                    && m.getParameterCount() > 0
                    && text
                    && m.getReturnType() == builder.getClass()
                    && m.getName().equals(auth)) {
                Object[] values = new Object[m.getParameterCount()];
                Arrays.fill(values, "typewright");
                builder = m.invoke(builder, values);
                break;
            }
        }
        return (AutoCloseable) builder.getClass().getMethod("build").invoke(builder);
    }

    /** Calls the operation as a user would: through its resource accessors and request builder. */
    private static void call(
            Object client, ClassLoader loader, Operation op, Naming naming, JsonNode spec, JsonNode declared)
            throws Exception {
        Object target = client;
        for (String accessor : naming.accessorPath(op)) {
            target = target.getClass().getMethod(accessor).invoke(target);
        }
        String method = naming.methodName(op);
        if (op.parameters().isEmpty()) {
            target.getClass().getMethod(method).invoke(target);
            return;
        }
        Class<?> requestType = loader.loadClass(PACKAGE + ".model." + naming.requestName(op));
        Object builder = requestType.getMethod("builder").invoke(null);
        for (Parameter p : op.parameters()) {
            boolean formField = p.location() == Parameter.Location.BODY && op.bodyKind() != Operation.BodyKind.JSON;
            if (!p.required() && !formField) {
                continue;
            }
            String setter = naming.parameterName(op, p);
            Method m = Arrays.stream(builder.getClass().getMethods())
                    .filter(x -> x.getName().equals(setter) && x.getParameterCount() == 1)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no setter " + setter + " for " + p.name()));
            m.invoke(builder, value(m.getParameterTypes()[0], schema(spec, declared, op, p)));
        }
        Object request = builder.getClass().getMethod("build").invoke(builder);
        target.getClass().getMethod(method, requestType).invoke(target, request);
    }

    private static Object value(Class<?> type, JsonNode schema) {
        if (type == Upload.class) {
            return Upload.of("typewright".getBytes(StandardCharsets.UTF_8)).withFilename("typewright.txt");
        }
        if (List.class.isAssignableFrom(type)
                && schema != null
                && schema.path("items").path("format").asText().equals("binary")) {
            // Two parts: Prism reads a lone part of an array field as a value, not a one-item array.
            return List.of(
                    Upload.of("typewright".getBytes(StandardCharsets.UTF_8)).withFilename("a.txt"),
                    Upload.of("typewright".getBytes(StandardCharsets.UTF_8)).withFilename("b.txt"));
        }
        JsonNode sample = sample(schema);
        return Json.fromJson(sample == null ? "{}" : sample.toString(), type);
    }

    /**
     * A value the schema accepts: its example or default where it gives one, else the smallest
     * value of its type (required properties only), strings fitted to formats and patterns.
     */
    static JsonNode sample(JsonNode schema) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema == null || schema.isMissingNode() || schema.isBoolean()) {
            return null;
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        for (String key : List.of("default", "const")) {
            if (schema.has(key)) {
                return schema.get(key);
            }
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.has(alternatives)) {
                return sample(schema.get(alternatives).get(0));
            }
        }
        if (schema.has("allOf")) {
            JsonNode merged = null;
            for (JsonNode member : schema.get("allOf")) {
                JsonNode part = sample(member);
                if (merged instanceof ObjectNode whole && part instanceof ObjectNode more) {
                    whole.setAll(more);
                } else if (merged == null && part != null) {
                    merged = part.deepCopy();
                }
            }
            return merged;
        }
        JsonNode typeNode = schema.path("type");
        String type = typeNode.isArray()
                ? StreamSupport.stream(typeNode.spliterator(), false)
                        .map(JsonNode::asText)
                        .filter(t -> !t.equals("null"))
                        .findFirst()
                        .orElse("null")
                : typeNode.asText(schema.has("items") ? "array" : "object");
        switch (type) {
            case "null":
                return f.nullNode();
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
                    array.add(sample(schema.get("items")));
                }
                return array;
            }
            default: {
                ObjectNode object = f.objectNode();
                for (JsonNode name : schema.path("required")) {
                    object.set(name.asText(), sample(schema.path("properties").get(name.asText())));
                }
                return object;
            }
        }
    }

    /** Candidate strings, tried against the schema's pattern and length limits in turn. */
    private static final List<String> STRINGS = List.of(
            "typewright",
            "0123456789abcdef01234567",
            "typewright.json",
            "/versions/1.0/categories/guides/typewright",
            "1234",
            "2025-06-15",
            "a",
            "A1");

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

    /** The input's schema in the document, references followed. */
    private static JsonNode schema(JsonNode spec, JsonNode declared, Operation op, Parameter p) {
        JsonNode schema;
        if (p.location() == Parameter.Location.BODY || p.location() == Parameter.Location.BODY_VALUE) {
            JsonNode body = resolve(spec, declared.path("requestBody"));
            JsonNode whole =
                    resolve(spec, body.path("content").path(op.bodyMediaType()).path("schema"));
            schema = p.location() == Parameter.Location.BODY_VALUE ? whole : property(spec, whole, p.name());
        } else {
            schema = null;
            List<JsonNode> parameters = new ArrayList<>();
            spec.path("paths").path(op.path()).path("parameters").forEach(parameters::add);
            declared.path("parameters").forEach(parameters::add);
            for (JsonNode candidate : parameters) {
                JsonNode c = resolve(spec, candidate);
                if (c.path("name").asText().equals(p.name())
                        && c.path("in").asText().equalsIgnoreCase(p.location().name())) {
                    schema = resolve(spec, c.path("schema"));
                }
            }
        }
        return inline(spec, schema);
    }

    private static JsonNode property(JsonNode spec, JsonNode schema, String name) {
        if (schema.path("properties").has(name)) {
            return schema.path("properties").get(name);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode member : schema.path(combined)) {
                JsonNode found = property(spec, resolve(spec, member), name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode spec, JsonNode node) {
        return node != null && node.has("$ref")
                ? resolve(spec, spec.at(node.get("$ref").asText().substring(1)))
                : node;
    }

    /** The schema with every local reference replaced by what it names, so a sample needs no document. */
    private static JsonNode inline(JsonNode spec, JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        JsonNode resolved = resolve(spec, schema);
        if (!resolved.isContainerNode()) {
            return resolved;
        }
        JsonNode copy = resolved.deepCopy();
        if (copy.isObject()) {
            List<String> names = new ArrayList<>();
            copy.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                // Properties of an object are looked up by name; a reference cycle stops at depth.
                ((ObjectNode) copy).set(name, inline(spec, copy.get(name), 8));
            }
        }
        return copy;
    }

    private static JsonNode inline(JsonNode spec, JsonNode node, int depth) {
        if (node == null || depth == 0) {
            return node;
        }
        JsonNode resolved = resolve(spec, node);
        JsonNode copy = resolved.deepCopy();
        if (copy instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> object.set(n, inline(spec, object.get(n), depth - 1)));
        } else if (copy instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, inline(spec, array.get(i), depth - 1));
            }
        }
        return copy;
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

    private static ClassLoader compile(Generator.Output output, Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        output.javaFiles().forEach(f -> sources.add(f.toJavaFileObject()));
        Files.createDirectories(classes);
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(
                            diagnostics,
                            files,
                            null,
                            List.of(
                                    "-d",
                                    classes.toString(),
                                    "-classpath",
                                    System.getProperty("java.class.path"),
                                    "-Xlint:all,-deprecation",
                                    "-Werror"),
                            null,
                            sources)
                    .call();
            assertThat(ok).as("the generated client compiles:\n%s", diagnostics).isTrue();
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, OpenApiContractTest.class.getClassLoader());
    }
}
