package dev.typewright.generator.emit;

import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewright.generator.model.TypeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a union as a sealed interface that permits its variants and an unknown variant, with a
 * deserializer that picks the variant by shape (see the runtime's {@code UnionDeserializer}).
 */
final class UnionEmitter {
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    private static final ClassName UNION_DESERIALIZER = ClassName.get(Types.RUNTIME, "UnionDeserializer");
    private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    private static final ClassName SET = ClassName.get("java.util", "Set");

    /**
     * What the variants have in common that the interface can declare.
     *
     * @param accessor the Java accessor of the discriminator, a String in every variant; or null
     */
    record Common(String jsonName, String accessor) {}

    private final Types types;

    UnionEmitter(Types types) {
        this.types = types;
    }

    /** The sealed interface. */
    TypeSpec.Builder emitInterface(TypeDef.UnionDef union, ClassName unknown, Common common) {
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
        if (common != null) {
            type.addMethod(MethodSpec.methodBuilder(common.accessor())
                    .addJavadoc("The $L that tells the variants apart.\n", Javadoc.code(common.jsonName()))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(Types.STRING)
                    .build());
        }
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

    /** The record for values of a shape the client does not know. */
    TypeSpec.Builder emitUnknown(TypeDef.UnionDef union, ClassName unknown, Common common) {
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
        if (common != null) {
            record.addMethod(MethodSpec.methodBuilder(common.accessor())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Types.STRING)
                    .addStatement("return json.path($S).textValue()", common.jsonName())
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
