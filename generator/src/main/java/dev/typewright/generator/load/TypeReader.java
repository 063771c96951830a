package dev.typewright.generator.load;

import dev.typewright.generator.model.Placement;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.model.TypeRef.Scalar;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns schemas into type uses, defining the object, enum and union types they need on the way,
 * each once: an inline shape written out in many places is shared, a type that contains itself
 * stops there.
 */
final class TypeReader {
    private final Schemas schemas;
    private final String file;
    private final Map<String, TypeDef> types = new TreeMap<>();
    /** Object types whose fields are being built, so a type that contains itself stops there. */
    private final Set<String> definingObjects = new HashSet<>();
    /** Non-object schemas being followed through $refs, to report a reference loop. */
    private final Set<String> followingAliases = new HashSet<>();
    /**
     * The first inline object or union schema met of each shape, under where it stood, by kind and
     * Swagger Parser's structural hash of the schema. Writing every schema out as JSON to compare
     * them took two fifths of loading Seam's spec (each nested one is written again with its
     * owner), and most shapes are met once: only schemas whose hashes meet are written out.
     */
    private final Map<String, List<InlineShape>> inlineShapes = new HashMap<>();

    private final Map<String, List<String>> inlineHints = new LinkedHashMap<>();
    /** Enum type ids by property name and values, so that each enum is defined once. */
    private final Map<String, String> enumIds = new HashMap<>();
    /**
     * The types being defined, innermost last; an empty string stands for a named schema reached
     * through a $ref, whose inline types belong to it and not to the type that referred to it.
     */
    private final List<String> owners = new ArrayList<>();

    private final Map<String, Placement> placements = new HashMap<>();
    private final Map<String, String> preferredNames = new LinkedHashMap<>();
    /** Inline types that stand in more than one place, and so belong to none of them. */
    private final Set<String> shared = new HashSet<>();

    private final Customizations customizations;

    private final Problems problems;

    TypeReader(Schemas schemas, String file, Customizations customizations, Problems problems) {
        this.schemas = schemas;
        this.file = file;
        this.customizations = customizations;
        this.problems = problems;
    }

    Map<String, TypeDef> types() {
        return types;
    }

    Map<String, List<String>> inlineHints() {
        return inlineHints;
    }

    /** Where each inline type that stands in exactly one place stands. */
    Map<String, Placement> placements() {
        Map<String, Placement> single = new HashMap<>(placements);
        single.keySet().removeAll(shared);
        return single;
    }

    /**
     * Records that the inline type {@code id}, about to be defined, stands in the type being
     * defined now, as {@code name} or else as what its id adds to its owner's.
     */
    /** The names inline types stand under where their ids were changed by {@link #child}. */
    private final Map<String, String> inlineNames = new HashMap<>();

    private void place(String id, String name) {
        String owner = owners.isEmpty() ? "" : owners.get(owners.size() - 1);
        if (owner.isEmpty() || owner.equals(id)) {
            return;
        }
        if (name == null) {
            name = inlineNames.getOrDefault(id, id.startsWith(owner + "_") ? id.substring(owner.length() + 1) : id);
        }
        placements.put(id, new Placement(owner, name));
    }

    /**
     * The type already made for an identical inline schema elsewhere, or null (and then the caller
     * makes one under {@code hint}): a spec that writes the same shape out in many places gets one
     * type for it, named after what those places have in common (at least two words) once the
     * model is built.
     */
    String sharedInline(String kind, Schema<?> schema, String hint) {
        List<InlineShape> sameHash =
                inlineShapes.computeIfAbsent(kind + " " + schema.hashCode(), k -> new ArrayList<>(1));
        String existing = null;
        if (!sameHash.isEmpty()) {
            String json = InlineShape.json(schema);
            if (json == null) {
                return null;
            }
            for (InlineShape seen : sameHash) {
                if (json.equals(seen.json())) {
                    existing = seen.hint;
                    break;
                }
            }
        }
        if (existing != null && !existing.equals(hint)) {
            // Sharing is only worth a name every place agrees on: pets_get_pet and toys_get_toy stay apart.
            List<String> places = new ArrayList<>(inlineHints.get(existing));
            places.add(hint);
            if (InlineTypes.commonSuffix(places).split("_").length >= 2) {
                inlineHints.get(existing).add(hint);
                shared.add(existing);
                return existing;
            }
            return null;
        }
        if (existing == null) {
            sameHash.add(new InlineShape(schema, hint));
        }
        inlineHints.computeIfAbsent(hint, k -> new ArrayList<>(List.of(hint)));
        return null;
    }

