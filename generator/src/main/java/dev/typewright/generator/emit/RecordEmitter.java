package dev.typewright.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewright.generator.model.Deprecation;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.naming.Identifiers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes one immutable record with a builder: the shape of both response models and request
 * types. Small methods each build one member, so the two kinds differ only in their {@link Shape}.
 */
final class RecordEmitter {
    /**
     * One component of the record. {@code inBody} is false for path, query and header inputs;
     * {@code input} is true for a request's members, which the caller sets, and false for a
     * model's, which a server sends; {@code defaultValue} is the spec's default as JSON, or null.
     */
    record Member(
            String jsonName,
            String javaName,
            TypeRef type,
            boolean required,
            boolean nullable,
            String description,
            Deprecation deprecation,
            boolean inBody,
            boolean input,
            String defaultValue) {

        /**
         * Nullable in the JSON, where absent, null and a value are three different things: every
         * nullable field of a model, since a server may leave out even a required one and a
         * round trip must not add it; and an optional nullable input. A required nullable input
         * is always sent, null or not.
         */
        boolean threeState() {
            return inBody && nullable && !(required && input);
        }
    }

    /**
     * @param keepsExtras whether unknown JSON fields are kept (models) or not (requests)
     * @param checksRequired whether {@code build()} insists on required members (requests)
     * @param unions the sealed union interfaces this record is a variant of
     * @param choices sets of members of which {@code build()} insists on one whole set (requests)
     */
    record Shape(
            ClassName name,
            String description,
            Deprecation deprecation,
            List<Member> members,
            boolean keepsExtras,
            boolean checksRequired,
            List<Membership> unions,
            List<List<Member>> choices) {}

    /** A union this type is a variant of, and the method of the union's visitor that takes it. */
    record Membership(ClassName union, String visit) {}

    private static final String EXTRAS = "additionalProperties";

    private static final String EXTRAS_DOC = "fields the server sent that this version of the client does not know, and"
            + " nulls it sent for fields that cannot hold one";

    /**
     * The name of the unknown-fields bag: {@code additionalProperties}, unless a field of the JSON
     * has that name. Jackson knows the bag by its Java name, so it would take that field for it.
     */
    private static String extras(Shape shape) {
        if (!names(shape, EXTRAS)) {
            return EXTRAS;
        }
        String name = "unknownFields";
        for (int i = 2; names(shape, name); i++) {
            name = "unknownFields" + i;
        }
        return name;
    }

