package dev.typewright.generator.load;

import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.profile.Profile;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an OpenAPI document with Swagger Parser and turns it into Typewright's model. */
public final class SpecLoader {
    private static final Pattern ATTRIBUTE = Pattern.compile("^attribute (\\S+)\\s*(.*)$");

    private SpecLoader() {}

    /**
     * Loads the spec with the conventions of {@code profile}, or fails with every problem Swagger
     * Parser and the model builder found.
     */
    public static Loaded load(Path spec, Profile profile) throws SpecException {
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
        SwaggerParseResult result =
                new OpenAPIParser().readLocation(spec.toAbsolutePath().toUri().toString(), null, options);
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
            model = build(openApi, file, profile, problems);
        } catch (SpecException e) {
            throw Locations.relocate(e, spec);
        }
        return new Loaded(
                model, problems.warnings(), (parsed - start) / 1_000_000, (System.nanoTime() - parsed) / 1_000_000);
    }

    private static ApiModel build(OpenAPI openApi, String file, Profile profile, Problems problems)
            throws SpecException {
        try {
            return new ModelBuilder(openApi, file, profile, problems).build();
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
