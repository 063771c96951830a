package dev.typewright.generator.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts each problem where the user wrote the thing it is about. Swagger Parser copies a schema a
 * spec takes from another file ({@code schemas.yaml#/Pet}) into the spec's components, so the
 * model builder finds its problems at {@code /components/schemas/Pet}; this sends them back to
 * {@code schemas.yaml#/Pet}. It also turns Swagger Parser's {@code parameters/[limit]} into the
 * parameter's index, and leaves out what only repeats a problem already listed: Swagger Parser's
 * line about a reference it could not follow, its report of a missing schema at the schema that
 * leads to the broken {@code $ref} (the {@code $ref} itself is reported), its line about a file
 * it could not load, and a reference into a file that has problems of its own. A reference to a
 * file that is not there says so.
 */
final class Locations {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAMED_PARAMETER =
            Pattern.compile("^(/paths/[^/]+)(?:/([^/]+))?/parameters/\\[([^]]+)](.*)$");
    private static final Pattern MISSING = Pattern.compile("^\\$ref (\\S+) is missing$");
    private static final Pattern UNABLE_TO_LOAD = Pattern.compile("^Unable to load (?:\\S+ )?ref: (\\S+) path: .*$");
    private static final Pattern UNRESOLVED = Pattern.compile("^cannot resolve \\$ref ([^#]+)#.*$");
    private static final Pattern NOT_FOUND = Pattern.compile("^Could not find \\S+ in contents of (\\S+)$");
    private static final String SCHEMAS = "/components/schemas/";

    /** Where a schema copied in from another file was written: the file and its pointer there. */
    private record Origin(String file, String pointer) {}

    private Locations() {}

    static SpecException relocate(SpecException failure, Path spec) {
        JsonNode main = read(spec.toAbsolutePath().normalize());
        Map<String, Origin> external = externalSchemas(spec);
        List<SpecException.Problem> moved = new ArrayList<>();
        Set<String> filesWithProblems = new HashSet<>();
        for (SpecException.Problem problem : failure.problems()) {
            SpecException.Problem p = parameterIndex(problem, main);
            if (p.file() == null && p.pointer().startsWith(SCHEMAS)) {
                String rest = p.pointer().substring(SCHEMAS.length());
                int slash = rest.indexOf('/');
                String name = Pointers.unescape(slash < 0 ? rest : rest.substring(0, slash));
                Origin origin = external.get(name);
                if (origin != null) {
                    p = p.at(origin.file(), origin.pointer() + (slash < 0 ? "" : rest.substring(slash)));
                    filesWithProblems.add(origin.file());
                }
            }
            moved.add(missingFile(p, spec));
        }
        Set<SpecException.Problem> kept = new LinkedHashSet<>();
        for (SpecException.Problem p : moved) {
            if (!repeats(p, moved, filesWithProblems)) {
                kept.add(p);
            }
        }
        return new SpecException(failure.file(), List.copyOf(kept));
    }

    private static boolean repeats(
            SpecException.Problem p, List<SpecException.Problem> all, Set<String> filesWithProblems) {
        Matcher notFound = NOT_FOUND.matcher(p.message());
        if (p.pointer().isEmpty() && notFound.matches()) {
            return filesWithProblems.contains(relative(notFound.group(1)));
        }
        // Swagger Parser reports a missing schema at the schema that leads to it; the model
        // builder at the $ref itself, which is the place to fix.
        Matcher missing = MISSING.matcher(p.message());
        if (missing.matches()) {
            String ref = "$ref " + missing.group(1) + " ";
            for (SpecException.Problem other : all) {
                if (other != p
                        && Objects.equals(other.file(), p.file())
                        && other.pointer().startsWith(p.pointer() + "/")
                        && other.message().startsWith(ref)) {
                    return true;
                }
            }
        }
        Matcher unableToLoad = UNABLE_TO_LOAD.matcher(p.message());
        if (p.pointer().isEmpty() && unableToLoad.matches()) {
            String file = relative(unableToLoad.group(1));
            return all.stream()
                    .map(o -> UNRESOLVED.matcher(o.message()))
                    .anyMatch(m -> m.matches() && relative(m.group(1)).equals(file));
        }
        Matcher unresolved = UNRESOLVED.matcher(p.message());
        return unresolved.matches() && filesWithProblems.contains(relative(unresolved.group(1)));
    }

    /** A reference that cannot be resolved because its file is not there says so. */
    private static SpecException.Problem missingFile(SpecException.Problem p, Path spec) {
        Matcher unresolved = UNRESOLVED.matcher(p.message());
        if (!unresolved.matches() || unresolved.group(1).contains("://")) {
            return p;
        }
        Path base = spec.toAbsolutePath().getParent();
        Path from = p.file() == null ? base : base.resolve(p.file()).getParent();
        Path target = from.resolve(unresolved.group(1)).normalize();
        return Files.exists(target)
                ? p
                : new SpecException.Problem(
                        p.file(), p.pointer(), p.message() + ": there is no file " + base.relativize(target));
    }

    /** Swagger Parser names a parameter without {@code in} by its name; a pointer wants its index. */
    private static SpecException.Problem parameterIndex(SpecException.Problem problem, JsonNode spec) {
        Matcher m = NAMED_PARAMETER.matcher(problem.pointer());
        if (spec == null || !m.matches()) {
            return problem;
        }
        String base = m.group(1) + (m.group(2) == null ? "" : "/" + m.group(2));
        JsonNode parameters = spec.at(base + "/parameters");
        for (int i = 0; i < parameters.size(); i++) {
            if (m.group(3).equals(parameters.get(i).path("name").asText())) {
                return problem.at(problem.file(), base + "/parameters/" + i + m.group(4));
            }
        }
        return problem;
    }

    /** Where a YAML or JSON file stops parsing, as a problem with its line and column; null when it parses. */
    static SpecException.Problem syntaxError(Path file) {
        try {
            String text = Files.readString(file);
            (text.stripLeading().startsWith("{") ? JSON : YAML).readTree(text);
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            return new SpecException.Problem("", "syntax error at " + where + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            return new SpecException.Problem("", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * A parser's message without the excerpt and caret lines SnakeYAML adds, which the line and
     * column already point to.
     */
    private static String oneLine(String message) {
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                kept.add(line.strip());
            }
        }
        return String.join("; ", kept);
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException unreadable) {
            return null;
        }
    }

    /**
     * The schemas the spec takes from other files, by the component name Swagger Parser gives
     * them (the last token of the reference's fragment), following the files those files refer
     * to in turn.
     */
    private static Map<String, Origin> externalSchemas(Path spec) {
        Map<String, Origin> origins = new HashMap<>();
        Path base = spec.toAbsolutePath().getParent();
        List<Path> pending = new ArrayList<>(List.of(spec.toAbsolutePath().normalize()));
        Set<Path> seen = new HashSet<>(pending);
        while (!pending.isEmpty()) {
            Path file = pending.remove(pending.size() - 1);
            JsonNode tree = read(file);
            if (tree == null) {
                continue;
            }
            for (String ref : refs(tree, new ArrayList<>())) {
                int hash = ref.indexOf('#');
                String target = hash < 0 ? ref : ref.substring(0, hash);
                if (target.isEmpty() || target.contains("://")) {
                    continue;
                }
                Path referenced = file.getParent().resolve(target).normalize();
                String fragment = hash < 0 ? "" : ref.substring(hash + 1);
                String[] tokens = fragment.split("/");
                String name = tokens.length == 0 || fragment.isEmpty()
                        ? referenced.getFileName().toString().replaceFirst("\\.[^.]*$", "")
                        : Pointers.unescape(tokens[tokens.length - 1]);
                origins.putIfAbsent(
                        name, new Origin(relative(base.relativize(referenced).toString()), fragment));
                if (seen.add(referenced)) {
                    pending.add(referenced);
                }
            }
        }
        return origins;
    }

    private static List<String> refs(JsonNode node, List<String> found) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                found.add(ref.textValue());
            }
            node.forEach(child -> refs(child, found));
        } else if (node.isArray()) {
            node.forEach(child -> refs(child, found));
        }
        return found;
    }

    private static String relative(String file) {
        String normal = file.replace('\\', '/');
        return normal.startsWith("./") ? normal.substring(2) : normal;
    }
}