    /** Whether a member has the name, in JSON or in Java. */
    private static boolean names(Shape shape, String name) {
        for (Member m : shape.members()) {
            if (m.jsonName().equals(name) || m.javaName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The builder's method that adds one unknown field: {@code putAdditionalProperty}. */
    private static String putExtra(Shape shape) {
        String bag = extras(shape);
        return bag.equals(EXTRAS)
                ? "putAdditionalProperty"
                : "putUnknownField" + bag.substring("unknownFields".length());
    }
    /**
     * JSON names of fields that hold credentials in any API (a client session's {@code token}, a
     * webhook's {@code secret}, an {@code api_key}): their values never appear in {@code toString()}.
     */
    private static final Pattern SECRET = Pattern.compile(
            "(^|_)(token|secret|password|passphrase|api_key|apikey|private_key|access_key)$", Pattern.CASE_INSENSITIVE);

    private final Types types;
    /**
     * Each description as Javadoc, made once in a generation: every field's is written on its
     * record and on its builder's setter, and many fields share one (Seam's 12,318 descriptions are
     * 3,890 texts), while parsing Markdown is the costliest part of writing Javadoc.
     */
    private final Map<String, String> escaped = new HashMap<>();

    RecordEmitter(Types types) {
        this.types = types;
    }

    private String escape(String description) {
        return description == null ? "" : escaped.computeIfAbsent(description, Javadoc::escape);
    }

    /**
     * The most components a record can have: its canonical constructor takes one parameter each,
     * and a constructor has 255 parameter slots, one of them {@code this}.
     */
    static final int MAX_RECORD_COMPONENTS = 254;

    TypeSpec.Builder emit(Shape shape) {
        if (componentNames(shape).size() > MAX_RECORD_COMPONENTS) {
            return emitWide(shape);
        }
        ClassName builder = shape.name().nestedClass("Builder");
        TypeSpec.Builder record = TypeSpec.recordBuilder(shape.name())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(classDoc(shape))
                .addAnnotation(include("NON_NULL"))
                .recordConstructor(constructor(shape))
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethods(deprecatedAccessors(shape))
                .addMethod(toBuilder(shape, builder))
                .addType(builderType(shape, builder));
        if (shape.deprecation().deprecated()) {
            record.addAnnotation(Deprecated.class);
        }
        List<String> secrets = shape.members().stream()
                .filter(m -> m.inBody() && SECRET.matcher(m.jsonName()).find())
                .map(Member::javaName)
                .toList();
        if (!secrets.isEmpty()) {
            record.addMethod(MethodSpec.methodBuilder("toString")
                    .addJavadoc(
                            "The record's fields, with the credentials it holds ($L) shown as {@code ***}.\n",
                            Javadoc.escape(String.join(", ", secrets)))
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement(
                            "return $T.redacted(this, $T.of($L), $L)",
                            Types.VALUES,
                            Set.class,
                            CodeBlock.join(
                                    secrets.stream()
                                            .map(s -> CodeBlock.of("$S", s))
                                            .toList(),
                                    ", "),
                            String.join(", ", componentNames(shape)))
                    .build());
        }
        implementUnions(record, shape);
        return record;
    }

    /** Makes the type a variant of the unions it belongs to. */
    private static void implementUnions(TypeSpec.Builder type, Shape shape) {
        if (!shape.unions().isEmpty()) {
            for (Membership m : shape.unions()) {
                type.addSuperinterface(m.union());
                type.addMethod(UnionEmitter.accept(m.union(), m.visit()));
            }
            // Jackson would otherwise inherit the union's deserializer, which reads this very type.
            type.addAnnotation(AnnotationSpec.builder(UnionEmitter.JSON_DESERIALIZE)
                    .addMember(
                            "using",
                            "$T.None.class",
                            ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer"))
                    .build());
        }
    }

    /**
     * An object with more fields than a record can hold (DocuSign's account settings, Google's
     * documents): the same accessors, builder, {@code toBuilder()}, equality and JSON, as a final
     * class whose constructor takes the builder, and which Jackson fills field by field.
     */
    private TypeSpec.Builder emitWide(Shape shape) {
        ClassName builder = shape.name().nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(shape.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(classDoc(shape))
                .addAnnotation(include("NON_NULL"))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For Jackson, which sets the fields the JSON has.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        MethodSpec.Builder ctor =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
        for (Member m : shape.members()) {
            FieldSpec.Builder field = FieldSpec.builder(memberType(m), m.javaName(), Modifier.PRIVATE)
                    .addAnnotations(json(m));
            if (m.threeState()) {
                field.initializer("$T.absent()", Types.NULLABLE);
            }
            type.addField(field.build());
            String copy = copier(m.type());
            CodeBlock value = shape.checksRequired() && m.required()
                    ? CodeBlock.of("$T.required(builder.$L, $S)", Types.VALUES, m.javaName(), m.jsonName())
                    : CodeBlock.of("builder.$L", m.javaName());
            if (m.threeState() && copy != null) {
                value = CodeBlock.of("$L.map($T::$L)", value, Types.VALUES, copy);
            } else if (copy != null) {
                value = CodeBlock.of("$T.$L($L)", Types.VALUES, copy, value);
            }
            ctor.addStatement("this.$L = $L", m.javaName(), value);
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(m.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(memberType(m))
                    .addStatement("return $L", m.javaName());
            String d = escape(Javadoc.firstLineText(m.description()));
            if (!d.isEmpty()) {
                accessor.addJavadoc("$L\n", d);
            }
            if (m.deprecation().deprecated()) {
                accessor.addAnnotation(Deprecated.class)
                        .addJavadoc("\n@deprecated $L\n", deprecationText(m.deprecation()));
            }
            type.addMethod(accessor.build());
        }
        if (shape.keepsExtras()) {
            type.addField(FieldSpec.builder(Types.EXTRAS, extras(shape), Modifier.PRIVATE)
                    .addAnnotation(Types.JSON_ANY_SETTER)
                    .initializer("new $T<>()", java.util.LinkedHashMap.class)
                    .build());
            ctor.addStatement("this.$L = $T.extras(builder.$L)", extras(shape), Types.VALUES, extras(shape));
            type.addMethod(MethodSpec.methodBuilder(extras(shape))
                    .addJavadoc("F$L.\n", EXTRAS_DOC.substring(1))
                    .addAnnotation(Types.JSON_ANY_GETTER)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Types.EXTRAS)
                    .addStatement("return $L", extras(shape))
                    .build());
        }
        type.addMethod(ctor.build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(toBuilder(shape, builder))
                .addMethods(valueMethods(shape))
                .addType(builderType(shape, builder, true));
        if (shape.deprecation().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        implementUnions(type, shape);
        return type;
    }

    /** What a record has for free: equality by every field, a hash code, and its fields as text. */
    private static List<MethodSpec> valueMethods(Shape shape) {
        List<String> names = componentNames(shape);
        CodeBlock.Builder equal = CodeBlock.builder().add("return o instanceof $T other", shape.name());
        names.forEach(n -> equal.add("\n&& $T.equals($L, other.$L)", java.util.Objects.class, n, n));
        CodeBlock.Builder text =
                CodeBlock.builder().add("return $S", shape.name().simpleName() + "[");
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            String label = (i == 0 ? "" : ", ") + n + "=";
            Member m = i < shape.members().size() ? shape.members().get(i) : null;
            if (m != null && m.inBody() && SECRET.matcher(m.jsonName()).find()) {
                text.add("\n+ $S", label + "***");
            } else {
                text.add("\n+ $S + $L", label, n);
            }
        }
        text.add("\n+ $S", "]");
        return List.of(
                MethodSpec.methodBuilder("equals")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(Object.class, "o")
                        .addStatement("$L", equal.build())
                        .build(),
                MethodSpec.methodBuilder("hashCode")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return $T.hash($L)", java.util.Objects.class, String.join(", ", names))
                        .build(),
                MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("$L", text.build())
                        .build());
    }

    /** The record's components in order, as the compact constructor declares them. */
    private static List<String> componentNames(Shape shape) {
        List<String> names = new java.util.ArrayList<>();
        shape.members().forEach(m -> names.add(m.javaName()));
        if (shape.keepsExtras()) {
            names.add(extras(shape));
        }
        return names;
    }

    private CodeBlock classDoc(Shape shape) {
        CodeBlock.Builder doc = CodeBlock.builder();
        String description = escape(shape.description());
        if (!description.isEmpty()) {
            doc.add("$L\n", description);
        }
        if (shape.deprecation().deprecated()) {
            doc.add("\n@deprecated $L\n", deprecationText(shape.deprecation()));
        }
        for (Member m : shape.members()) {
            String d = escape(m.description());
            doc.add(
                    "\n@param $L $L $L",
                    m.javaName(),
                    d.isEmpty() ? "the " + Javadoc.code(m.jsonName()) + " field." : d,
                    presence(m));
            if (m.deprecation().deprecated()) {
                doc.add(" (deprecated: $L)", deprecationText(m.deprecation()));
            }
        }
        if (shape.keepsExtras()) {
            doc.add("\n@param $L $L", extras(shape), EXTRAS_DOC);
        }
        return doc.add("\n").build();
    }

    /** "Required." or "Optional.", with the default the server assumes. */
    private static String presence(Member m) {
        String presence = m.required() ? "Required." : "Optional.";
        return m.defaultValue() == null ? presence : presence + " Defaults to " + Javadoc.code(m.defaultValue()) + ".";
    }

    /**
     * What people write beside a setter: {@code addX(item)} for a list (its name's singular),
     * {@code putX(key, value)} for a map, and for a number a whole-number overload, so that {@code limit(100)}
     * compiles. A name a member already takes is left out.
     */
    private List<MethodSpec> conveniences(Shape shape, Member m, ClassName builder, Set<String> taken) {
        List<MethodSpec> methods = new java.util.ArrayList<>();
        String pascal =
                Character.toUpperCase(m.javaName().charAt(0)) + m.javaName().substring(1);
        if (m.type() instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.DOUBLE) {
            methods.add(MethodSpec.methodBuilder(m.javaName())
                    .addJavadoc("As {@link #$L(Double)}, for a whole number.\n", m.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(long.class, m.javaName())
                    .addStatement("return $L((double) $L)", m.javaName(), m.javaName())
                    .build());
        }
        // Java boxes an int literal to Integer only, so perPage(30) needs a long beside the Long.
        if (m.type() instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.LONG) {
            methods.add(MethodSpec.methodBuilder(m.javaName())
                    .addJavadoc("As {@link #$L(Long)}, for a literal such as {@code 30}.\n", m.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(long.class, m.javaName())
                    .addStatement("return $L($T.valueOf($L))", m.javaName(), Long.class, m.javaName())
                    .build());
        }
        if (m.threeState()) {
            return methods;
        }
        if (m.type() instanceof TypeRef.ListOf list) {
            String add = "add" + Identifiers.singular(pascal);
            if (taken.add(add)) {
                methods.add(MethodSpec.methodBuilder(add)
                        .addJavadoc("Adds one to {@link #$L($T)}.\n", m.javaName(), Types.LIST)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(types.of(list.items()), "item")
                        .addStatement("this.$L = $T.add(this.$L, item)", m.javaName(), Types.VALUES, m.javaName())
                        .addStatement("return this")
                        .build());
            }
        } else if (m.type() instanceof TypeRef.MapOf map) {
            String put = "put" + pascal;
            if (taken.add(put)) {
                methods.add(MethodSpec.methodBuilder(put)
                        .addJavadoc("Puts one entry into {@link #$L($T)}.\n", m.javaName(), Types.MAP)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(Types.STRING, "key")
                        .addParameter(types.of(map.values()), "value")
                        .addStatement("this.$L = $T.put(this.$L, key, value)", m.javaName(), Types.VALUES, m.javaName())
                        .addStatement("return this")
                        .build());
            }
        }
        return methods;
    }

    private static String deprecationText(Deprecation d) {
        return d.note() == null ? "no longer recommended" : Javadoc.escape(d.note());
    }

    /** How a member is read and written as JSON, on a record component or a wide class's field. */
    private static List<AnnotationSpec> json(Member m) {
        if (!m.inBody()) {
            return List.of(AnnotationSpec.builder(Types.JSON_IGNORE).build());
        }
        List<AnnotationSpec> annotations = new java.util.ArrayList<>();
        annotations.add(AnnotationSpec.builder(Types.JSON_PROPERTY)
                .addMember("value", "$S", m.jsonName())
                .build());
        // A required field the server may set to null is sent as null, so a round trip keeps it.
        if (m.required() && m.nullable() && !m.threeState()) {
            annotations.add(include("ALWAYS"));
        }
        // Absent is the one empty state of a three-state field: null is written, absent is not.
        if (m.threeState()) {
            annotations.add(include("NON_EMPTY"));
        }
        return annotations;
    }

    private MethodSpec constructor(Shape shape) {
        MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Member m : shape.members()) {
            ParameterSpec.Builder p =
                    ParameterSpec.builder(memberType(m), m.javaName()).addAnnotations(json(m));
            ctor.addParameter(p.build());
            String copy = copier(m.type());
            if (m.threeState()) {
                CodeBlock mapped = copy == null ? CodeBlock.of("") : CodeBlock.of(".map($T::$L)", Types.VALUES, copy);
                ctor.addStatement("$L = $T.absentIfNull($L)$L", m.javaName(), Types.NULLABLE, m.javaName(), mapped);
            } else if (copy != null) {
                ctor.addStatement("$L = $T.$L($L)", m.javaName(), Types.VALUES, copy, m.javaName());
            }
        }
        if (shape.keepsExtras()) {
            ctor.addParameter(ParameterSpec.builder(Types.EXTRAS, extras(shape))
                    .addAnnotation(Types.JSON_ANY_SETTER)
                    .addAnnotation(Types.JSON_ANY_GETTER)
                    .build());
            ctor.addStatement("$L = $T.extras($L)", extras(shape), Types.VALUES, extras(shape));
        }
        return ctor.build();
    }

    /**
     * javac ignores {@code @Deprecated} on a record component (and warns that it does), so a
     * deprecated field gets an explicit accessor that carries it.
     */
    private List<MethodSpec> deprecatedAccessors(Shape shape) {
        return shape.members().stream()
                .filter(m -> m.deprecation().deprecated())
                .map(m -> MethodSpec.methodBuilder(m.javaName())
                        .addJavadoc("$L\n\n@deprecated $L\n", escape(m.description()), deprecationText(m.deprecation()))
                        .addAnnotation(Deprecated.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(memberType(m))
                        .addStatement("return $L", m.javaName())
                        .build())
                .toList();
    }

    private static String copier(TypeRef type) {
        if (type instanceof TypeRef.ListOf) {
            return "list";
        }
        if (type instanceof TypeRef.MapOf) {
            return "map";
        }
        return null;
    }

    /** The record component's type: {@code JsonNullable<T>} for three-state fields. */
    TypeName memberType(Member m) {
        TypeName type = types.of(m.type());
        if (m.threeState()) {
            return ParameterizedTypeName.get(Types.NULLABLE, type);
        }
        // A server may leave out any field, required or not; only a required input is never null.
        return m.input() && m.required() ? type : type.annotated(Types.MAY_BE_NULL);
    }

    /**
     * Chains the setters, except for three-state fields: a setter cannot say "absent", so their
     * state is copied into the builder's field directly.
     */
    private static MethodSpec toBuilder(Shape shape, ClassName builder) {
        boolean copiesFields = shape.members().stream().anyMatch(Member::threeState);
        CodeBlock.Builder body = copiesFields
                ? CodeBlock.builder().add("$T builder = new $T()", builder, builder)
                : CodeBlock.builder().add("return new $T()", builder);
        for (Member m : shape.members()) {
            if (!m.threeState()) {
                body.add("\n.$L($L)", m.javaName(), m.javaName());
            }
        }
        if (shape.keepsExtras()) {
            body.add("\n.$L($L)", extras(shape), extras(shape));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder that starts from this value, to make a changed copy.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement(body.build());
        if (copiesFields) {
            for (Member m : shape.members()) {
                if (m.threeState()) {
                    method.addStatement("builder.$L = $L", m.javaName(), m.javaName());
                }
            }
            method.addStatement("return builder");
        }
        return method.build();
    }

    private TypeSpec builderType(Shape shape, ClassName builder) {
        return builderType(shape, builder, false);
    }

    /** @param wide whether the type is built from the builder itself ({@link #emitWide}) */
    private TypeSpec builderType(Shape shape, ClassName builder, boolean wide) {
        TypeSpec.Builder b = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds a {@link $T}; every field starts out absent.\n", shape.name())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        Set<String> taken = new java.util.HashSet<>(componentNames(shape));
        taken.add("build");
        for (Member m : shape.members()) {
            TypeName type = types.of(m.type());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(m.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(type, m.javaName());
            if (m.threeState()) {
                b.addField(FieldSpec.builder(memberType(m), m.javaName(), Modifier.PRIVATE)
                        .initializer("$T.absent()", Types.NULLABLE)
                        .build());
                setter.addStatement("this.$L = $T.of($L)", m.javaName(), Types.NULLABLE, m.javaName());
            } else {
                b.addField(
                        FieldSpec.builder(type, m.javaName(), Modifier.PRIVATE).build());
                setter.addStatement("this.$L = $L", m.javaName(), m.javaName());
            }
            setter.addStatement("return this");
            String d = escape(Javadoc.firstLineText(m.description()));
            setter.addJavadoc("$L\n", d.isEmpty() ? presence(m) : d + " " + presence(m));
            if (m.threeState()) {
                setter.addJavadoc("\n<p>{@code null} sends an explicit JSON null; a field never set is left out.\n");
            }
            if (m.deprecation().deprecated()) {
                setter.addAnnotation(Deprecated.class);
                setter.addJavadoc("\n@deprecated $L\n", deprecationText(m.deprecation()));
            } else {
                conveniences(shape, m, builder, taken).forEach(b::addMethod);
            }
            b.addMethod(setter.build());
        }
        if (shape.keepsExtras()) {
            b.addField(FieldSpec.builder(Types.EXTRAS, extras(shape), Modifier.PRIVATE)
                    .build());
            b.addMethod(MethodSpec.methodBuilder(extras(shape))
                    .addJavadoc("Fields to send beyond those this version of the client knows.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(Types.EXTRAS, extras(shape))
                    .addStatement("this.$L = $L", extras(shape), extras(shape))
                    .addStatement("return this")
                    .build());
            if (taken.add(putExtra(shape))) {
                b.addMethod(MethodSpec.methodBuilder(putExtra(shape))
                        .addJavadoc("Adds one field to send beyond those this version of the client knows.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(Types.STRING, "name")
                        .addParameter(Types.JSON_NODE, "value")
                        .addStatement(
                                "this.$L = $T.put(this.$L, name, value)", extras(shape), Types.VALUES, extras(shape))
                        .addStatement("return this")
                        .build());
            }
        }
        b.addMethod(
                wide
                        ? MethodSpec.methodBuilder("build")
                                .addModifiers(Modifier.PUBLIC)
                                .returns(shape.name())
                                .addCode(choiceCheck(shape))
                                .addStatement("return new $T(this)", shape.name())
                                .build()
                        : build(shape));
        return b.build();
    }

    private static MethodSpec build(Shape shape) {
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < shape.members().size(); i++) {
            Member m = shape.members().get(i);
            if (i > 0) {
                args.add(",\n");
            }
            if (shape.checksRequired() && m.required()) {
                args.add("$T.required($L, $S)", Types.VALUES, m.javaName(), m.jsonName());
            } else {
                args.add("$L", m.javaName());
            }
        }
        if (shape.keepsExtras()) {
            args.add(shape.members().isEmpty() ? "$L" : ",\n$L", extras(shape));
        }
        MethodSpec.Builder build =
                MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(shape.name());
        if (shape.checksRequired() && shape.members().stream().anyMatch(Member::required)) {
            build.addJavadoc("@throws IllegalArgumentException if a required field is absent\n");
        } else if (!shape.choices().isEmpty()) {
            build.addJavadoc(
                    "@throws IllegalArgumentException if none of the sets of inputs a call needs one of is given\n");
        }
        return build.addCode(choiceCheck(shape))
                .addStatement("return new $T(\n$>$L$<)", shape.name(), args.build())
                .build();
    }

    /** Insists that one of the sets of inputs a call needs one of is given, naming them all. */
    private static CodeBlock choiceCheck(Shape shape) {
        if (shape.choices().isEmpty()) {
            return CodeBlock.of("");
        }
        List<CodeBlock> sets = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        for (List<Member> set : shape.choices()) {
            sets.add(CodeBlock.of(
                    "new Object[] {$L}",
                    String.join(", ", set.stream().map(Member::javaName).toList())));
            names.add(String.join(" and ", set.stream().map(Member::jsonName).toList()));
        }
        return CodeBlock.builder()
                .addStatement(
                        "$T.requireOneOf($S,$W$L)", Types.VALUES, String.join("; ", names), CodeBlock.join(sets, ",$W"))
                .build();
    }

    private static AnnotationSpec include(String mode) {
        return AnnotationSpec.builder(Types.JSON_INCLUDE)
                .addMember("value", "$T.Include.$L", Types.JSON_INCLUDE, mode)
                .build();
    }
}