    /**
     * An inline schema and where it first stood; its canonical JSON, which tells it from another
     * schema with its hash, is written when first asked for (the loader never changes a schema).
     */
    private static final class InlineShape {
        private final Schema<?> schema;
        private final String hint;
        private String json;

        InlineShape(Schema<?> schema, String hint) {
            this.schema = schema;
            this.hint = hint;
        }

        /** The canonical JSON, or null for a schema that cannot be written, which is shared with none. */
        String json() {
            if (json == null) {
                json = json(schema);
            }
            return json;
        }

        static String json(Schema<?> schema) {
            try {
                return io.swagger.v3.core.util.Json.mapper().writeValueAsString(schema);
            } catch (com.fasterxml.jackson.core.JsonProcessingException unserializable) {
                return null;
            }
        }
    }

    /**
     * Asks that the type {@code id} be called {@code name} once the model is built, if no type has
     * that name then: an operation's result reads best under the name the response gives it
     * ({@code reservation_run}) rather than spelled out from the operation's path.
     */
    void prefer(String id, String name) {
        preferredNames.putIfAbsent(id, name);
    }

    Map<String, String> preferredNames() {
        return preferredNames;
    }

    /**
     * The id of a type that stands inline under {@code owner}: {@code owner_name}, unless a named
     * schema has that name (Stripe's {@code setup_intent_payment_method_options} has an
     * {@code acss_debit} beside a schema {@code setup_intent_payment_method_options_acss_debit}),
     * whose type the inline one would otherwise replace.
     */
    String child(String owner, String name) {
        String id = owner + "_" + name;
        if (!schemas.components().containsKey(id)) {
            return id;
        }
        String inline = id + "_inline";
        for (int n = 2; schemas.components().containsKey(inline); n++) {
            inline = id + "_inline" + n;
        }
        inlineNames.put(inline, name);
        return inline;
    }

    TypeRef typeOf(Schema<?> schema, String hint, String pointer) throws SpecException {
        return typeOf(schema, hint, pointer, null);
    }

    /** A class the user maps to: one of the types the generator knows well as that type. */
    private static TypeRef external(String className) {
        String name = className.startsWith("java.lang.") ? className.substring("java.lang.".length()) : className;
        return switch (name) {
            case "String" -> TypeRef.of(Scalar.STRING);
            case "Integer" -> TypeRef.of(Scalar.INTEGER);
            case "Long" -> TypeRef.of(Scalar.LONG);
            case "Double" -> TypeRef.of(Scalar.DOUBLE);
            case "Boolean" -> TypeRef.of(Scalar.BOOLEAN);
            case "java.time.OffsetDateTime" -> TypeRef.of(Scalar.DATE_TIME);
            case "java.time.LocalDate" -> TypeRef.of(Scalar.DATE);
            case "com.fasterxml.jackson.databind.JsonNode" -> TypeRef.of(Scalar.ANY);
            default -> new TypeRef.External(name.contains(".") ? name : "java.lang." + name);
        };
    }

