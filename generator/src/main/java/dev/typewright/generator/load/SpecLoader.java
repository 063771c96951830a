package dev.typewright.generator.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.profile.Profile;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.ObjectMapperFactory;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an OpenAPI document with Swagger Parser and turns it into Typewright's model. */
public final class SpecLoader {
    private static final Pattern ATTRIBUTE = Pattern.compile("^attribute (\\S+)\\s*(.*)$");
    /** The JSON reader Swagger Parser itself uses (strict about duplicate keys, for one). */
    private static final ObjectMapper SWAGGER_JSON = ObjectMapperFactory.createJson();

    private SpecLoader() {}

    /**
     * Loads the spec with the conventions of {@code profile}, or fails with every problem Swagger
     * Parser and the model builder found.
     */
    public static Loaded load(Path spec, Profile profile) throws SpecException {
        return load(spec, profile, true);
    }

    /**
     * @param responseSamples whether a call whose spec shows no example gets a response made up
     *     from its schemas as well as a request; only docs pages show it, and for a large API it
     *     is a good part of the model's memory and time
     */
    public static Loaded load(Path spec, Profile profile, boolean responseSamples) throws SpecException {
        return load(spec, profile, responseSamples, Customizations.NONE);
    }

    /** As {@link #load(Path, Profile, boolean)}, with the user's mappings and operation filters. */
    public static Loaded load(Path spec, Profile profile, boolean responseSamples, Customizations customizations)
            throws SpecException {
        String file = spec.toString();
        if (Files.isDirectory(spec)) {
            throw new SpecException(file, "", "is a folder, not a file");
        }
        if (!Files.exists(spec)) {
            throw new SpecException(file, "", "no such file");
        }
        if (!Files.isReadable(spec)) {
            throw new SpecException(file, "", "cannot be read: permission denied");
        }
        long start = System.nanoTime();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String location = spec.toAbsolutePath().toUri().toString();
        SwaggerParseResult result = readJson30(spec, location, options);
        if (result == null) {
            result = new OpenAPIParser().readLocation(location, null, options);
        }
        OpenAPI openApi = result.getOpenAPI();
        Problems problems = new Problems(file);
        if (result.getMessages() != null) {
            for (String message : result.getMessages()) {
                SpecException.Problem problem = toProblem(message);
                if (blocks(problem)) {
                    problems.add(problem);
                } else {
                    problems.tolerate(problem);
                }
            }
        }
        long parsed = System.nanoTime();
        ApiModel model;
        try {
            if (openApi == null) {
                // What Swagger Parser says of a file it cannot read as a document is vague; a
                // syntax error is told with its line and column instead.
                SpecException.Problem syntax = Locations.syntaxError(spec);
                throw new SpecException(
                        file,
                        List.of(
                                syntax != null
                                        ? syntax
                                        : new SpecException.Problem("", "not an OpenAPI 3.0 or 3.1 document")));
            }
            model = build(openApi, file, profile, problems, responseSamples, customizations);
        } catch (SpecException e) {
            throw Locations.relocate(e, spec);
        }
        return new Loaded(
                model, problems.warnings(), (parsed - start) / 1_000_000, (System.nanoTime() - parsed) / 1_000_000);
    }

