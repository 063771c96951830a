package dev.typewright.generator.naming;

import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Placement;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Class names for the model's types. A type the spec names, or that several places share, is a
 * class of its own in the model package; an inline type that stands in one place is nested in the
 * class of the type it stands in ({@code Device.Properties}), so a big API is not one flat package
 * of names that spell out their whole path. Every name is readable: no word said twice in a row,
 * at most {@value #MAX_NAME} characters, and no source or class file name over
 * {@value #MAX_FILE_NAME} bytes however deep the spec nests; a type nested too deep for that is
 * a class of its own instead.
 */
final class TypeNames {
    static final int MAX_NAME = 80;
    static final int MAX_FILE_NAME = 200;
    /**
     * The longest class file the emitters put inside every type they write (a union's
     * Deserializer; records hold a shorter Builder), which the limit must leave room for.
     */
    private static final String LONGEST_MEMBER_FILE = "$Deserializer.class";
    /** Room left under {@link #MAX_NAME} for the number that tells a taken name apart. */
    private static final int SUGGESTION = MAX_NAME - 4;

    private final Map<String, List<String>> paths = new HashMap<>();
    private final Map<String, NameScope> nestedScopes = new HashMap<>();

    private final NameScope packageScope;
    private final Set<String> reserved;

    TypeNames(NameScope packageScope, Set<String> reserved) {
        this.packageScope = packageScope;
        this.reserved = reserved;
    }

    /** Names the types that get a class of their own, in id order. */
    void nameTopLevel(ApiModel model) {
        for (TypeDef type : model.types().values()) {
            if (owner(model, type.id()) == null) {
                paths.put(type.id(), List.of(topLevel(type.id())));
            }
        }
    }

    /**
     * Names the nested types, outermost first. A nested name may equal a name elsewhere
     * ({@code Device.Properties} beside {@code AcsUser.Properties} and a {@code Properties} of
     * its own): JavaPoet qualifies what a nested name would hide, and the emitter does so for the
     * nested types a union's variants inherit.
     */
    void nameNested(ApiModel model) {
        List<String> nested = new ArrayList<>();
        for (String id : model.types().keySet()) {
            if (owner(model, id) != null) {
                nested.add(id);
            }
        }
        Map<String, Integer> depths = new HashMap<>();
        nested.forEach(id -> depths.put(id, depth(model, id)));
        nested.sort(Comparator.comparing((String id) -> depths.get(id)).thenComparing(Comparator.naturalOrder()));
        for (String id : nested) {
            Placement placement = model.placements().get(id);
            // A nested type named like a type of the package that its owner's fields use would
            // hide it in the owner's record header, where JavaPoet writes the simple name; and a
            // union named like one of its variants would permit itself: javac reads the simple
            // name in its own permits clause as the union.
            Set<String> avoid = topLevelUses(model, placement.ownerId());
            if (model.types().get(id) instanceof TypeDef.UnionDef union) {
                for (TypeDef.Variant v : union.variants()) {
                    List<String> variant = paths.get(v.typeId());
                    if (variant != null) {
                        avoid.add(variant.get(variant.size() - 1));
                    }
                }
            }
            paths.put(id, nest(paths.get(placement.ownerId()), placement.name(), id, avoid));
        }
    }

    /** The simple names of the top-level types that the fields of an object use. */
    private Set<String> topLevelUses(ApiModel model, String ownerId) {
        Set<String> names = new HashSet<>();
        if (model.types().get(ownerId) instanceof TypeDef.ObjectDef owner) {
            owner.fields().forEach(f -> topLevelUses(f.type(), names));
        }
        return names;
    }

    private void topLevelUses(TypeRef type, Set<String> into) {
        if (type instanceof TypeRef.ListOf list) {
            topLevelUses(list.items(), into);
        } else if (type instanceof TypeRef.MapOf map) {
            topLevelUses(map.values(), into);
        } else if (type instanceof TypeRef.Named named) {
            List<String> path = paths.get(named.id());
            if (path != null && path.size() == 1) {
                into.add(path.get(0));
            }
        }
    }

    /** The class of a union's variants that this client does not know, nested in the union. */
    List<String> unknownVariant(String unionId) {
        return nest(paths.get(unionId), "Unknown", null, Set.of());
    }

    List<String> path(String typeId) {
        List<String> path = paths.get(typeId);
        if (path == null) {
            throw new IllegalArgumentException("no type " + typeId);
        }
        return path;
    }

    /** A class of its own, named after the words of {@code raw}. */
    String topLevel(String raw) {
        return packageScope.allocate(suggest(raw));
    }

    /** A readable name that is not one of the types the generated code uses unqualified. */
    private String suggest(String raw) {
        String name = readable(raw);
        return reserved.contains(name) ? name + "Model" : name;
    }

    private List<String> nest(List<String> ownerPath, String raw, String hoistedId, Set<String> avoid) {
        NameScope scope = nestedScopes.computeIfAbsent(String.join(".", ownerPath), k -> NameScope.types(ownerPath));
        String name = scope.allocate(suggest(raw));
        while (avoid.contains(name)) {
            name = scope.allocate(suggest(raw));
        }
        String binary = String.join("$", ownerPath) + "$" + name;
        if (binary.getBytes(StandardCharsets.UTF_8).length + LONGEST_MEMBER_FILE.length() > MAX_FILE_NAME) {
            return List.of(topLevel(hoistedId != null ? hoistedId : ownerPath.get(ownerPath.size() - 1) + raw));
        }
        List<String> path = new ArrayList<>(ownerPath);
        path.add(name);
        return List.copyOf(path);
    }

    private static String owner(ApiModel model, String id) {
        Placement p = model.placements().get(id);
        return p != null && model.types().containsKey(p.ownerId()) ? p.ownerId() : null;
    }

    private static int depth(ApiModel model, String id) {
        int depth = 0;
        for (String at = owner(model, id); at != null && depth <= model.types().size(); at = owner(model, at)) {
            depth++;
        }
        return depth;
    }

    /**
     * A class name from the words of {@code raw}: a word or run of words said twice in a row is
     * said once ({@code device_device_manufacturer}), and a name too long loses its leading words,
     * which repeat where the type stands, while its last ones say what it is.
     */
    static String readable(String raw) {
        List<String> words = new ArrayList<>();
        for (String w : Identifiers.words(raw)) {
            words.add(w.toLowerCase(Locale.ROOT));
            for (int run = 1; run <= words.size() / 2; run++) {
                int n = words.size();
                if (words.subList(n - run, n).equals(words.subList(n - 2 * run, n - run))) {
                    words.subList(n - run, n).clear();
                    break;
                }
            }
        }
        while (words.size() > 1 && tooLong(words)) {
            words.remove(0);
            while (words.size() > 1 && !Character.isLetter(words.get(0).codePointAt(0))) {
                words.remove(0);
            }
        }
        String name = Identifiers.pascal(String.join("_", words));
        while (tooLong(List.of(name))) {
            name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        }
        return name;
    }

    private static boolean tooLong(List<String> words) {
        String joined = String.join("", words);
        return joined.codePointCount(0, joined.length()) > SUGGESTION
                || joined.getBytes(StandardCharsets.UTF_8).length > 2 * SUGGESTION;
    }
}
