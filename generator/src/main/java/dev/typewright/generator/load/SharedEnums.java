package dev.typewright.generator.load;

import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Placement;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One Java type per set of enum values, so that what a response returns can be passed straight
 * back to a filter that lists the same values ({@code DeviceType} for Seam's devices and for the
 * {@code device_types} filter of {@code /devices/list}).
 *
 * <p>A property every variant of a union fixes to its own value (Seam's {@code event_type}) is
 * such an enum too, which the union's interface then offers ({@code Event.eventType()}) typed
 * like the filter that lists the same values.
 */
final class SharedEnums {
    private SharedEnums() {}

    record Result(Map<String, TypeDef> types, Map<String, Placement> placements, List<Operation> operations) {}

    static Result apply(Map<String, TypeDef> types, Map<String, Placement> placements, List<Operation> operations) {
        Map<String, TypeDef> t = new TreeMap<>(types);
        Map<String, Placement> p = new TreeMap<>(placements);
        unionKeys(t, p);
        Map<String, String> merged = merge(t, p);
        if (merged.isEmpty()) {
            return new Result(t, p, operations);
        }
        return new Result(
                InlineTypes.rename(t, merged),
                p,
                operations.stream().map(op -> InlineTypes.rename(op, merged)).toList());
    }

    /**
     * Makes an enum, nested in the union, of each string property that every variant fixes and
     * that takes more than one value across them, and types the variants' property with it.
     */
    private static void unionKeys(Map<String, TypeDef> types, Map<String, Placement> placements) {
        for (TypeDef type : List.copyOf(types.values())) {
            if (!(type instanceof TypeDef.UnionDef union) || union.variants().size() < 2) {
                continue;
            }
            Set<String> keys = new TreeSet<>(union.variants().get(0).fixed().keySet());
            union.variants().forEach(v -> keys.retainAll(v.fixed().keySet()));
            for (String key : keys) {
                Set<String> values = new LinkedHashSet<>();
                union.variants().forEach(v -> values.add(v.fixed().get(key)));
                boolean strings = values.size() > 1;
                for (TypeDef.Variant v : union.variants()) {
                    strings &= types.get(v.typeId()) instanceof TypeDef.ObjectDef object
                            && object.fields().stream()
                                    .anyMatch(f -> f.jsonName().equals(key)
                                            && f.type().equals(TypeRef.of(TypeRef.Scalar.STRING)));
                }
                if (!strings) {
                    continue;
                }
                String id = union.id() + "_" + key;
                for (int n = 2; types.containsKey(id); n++) {
                    id = union.id() + "_" + key + "_" + n;
                }
                types.put(id, new TypeDef.EnumDef(id, null, List.copyOf(values)));
                placements.put(id, new Placement(union.id(), key));
                TypeRef enumType = new TypeRef.Named(id);
                for (TypeDef.Variant v : union.variants()) {
                    TypeDef.ObjectDef object = (TypeDef.ObjectDef) types.get(v.typeId());
                    types.put(
                            object.id(),
                            object.with(
                                    object.id(),
                                    object.fields().stream()
                                            .map(f -> f.jsonName().equals(key) ? f.withType(enumType) : f)
                                            .toList()));
                }
            }
        }
    }

    /**
     * Folds the enums of each value set into one: the one a model's field uses, before one only
     * requests use; then a type of its own before a nested one; then the shortest id.
     *
     * @return the id each folded enum now goes by
     */
    private static Map<String, String> merge(Map<String, TypeDef> types, Map<String, Placement> placements) {
        Set<String> inModels = new HashSet<>();
        for (TypeDef type : types.values()) {
            if (type instanceof TypeDef.ObjectDef object) {
                object.fields().forEach(f -> named(f.type(), inModels));
            }
        }
        Map<Set<String>, List<String>> bySet = new TreeMap<>(Comparator.comparing(Set::toString));
        for (TypeDef type : types.values()) {
            if (type instanceof TypeDef.EnumDef e) {
                bySet.computeIfAbsent(new TreeSet<>(e.values()), k -> new ArrayList<>())
                        .add(e.id());
            }
        }
        Map<String, String> merged = new TreeMap<>();
        for (List<String> ids : bySet.values()) {
            if (ids.size() < 2) {
                continue;
            }
            String kept = ids.stream()
                    .min(Comparator.comparing((String id) -> !inModels.contains(id))
                            .thenComparing(placements::containsKey)
                            .thenComparing(String::length)
                            .thenComparing(Comparator.naturalOrder()))
                    .orElseThrow();
            for (String id : ids) {
                if (!id.equals(kept)) {
                    merged.put(id, kept);
                    types.remove(id);
                    placements.remove(id);
                }
            }
        }
        return merged;
    }

    private static void named(TypeRef ref, Set<String> into) {
        if (ref instanceof TypeRef.Named n) {
            into.add(n.id());
        } else if (ref instanceof TypeRef.ListOf l) {
            named(l.items(), into);
        } else if (ref instanceof TypeRef.MapOf m) {
            named(m.values(), into);
        }
    }
}