    /**
     * Reads a JSON document of OpenAPI 3.0 (Seam's, GitHub's) the way Swagger Parser's {@code
     * readLocation} does, but with its tree read from the file: Swagger Parser reads the file into
     * a string first and holds it beside the tree and the model, which is about a fifth of the
     * heap the whole generation needs (on Seam's 4.3 MB document, 8.6 MB of 39 MB). Null for any
     * other document, or when anything is unexpected: then Swagger Parser reads it its own way.
     */
    private static SwaggerParseResult readJson30(Path spec, String location, ParseOptions options) {
        if (!spec.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return null;
        }
        try {
            SwaggerParseResult result = deserializeJson30(spec, location, options);
            if (result == null || result.getOpenAPI() == null) {
                return null;
            }
            new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), location, null, options).resolve(result);
            return result;
        } catch (IOException | RuntimeException unexpected) {
            return null;
        }
    }

    /** The tree is read and dropped in here, so that it is gone before the resolver runs. */
    private static SwaggerParseResult deserializeJson30(Path spec, String location, ParseOptions options)
            throws IOException {
        String version = openapiVersion(spec);
        if (version == null || !version.startsWith("3.0")) {
            return null;
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(spec)) {
            root = SWAGGER_JSON.reader().with(new CompactNodes()).readTree(in);
        }
        return new OpenAPIV3Parser().parseJsonNode(location, root, options);
    }

    /**
     * The document's {@code openapi} string, read without building a tree (it usually comes first),
     * so that a JSON document of another version is parsed once, by Swagger Parser; null without one.
     */
    private static String openapiVersion(Path spec) throws IOException {
        try (JsonParser parser = SWAGGER_JSON.getFactory().createParser(Files.newInputStream(spec))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("openapi".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    /**
     * Tree nodes for a document read once: a short text seen before is the node already made (a
     * spec repeats {@code "string"}, {@code "object"} and its {@code $ref}s thousands of times),
     * and an object starts with a small table, most of a spec's objects having few keys. Text
     * nodes cannot change, so sharing them is safe; the cache lives as long as one read.
     */
    private static final class CompactNodes extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;
        private static final int SHORT = 64;

        private final transient Map<String, TextNode> texts = new HashMap<>();

        @Override
        public TextNode textNode(String text) {
            if (text == null || text.length() > SHORT) {
                return super.textNode(text);
            }
            return texts.computeIfAbsent(text, TextNode::valueOf);
        }

        @Override
        public ObjectNode objectNode() {
            return new ObjectNode(this, new LinkedHashMap<>(8));
        }
    }

    private static ApiModel build(
            OpenAPI openApi,
            String file,
            Profile profile,
            Problems problems,
            boolean responseSamples,
            Customizations customizations)
            throws SpecException {
        try {
            return new ModelBuilder(openApi, file, profile, problems, responseSamples, customizations).build();
        } catch (RuntimeException afterParseErrors) {
            // A document Swagger Parser already found broken can trip the builder anywhere; what
            // the parser said is the useful part.
            problems.throwIfAny();
            problems.throwTolerated();
            throw afterParseErrors;
        }
    }

    /**
     * The model, and what was passed over on the way (each with its JSON pointer).
     *
     * @param parseMillis the time Swagger Parser took
     * @param modelMillis the time building the model took
     */
    public record Loaded(ApiModel model, List<String> warnings, long parseMillis, long modelMillis) {}

    /**
     * Whether a problem Swagger Parser reports leaves the document unusable: a reference that
     * names nothing, a missing {@code info} or {@code openapi}, a parameter without a location.
     * Anything else (an attribute the standard does not know, a missing {@code responses} or
     * {@code items}, a malformed URL) is a warning, and the document is generated if the model
     * can be built without it.
     */
    private static boolean blocks(SpecException.Problem problem) {
        String pointer = problem.pointer();
        String message = problem.message();
        if (message.contains("is not of expected type")) {
            // A $ref to a schema inside a parameter, say: the loader follows any pointer itself.
            return false;
        }
        if (message.contains("$ref") || message.contains("resolve")) {
            return true;
        }
        if (message.endsWith("is missing")) {
            return pointer.isEmpty()
                    || pointer.equals("/info")
                    || pointer.equals("/openapi")
                    || pointer.endsWith("/in")
                    || pointer.endsWith("/name") && pointer.contains("/parameters/");
        }
        return false;
    }

    private static SpecException.Problem toProblem(String message) {
        Matcher m = ATTRIBUTE.matcher(message);
        if (m.matches()) {
            String path = m.group(1);
            // An unresolved $ref is reported as the schema's path with the reference appended.
            int ref = path.indexOf(".#/");
            if (ref >= 0) {
                return new SpecException.Problem(
                        Pointers.fromAttributePath(path.substring(0, ref)),
                        "$ref " + path.substring(ref + 1) + " " + m.group(2));
            }
            return new SpecException.Problem(Pointers.fromAttributePath(path), m.group(2));
        }
        // Some messages are an attribute path and a phrase run together: "info.license.not a url".
        int space = message.indexOf(' ');
        int dot = space < 0 ? -1 : message.lastIndexOf('.', space);
        if (dot > 0 && message.substring(0, dot).matches("[A-Za-z0-9_.-]+")) {
            return new SpecException.Problem(
                    Pointers.fromAttributePath(message.substring(0, dot)), message.substring(dot + 1));
        }
        return new SpecException.Problem("", message);
    }
}