    /**
     * Maps a schema to a type use, defining object, enum and union types on the way: named by
     * {@code hint}, the path to where the schema stands, or for enums preferably by {@code shortName},
     * the property that holds it.
     */
    @SuppressWarnings("rawtypes") // Swagger Parser's oneOf and anyOf are lists of raw schemas.
    TypeRef typeOf(Schema<?> schema, String hint, String pointer, String shortName) throws SpecException {
        if (schema.get$ref() != null) {
            String name = schemas.refName(schema.get$ref(), pointer);
            String mapped = customizations.schemaMappings().get(name);
            if (mapped != null) {
                return external(mapped);
            }
            Schema<?> target = schemas.components().get(name);
            String targetPointer = Pointers.child("/components/schemas", name);
            if (schemas.isObject(target)) {
                defineObject(name, target, targetPointer);
                return new TypeRef.Named(name);
            }
            if (!followingAliases.add(targetPointer)) {
                throw new SpecException(file, targetPointer, "schema refers to itself without an object in between");
            }
            owners.add("");
            try {
                return typeOf(target, name, targetPointer, name);
            } finally {
                owners.remove(owners.size() - 1);
                followingAliases.remove(targetPointer);
            }
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return typeOf(schema.getAllOf().get(0), hint, pointer + "/allOf/0", shortName);
        }
        int annotated = annotatedMember(schema);
        if (annotated >= 0) {
            return typeOf(schema.getAllOf().get(annotated), hint, pointer + "/allOf/" + annotated, shortName);
        }
        int scalar = scalarMember(schema, pointer);
        if (scalar >= 0) {
            return typeOf(schema.getAllOf().get(scalar), hint, pointer + "/allOf/" + scalar, shortName);
        }
        List<Schema> single = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (single != null
                && single.size() == 1
                && (schema.getOneOf() == null || schema.getAnyOf() == null)
                && schema.getProperties() == null) {
            // One alternative is no choice: Stripe writes a nullable reference as anyOf [$ref].
            String kind = schema.getOneOf() != null ? "/oneOf/0" : "/anyOf/0";
            return typeOf(single.get(0), hint, pointer + kind, shortName);
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            return alternatives(schema, hint, pointer, shortName);
        }
        if (schemas.isObject(schema)) {
            if (!schemas.properties(schema, pointer).isEmpty()) {
                String shared = sharedInline("object", schema, hint);
                if (shared != null) {
                    return new TypeRef.Named(shared);
                }
                if (!types.containsKey(hint) && !definingObjects.contains(hint)) {
                    place(hint, null);
                }
                defineObject(hint, schema, pointer);
                return new TypeRef.Named(hint);
            }
            Object additional = schema.getAdditionalProperties();
            if (additional instanceof Schema<?> values) {
                return new TypeRef.MapOf(typeOf(values, child(hint, "value"), pointer + "/additionalProperties"));
            }
            return new TypeRef.MapOf(TypeRef.of(Scalar.ANY));
        }
        String type = Schemas.type(schema);
        if (type == null) {
            return TypeRef.of(Scalar.ANY);
        }
        String format = schema.getFormat();
        List<String> values = Schemas.enumValues(schema);
        if ("string".equals(type) && values.size() > 1) {
            return enumType(values, schema.getDescription(), hint, shortName);
        }
        String mapped = customizations.javaType(type, format);
        if (mapped != null) {
            return external(mapped);
        }
        return switch (type) {
            case "string" ->
                TypeRef.of(
                        "date-time".equals(format)
                                ? Scalar.DATE_TIME
                                : "date".equals(format) ? Scalar.DATE : Scalar.STRING);
            case "integer" -> TypeRef.of("int64".equals(format) ? Scalar.LONG : Scalar.INTEGER);
            case "number" -> TypeRef.of(Scalar.DOUBLE);
            case "boolean" -> TypeRef.of(Scalar.BOOLEAN);
            case "array" ->
                new TypeRef.ListOf(
                        schema.getItems() == null
                                ? TypeRef.of(Scalar.ANY)
                                : typeOf(schema.getItems(), child(hint, "item"), pointer + "/items"));
            default -> TypeRef.of(Scalar.ANY);
        };
    }

    /**
     * One enum type per property name and set of values: the same enum written out in many places
     * becomes one type, named after the property where it can be, else after where it first stands.
     */
    TypeRef enumType(List<String> values, String description, String hint, String shortName) {
        String signature = shortName + " " + values;
        String id = enumIds.get(signature);
        if (id == null) {
            id = shortName != null
                            && !types.containsKey(shortName)
                            && !schemas.components().containsKey(shortName)
                    ? shortName
                    : hint;
            for (int i = 2; types.containsKey(id); i++) {
                id = hint + "_" + i;
            }
            enumIds.put(signature, id);
            place(id, shortName);
            types.put(id, new TypeDef.EnumDef(id, description, values));
        } else {
            shared.add(id);
        }
        return new TypeRef.Named(id);
    }

