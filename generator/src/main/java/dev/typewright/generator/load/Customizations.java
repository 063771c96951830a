package dev.typewright.generator.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a user changes about what is generated, in the terms OpenAPI Generator's users know: types
 * mapped to Java classes of their choice, schemas mapped to classes they already have, and the
 * operations to generate.
 *
 * @param typeMappings Java classes for OpenAPI types, by {@code type} or {@code type+format}
 *     ({@code integer}, {@code string+uuid}); a mapping by type and format wins over one by type
 * @param schemaMappings classes of the user's own for schemas of {@code components/schemas}, by
 *     name: wherever the schema is used the class stands, and no type is generated for it
 * @param include operations to generate, when there are any: an {@code operationId}, {@code tag:}
 *     and a tag, or a path with {@code *} for one segment and {@code **} for any, after a method or
 *     not ({@code GET /pets/*})
 * @param exclude operations to leave out, written as for {@code include}
 */
public record Customizations(
        Map<String, String> typeMappings,
        Map<String, String> schemaMappings,
        List<String> include,
        List<String> exclude) {

    public static final Customizations NONE = new Customizations(Map.of(), Map.of(), List.of(), List.of());

    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean");
    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
                    + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");
    private static final Set<String> METHODS =
            Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE");

    public Customizations {
        typeMappings = sorted(typeMappings);
        schemaMappings = sorted(schemaMappings);
        include = List.copyOf(include == null ? List.of() : include);
        exclude = List.copyOf(exclude == null ? List.of() : exclude);
        typeMappings.forEach((key, value) -> {
            String[] parts = key.split("\\+", 2);
            if (!TYPES.contains(parts[0]) || (parts.length == 2 && parts[1].isBlank())) {
                throw new IllegalArgumentException("type mapping " + key + "=" + value
                        + ": the key must be a type (string, integer, number or boolean) or a type and its format,"
                        + " such as integer or string+uuid");
            }
            requireClass("type mapping " + key, value);
        });
        schemaMappings.forEach((key, value) -> requireClass("schema mapping " + key, value));
        include.forEach(Filter::parse);
        exclude.forEach(Filter::parse);
    }

    /**
     * Customizations from {@code name=value} entries as the plugin and the command line take
     * them, each list possibly empty or null.
     */
    public static Customizations of(
            List<String> typeMappings, List<String> schemaMappings, List<String> include, List<String> exclude) {
        return new Customizations(
                pairs("type mapping", typeMappings),
                pairs("schema mapping", schemaMappings),
                trimmed(include),
                trimmed(exclude));
    }

    /** Whether any operation is left out, so that only the types the rest use are generated. */
    public boolean filters() {
        return !include.isEmpty() || !exclude.isEmpty();
    }

    /** The class a scalar of this type and format maps to, or null. */
    String javaType(String type, String format) {
        String exact = format == null ? null : typeMappings.get(type + "+" + format);
        return exact != null ? exact : typeMappings.get(type);
    }

    /** The include and exclude filters, ready to try on each operation. */
    Selector selector() {
        return new Selector(include, exclude);
    }

    /** Picks operations, and remembers which filters picked any. */
    static final class Selector {
        private final Map<String, Filter> include = new java.util.LinkedHashMap<>();
        private final Map<String, Filter> exclude = new java.util.LinkedHashMap<>();
        private final Set<String> used = new java.util.HashSet<>();

        private Selector(List<String> include, List<String> exclude) {
            include.forEach(f -> this.include.put(f, Filter.parse(f)));
            exclude.forEach(f -> this.exclude.put(f, Filter.parse(f)));
        }

        /** Whether the operation is generated: included, or no include given, and not excluded. */
        boolean selects(String method, String path, String operationId, List<String> tags) {
            boolean included = include.isEmpty();
            for (Map.Entry<String, Filter> f : include.entrySet()) {
                if (f.getValue().matches(method, path, operationId, tags)) {
                    used.add(f.getKey());
                    included = true;
                }
            }
            boolean excluded = false;
            for (Map.Entry<String, Filter> f : exclude.entrySet()) {
                if (f.getValue().matches(method, path, operationId, tags)) {
                    used.add(f.getKey());
                    excluded = true;
                }
            }
            return included && !excluded;
        }

        /** Filters that matched no operation at all, as {@code include x} or {@code exclude y}. */
        List<String> unused() {
            List<String> unused = new ArrayList<>();
            include.keySet().stream().filter(f -> !used.contains(f)).forEach(f -> unused.add("include " + f));
            exclude.keySet().stream().filter(f -> !used.contains(f)).forEach(f -> unused.add("exclude " + f));
            return unused;
        }
    }

    /** One include or exclude entry. */
    private record Filter(String method, Pattern path, String tag, String operationId) {
        static Filter parse(String text) {
            if (text.isBlank()) {
                throw new IllegalArgumentException("an operation filter is empty");
            }
            if (text.startsWith("tag:")) {
                return new Filter(null, null, text.substring(4).trim(), null);
            }
            String[] words = text.trim().split("\\s+", 2);
            String method = null;
            String path = text.trim();
            if (words.length == 2 && METHODS.contains(words[0].toUpperCase(Locale.ROOT))) {
                method = words[0].toUpperCase(Locale.ROOT);
                path = words[1];
            }
            if (path.startsWith("/")) {
                return new Filter(method, glob(path), null, null);
            }
            if (method != null || words.length == 2) {
                throw new IllegalArgumentException("operation filter " + text
                        + ": write an operationId, tag:name, or a path such as /pets/* after a method or not");
            }
            return new Filter(null, null, null, path);
        }

        boolean matches(String method, String path, String operationId, List<String> tags) {
            if (tag != null) {
                return tags.contains(tag);
            }
            if (this.operationId != null) {
                return this.operationId.equals(operationId);
            }
            return (this.method == null || this.method.equalsIgnoreCase(method))
                    && this.path.matcher(path).matches();
        }

        /** {@code **} for any text, {@code *} for any within one segment, the rest as written. */
        private static Pattern glob(String path) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < path.length(); i++) {
                if (path.startsWith("**", i)) {
                    regex.append(".*");
                    i++;
                } else if (path.charAt(i) == '*') {
                    regex.append("[^/]*");
                } else {
                    regex.append(Pattern.quote(String.valueOf(path.charAt(i))));
                }
            }
            return Pattern.compile(regex.toString());
        }
    }

    private static void requireClass(String what, String value) {
        if (value == null || !CLASS_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must name a Java class, such as java.util.UUID, not " + value);
        }
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map == null ? Map.of() : map));
    }

    private static List<String> trimmed(List<String> entries) {
        return entries == null
                ? List.of()
                : entries.stream()
                        .filter(e -> e != null && !e.isBlank())
                        .map(String::trim)
                        .toList();
    }

    private static Map<String, String> pairs(String what, List<String> entries) {
        Map<String, String> map = new TreeMap<>();
        for (String entry : trimmed(entries)) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException(what + " " + entry + " must be written name=class");
            }
            String key = entry.substring(0, eq).trim();
            String previous = map.put(key, entry.substring(eq + 1).trim());
            if (previous != null) {
                throw new IllegalArgumentException(what + " " + key + " is given twice");
            }
        }
        return map;
    }
}
