package dev.typewright.generator.emit;

import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.naming.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a union as a sealed interface that permits its variants and an unknown variant, with a
 * deserializer that picks the variant by shape (see the runtime's {@code UnionDeserializer}), an
 * exhaustive visitor, {@code isX()}/{@code asX()} for each variant, and the properties every
 * variant has.
 */
final class UnionEmitter {
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    private static final ClassName UNION_DESERIALIZER = ClassName.get(Types.RUNTIME, "UnionDeserializer");
    private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    private static final ClassName SET = ClassName.get("java.util", "Set");
    static final String VISITOR = "Visitor";

    private static final ClassName UNIONS = ClassName.get(Types.RUNTIME, "Unions");

    /**
     * A property every variant has under one accessor and one Java type, which the interface
     * therefore declares.
     */
    record Common(String jsonName, String accessor, TypeName type, String description) {}

    private final Types types;

    UnionEmitter(Types types) {
        this.types = types;
    }

    /** The sealed interface. */
    TypeSpec.Builder emitInterface(
            TypeDef.UnionDef union, ClassName unknown, List<Common> commons, Naming.UnionMethods methods) {
        ClassName name = types.named(union.id());
        String description = Javadoc.escape(union.description());
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
                        .addMember("using", "$T.Deserializer.class", name)
                        .build())
                .addJavadoc(
                        "$LOne of the variants below; a kind of value this version of the client does not know reads as {@link $T}, which keeps its JSON.\n",
                        description.isEmpty() ? "" : description + "\n\n<p>",
                        unknown);
        List<CodeBlock> shapes = new ArrayList<>();
        for (TypeDef.Variant v : union.variants()) {
            ClassName variant = types.named(v.typeId());
            type.addPermittedSubclass(variant);
            shapes.add(CodeBlock.of("shape($T.class,$W$L,$W$L)", variant, fixed(v.fixed()), required(v)));
        }
        type.addPermittedSubclass(unknown);
        for (Common common : commons) {
            String doc = Javadoc.firstLine(common.description());
            type.addMethod(MethodSpec.methodBuilder(common.accessor())
                    .addJavadoc(
                            "$L\n",
                            doc.isEmpty() ? "The " + Javadoc.code(common.jsonName()) + " every variant has." : doc)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(common.type())
                    .build());
        }
        addVisitor(type, union, unknown, methods);
        type.addType(TypeSpec.classBuilder("Deserializer")
                .addJavadoc("Reads the variant whose shape the JSON fits, and the unknown variant when none fits.\n")
                // Jackson's nested classes (JsonDeserializer.None) would hide variants named like them.
                .avoidClashesWithNestedClasses(StdDeserializer.class)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(UNION_DESERIALIZER, name))
                .addField(FieldSpec.builder(
                                long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement(
                                "super($T.class, $T.of(\n$>$L$<), $T::new)",
                                name,
                                Types.LIST,
                                CodeBlock.join(shapes, ",\n"),
                                unknown)
                        .build())
                .build());
        return type;
    }

    /**
     * The visitor, whose method per variant makes a variant added to the spec a compile error in
     * every caller instead of a silent miss, and the tests and casts each variant may have.
     */
    private void addVisitor(
            TypeSpec.Builder type, TypeDef.UnionDef union, ClassName unknown, Naming.UnionMethods methods) {
        ClassName name = types.named(union.id());
        TypeVariableName r = TypeVariableName.get("R");
        ClassName visitorName = name.nestedClass(VISITOR);
        TypeSpec.Builder visitor = TypeSpec.interfaceBuilder(visitorName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(r)
                .addJavadoc(
                        "Does one thing for each kind of {@link $T}: a variant added to the API becomes a method to write here.\n\n@param <R> what the visit returns\n",
                        name);
        for (TypeDef.Variant v : union.variants()) {
            ClassName variant = types.named(v.typeId());
            visitor.addMethod(MethodSpec.methodBuilder(methods.visit().get(v.typeId()))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(r)
                    .addParameter(variant, "value")
                    .build());
            String test = methods.test().get(v.typeId());
            if (test != null) {
                type.addMethod(MethodSpec.methodBuilder(test)
                        // Jackson would write an is-method out as a property of every variant.
                        .addAnnotation(Types.JSON_IGNORE)
                        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .returns(boolean.class)
                        .addStatement("return this instanceof $T", variant)
                        .build());
                type.addMethod(MethodSpec.methodBuilder(methods.cast().get(v.typeId()))
                        .addJavadoc("@throws IllegalStateException when this is another variant\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .returns(variant)
                        .addStatement("return $T.as(this, $T.class)", UNIONS, variant)
                        .build());
            }
        }
        visitor.addMethod(MethodSpec.methodBuilder(methods.visitUnknown())
                .addJavadoc("A variant this version of the client does not know.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(r)
                .addParameter(unknown, "value")
                .build());
        type.addType(visitor.build());
        type.addMethod(MethodSpec.methodBuilder("accept")
                .addJavadoc("Calls the visitor's method for this variant.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addTypeVariable(r)
                .returns(r)
                .addParameter(ParameterizedTypeName.get(visitorName, r), "visitor")
                .build());
    }

    /** A variant's side of the visitor: the method that calls its own visit. */
    static MethodSpec accept(ClassName union, String visit) {
        TypeVariableName r = TypeVariableName.get("R");
        return MethodSpec.methodBuilder("accept")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(r)
                .returns(r)
                .addParameter(ParameterizedTypeName.get(union.nestedClass(VISITOR), r), "visitor")
                .addStatement("return visitor.$L(this)", visit)
                .build();
    }

    /** The record for values of a shape the client does not know. */
    TypeSpec.Builder emitUnknown(
            TypeDef.UnionDef union, ClassName unknown, List<Common> commons, Naming.UnionMethods methods) {
        ClassName name = types.named(union.id());
        TypeSpec.Builder record = TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(name)
                .addJavadoc(
                        "A {@link $T} of a kind this version of the client does not know, kept as the JSON the server sent and written back unchanged.\n\n@param json the value as received\n",
                        name)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(
                                ParameterSpec.builder(Types.JSON_NODE, "json").build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("json")
                        .addAnnotation(Override.class)
                        .addAnnotation(JSON_VALUE)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(Types.JSON_NODE)
                        .addStatement("return json")
                        .build());
        record.addMethod(accept(name, methods.visitUnknown()));
        for (Common common : commons) {
            TypeName plain = common.type().withoutAnnotations();
            CodeBlock read = plain instanceof ClassName c
                    ? CodeBlock.of("$T.field(json, $S, $T.class)", UNIONS, common.jsonName(), c)
                    : CodeBlock.of(
                            "$T.field(json, $S, new $T<$T>() {})",
                            UNIONS,
                            common.jsonName(),
                            Types.TYPE_REFERENCE,
                            plain);
            if (common.type() instanceof ParameterizedTypeName p && p.rawType().equals(Types.NULLABLE)) {
                read = CodeBlock.of("$T.absentIfNull($L)", Types.NULLABLE, read);
            }
            record.addMethod(MethodSpec.methodBuilder(common.accessor())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(common.type())
                    .addStatement("return $L", read)
                    .build());
        }
        return record;
    }

    private static CodeBlock fixed(Map<String, String> fixed) {
        List<CodeBlock> pairs = new ArrayList<>();
        fixed.forEach((k, v) -> pairs.add(CodeBlock.of("$S, $S", k, v)));
        return fixed.size() <= 10
                ? CodeBlock.of("$T.of($L)", Types.MAP, CodeBlock.join(pairs, ", "))
                : CodeBlock.of(
                        "$T.ofEntries($L)",
                        Types.MAP,
                        CodeBlock.join(
                                fixed.entrySet().stream()
                                        .map(e -> CodeBlock.of("$T.entry($S, $S)", Types.MAP, e.getKey(), e.getValue()))
                                        .toList(),
                                ", "));
    }

    private static CodeBlock required(TypeDef.Variant v) {
        List<CodeBlock> names = new ArrayList<>();
        v.required().forEach(r -> names.add(CodeBlock.of("$S", r)));
        return CodeBlock.of("$T.of($L)", SET, CodeBlock.join(names, ", "));
    }
}