    /**
     * {@code oneOf}/{@code anyOf}: object shapes become a union type, string enums one merged enum,
     * and anything else (a string or a boolean, say) stays a free JSON value.
     */
    TypeRef alternatives(Schema<?> schema, String hint, String pointer, String shortName) throws SpecException {
        boolean one = schema.getOneOf() != null;
        List<Schema> options = one ? schema.getOneOf() : schema.getAnyOf();
        String at = pointer + (one ? "/oneOf/" : "/anyOf/");
        List<Schema<?>> resolved = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            resolved.add(schemas.resolve(options.get(i), at + i));
        }
        boolean allObjects = !resolved.isEmpty();
        for (int i = 0; i < resolved.size(); i++) {
            allObjects &= schemas.isObject(resolved.get(i))
                    && !schemas.properties(resolved.get(i), at + i).isEmpty();
        }
        if (allObjects) {
            String existing = sharedInline("union", schema, hint);
            if (existing != null) {
                return new TypeRef.Named(existing);
            }
            if (!types.containsKey(hint) && !definingObjects.contains(hint)) {
                place(hint, null);
            }
            return union(schema, options, hint, at);
        }
        List<String> values = new ArrayList<>();
        boolean allStrings = !resolved.isEmpty();
        for (Schema<?> o : resolved) {
            allStrings &= "string".equals(Schemas.type(o)) && o.getEnum() != null;
            Schemas.enumValues(o).stream().filter(v -> !values.contains(v)).forEach(values::add);
        }
        if (allStrings && values.size() > 1) {
            return enumType(values, schema.getDescription(), hint, shortName);
        }
        return TypeRef.of(Scalar.ANY);
    }

    /** The value that selects a referenced variant: its key in the mapping, else the schema's name. */
    String discriminatorValue(Map<String, String> mapping, String ref, String pointer) throws SpecException {
        if (mapping != null) {
            for (Map.Entry<String, String> e : mapping.entrySet()) {
                if (e.getValue().equals(ref)) {
                    return e.getKey();
                }
            }
        }
        return schemas.refName(ref, pointer);
    }

    @SuppressWarnings("rawtypes")
    TypeRef union(Schema<?> schema, List<Schema> options, String hint, String at) throws SpecException {
        if (types.containsKey(hint) || !definingObjects.add(hint)) {
            return new TypeRef.Named(hint);
        }
        owners.add(hint);
        try {
            String discriminator = schema.getDiscriminator() == null
                    ? null
                    : schema.getDiscriminator().getPropertyName();
            List<TypeDef.Variant> variants = new ArrayList<>();
            Set<String> variantIds = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                Schema<?> option = options.get(i);
                String vp = at + i;
                Schema<?> shape = schemas.resolve(option, vp);
                Map<String, String> fixed = new LinkedHashMap<>();
                for (Map.Entry<String, Schema<?>> prop :
                        schemas.properties(shape, vp).entrySet()) {
                    List<String> only = Schemas.enumValues(schemas.resolve(prop.getValue(), vp));
                    if (only.size() == 1) {
                        fixed.put(prop.getKey(), only.get(0));
                    }
                }
                if (discriminator != null && !fixed.containsKey(discriminator) && option.get$ref() != null) {
                    fixed.put(
                            discriminator,
                            discriminatorValue(schema.getDiscriminator().getMapping(), option.get$ref(), vp));
                }
                String typeId;
                if (option.get$ref() != null) {
                    if (!(typeOf(option, hint, vp) instanceof TypeRef.Named named)) {
                        throw new SpecException(
                                file,
                                vp,
                                "schema mapping " + schemas.refName(option.get$ref(), vp)
                                        + " maps a variant of this union to a class of your own, which cannot be"
                                        + " one of its variants; map the union's schema instead");
                    }
                    typeId = named.id();
                } else {
                    List<String> words = new ArrayList<>();
                    if (discriminator != null && fixed.containsKey(discriminator)) {
                        words.add(fixed.get(discriminator));
                    } else {
                        words.addAll(fixed.values());
                    }
                    String base = child(hint, words.isEmpty() ? "variant_" + (i + 1) : String.join("_", words));
                    typeId = base;
                    for (int n = 2; types.containsKey(typeId) || !variantIds.add(typeId); n++) {
                        typeId = base + "_" + n;
                    }
                    place(typeId, null);
                    defineObject(typeId, shape, vp);
                }
                // The same schema named twice among the alternatives is one variant: a type cannot
                // implement one interface twice.
                String id = typeId;
                if (variants.stream().noneMatch(v -> v.typeId().equals(id))) {
                    variants.add(new TypeDef.Variant(typeId, fixed, schemas.required(shape)));
                }
            }
            types.put(hint, new TypeDef.UnionDef(hint, schema.getDescription(), discriminator, variants));
        } finally {
            owners.remove(owners.size() - 1);
            definingObjects.remove(hint);
        }
        return new TypeRef.Named(hint);
    }

    void defineObject(String id, Schema<?> schema, String pointer) throws SpecException {
        if (types.containsKey(id) || !definingObjects.add(id)) {
            return;
        }
        owners.add(id);
        // An object stands between any alias outside it and the same alias inside it: a list of
        // mappings whose mappings hold lists of mappings is a tree, not a loop.
        Set<String> outerAliases = Set.copyOf(followingAliases);
        followingAliases.clear();
        try {
            Map<String, Schema<?>> props = schemas.properties(schema, pointer);
            Set<String> required = schemas.required(schema);
            List<TypeDef.Field> fields = new ArrayList<>();
            for (Map.Entry<String, Schema<?>> prop : props.entrySet()) {
                Schema<?> ps = prop.getValue();
                String pp = Pointers.child(pointer + "/properties", prop.getKey());
                if (prop.getKey().isEmpty()) {
                    // Jackson reads an empty @JsonProperty name as no name at all.
                    problems.warn(pp, "a property without a name is kept with the type's unknown fields");
                    continue;
                }
                fields.add(new TypeDef.Field(
                        prop.getKey(),
                        typeOf(ps, child(id, prop.getKey()), pp, prop.getKey()),
                        required.contains(prop.getKey()),
                        Schemas.isNullable(ps),
                        Schemas.describe(ps),
                        schemas.deprecation(ps.getDeprecated(), ps.getExtensions()),
                        Schemas.defaultValue(ps)));
            }
            types.put(
                    id,
                    new TypeDef.ObjectDef(
                            id,
                            schema.getDescription(),
                            fields,
                            schemas.deprecation(schema.getDeprecated(), schema.getExtensions())));
        } finally {
            owners.remove(owners.size() - 1);
            followingAliases.clear();
            followingAliases.addAll(outerAliases);
            definingObjects.remove(id);
        }
    }

    /** Defines the type of a named schema, if it is one that gets a type of its own. */
    void defineComponent(String name, Schema<?> schema, String pointer) throws SpecException {
        if (schemas.isObject(schema)) {
            defineObject(name, schema, pointer);
        } else if (schema.getOneOf() != null || schema.getAnyOf() != null || schema.getEnum() != null) {
            typeOf(schema, name, pointer, name);
        }
    }

    /**
     * For an allOf of one schema and annotations around it ({@code [{$ref: Mappings}, {description:
     * ...}]}, OpenAPI 3.0's way of describing a reference), the member that is the schema; -1 for
     * any other schema. Without this, each place would copy the referenced object into a type of
     * its own, and one that refers to itself would be copied without end.
     */
    private static int annotatedMember(Schema<?> schema) {
        if (schema.getAllOf() == null || schema.getProperties() != null || Schemas.type(schema) != null) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < schema.getAllOf().size(); i++) {
            Schema<?> member = schema.getAllOf().get(i);
            boolean annotation = member.get$ref() == null
                    && member.getType() == null
                    && member.getTypes() == null
                    && member.getProperties() == null
                    && member.getItems() == null
                    && member.getAllOf() == null
                    && member.getOneOf() == null
                    && member.getAnyOf() == null
                    && member.getEnum() == null
                    && member.getRequired() == null
                    && member.getAdditionalProperties() == null;
            if (!annotation) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * For an allOf that only narrows a value that is not an object (a string, then a string of at
     * least one character), the member that gives its type; -1 for any other schema.
     */
    private int scalarMember(Schema<?> schema, String pointer) throws SpecException {
        if (schema.getAllOf() == null || schema.getProperties() != null || Schemas.type(schema) != null) {
            return -1;
        }
        int typed = -1;
        for (int i = 0; i < schema.getAllOf().size(); i++) {
            Schema<?> member = schemas.resolve(schema.getAllOf().get(i), pointer + "/allOf/" + i);
            if (schemas.isObject(member)
                    || member.getAllOf() != null
                    || member.getOneOf() != null
                    || member.getAnyOf() != null) {
                return -1;
            }
            if (typed < 0 && Schemas.type(member) != null) {
                typed = i;
            }
        }
        return typed;
    }
}
