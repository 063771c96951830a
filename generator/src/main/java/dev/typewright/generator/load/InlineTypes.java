package dev.typewright.generator.load;

import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Placement;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names for inline types that several places share. While the model is built, a shared type is
 * named after the first place it stood ({@code pets_list_pet_owner_address});
 * once all are known it takes what their names have in common ({@code pet_owner_address}),
 * and the types nested in it follow.
 */
final class InlineTypes {
    private InlineTypes() {}

    /**
     * @param hints for each shared type, the names of every place it stood (the first is its id)
     * @param preferred names asked for types (an operation's result, after its response key), which
     *     they get where no type has them, after the shared types got theirs
     * @return new ids by old id; types whose places have less than two words in common keep theirs
     */
    static Map<String, String> renames(
            Map<String, List<String>> hints, Map<String, String> preferred, Set<String> ids, Set<String> components) {
        Set<String> taken = new HashSet<>(ids);
        taken.addAll(components);
        Map<String, String> renames = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : hints.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            String common = commonSuffix(e.getValue());
            if (common.split("_").length >= 2 && taken.add(common)) {
                renames.put(e.getKey(), common);
            }
        }
        preferred.forEach((id, name) -> {
            if (ids.contains(id) && !renames.containsKey(id) && taken.add(name)) {
                renames.put(id, name);
            }
        });
        // Types made inside a renamed one carry its old id as a prefix; shortest ids first, so that
        // a type inside a type inside a renamed one follows its parent's new name.
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        for (String id : sorted) {
            if (renames.containsKey(id)) {
                continue;
            }
            String parent = null;
            for (String candidate : renames.keySet()) {
                if (id.startsWith(candidate + "_") && (parent == null || candidate.length() > parent.length())) {
                    parent = candidate;
                }
            }
            if (parent != null) {
                String renamed = renames.get(parent) + id.substring(parent.length());
                if (taken.add(renamed)) {
                    renames.put(id, renamed);
                }
            }
        }
        return renames;
    }

    /** The words at the end of every name, such as {@code pet_owner_address}. */
    static String commonSuffix(Collection<String> names) {
        List<String[]> split = names.stream().map(n -> n.split("_")).toList();
        int shortest = split.stream().mapToInt(a -> a.length).min().orElse(0);
        int common = 0;
        while (common < shortest) {
            String word = split.get(0)[split.get(0).length - 1 - common];
            int at = common;
            if (!split.stream().allMatch(a -> a[a.length - 1 - at].equals(word))) {
                break;
            }
            common++;
        }
        String[] first = split.get(0);
        return String.join("_", Arrays.copyOfRange(first, first.length - common, first.length));
    }

    static Map<String, TypeDef> rename(Map<String, TypeDef> types, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return types;
        }
        Map<String, TypeDef> out = new TreeMap<>();
        for (TypeDef t : types.values()) {
            TypeDef renamed = rename(t, renames);
            out.put(renamed.id(), renamed);
        }
        return out;
    }

    static Map<String, Placement> renamePlacements(Map<String, Placement> placements, Map<String, String> renames) {
        Map<String, Placement> out = new TreeMap<>();
        placements.forEach((id, p) ->
                out.put(renames.getOrDefault(id, id), p.withOwnerId(renames.getOrDefault(p.ownerId(), p.ownerId()))));
        return out;
    }

    static Operation rename(Operation op, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return op;
        }
        return op.with(
                        op.parameters().stream()
                                .map(p -> p.withType(rename(p.type(), renames)))
                                .toList(),
                        op.result() == null ? null : rename(op.result(), renames))
                .withOutcomes(op.outcomes().stream()
                        .map(o -> o.type() == null ? o : o.withType(rename(o.type(), renames)))
                        .toList());
    }

    private static TypeDef rename(TypeDef t, Map<String, String> renames) {
        String id = renames.getOrDefault(t.id(), t.id());
        if (t instanceof TypeDef.ObjectDef o) {
            return o.with(
                    id,
                    o.fields().stream()
                            .map(f -> f.withType(rename(f.type(), renames)))
                            .toList());
        }
        if (t instanceof TypeDef.UnionDef u) {
            return u.with(
                    id,
                    u.variants().stream()
                            .map(v -> v.withTypeId(renames.getOrDefault(v.typeId(), v.typeId())))
                            .toList());
        }
        return ((TypeDef.EnumDef) t).withId(id);
    }

    private static TypeRef rename(TypeRef ref, Map<String, String> renames) {
        if (ref instanceof TypeRef.Named n) {
            return new TypeRef.Named(renames.getOrDefault(n.id(), n.id()));
        }
        if (ref instanceof TypeRef.ListOf l) {
            return new TypeRef.ListOf(rename(l.items(), renames));
        }
        if (ref instanceof TypeRef.MapOf m) {
            return new TypeRef.MapOf(rename(m.values(), renames));
        }
        return ref;
    }
}
