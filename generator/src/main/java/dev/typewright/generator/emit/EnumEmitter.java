package dev.typewright.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewright.generator.model.TypeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes an open enum: a constant per known value on top of the runtime's {@code OpenEnum}, so a
 * value a newer server sends still parses and round-trips.
 */
final class EnumEmitter {
    static final ClassName OPEN_ENUM = ClassName.get(Types.RUNTIME, "OpenEnum");
    private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    private static final ClassName COLLECTION = ClassName.get("java.util", "Collection");

    /** The Java {@code enum} each generated enum nests, and its constant for other values. */
    static final String KNOWN = "Known";

    static final String UNKNOWN = "_UNKNOWN";

    private final Types types;

    EnumEmitter(Types types) {
        this.types = types;
    }

    TypeSpec.Builder emit(TypeDef.EnumDef e, Map<String, String> constants) {
        ClassName name = types.named(e.id());
        String description = Javadoc.escape(e.description());
        ClassName known = name.nestedClass(KNOWN);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(OPEN_ENUM, known))
                .addJavadoc(
                        "$L<p>A value this version of the client does not know still parses: it keeps its string, {@link #isKnown()} is false and {@link #known()} is {@link $T#$L}.\n",
                        description.isEmpty() ? "" : description + "\n\n",
                        known,
                        UNKNOWN);
        TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(known)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The known values, to switch on.\n");
        List<CodeBlock> all = new ArrayList<>();
        for (String value : e.values()) {
            String constant = constants.get(value);
            type.addField(FieldSpec.builder(name, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L\n", value.isEmpty() ? "The empty string." : Javadoc.code(value))
                    .initializer("$Znew $T($S, $T.$L)", name, value, known, constant)
                    .build());
            knownEnum.addEnumConstant(constant);
            all.add(CodeBlock.of("$L", constant));
        }
        knownEnum.addEnumConstant(
                UNKNOWN,
                TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("A value this version of the client does not know.\n")
                        .build());
        type.addType(knownEnum.build());
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(Types.MAP, Types.STRING, name),
                        "KNOWN",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("index($L)", CodeBlock.join(all, ",$W"))
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Types.STRING, "value")
                .addParameter(known, "known")
                .addStatement("super(value, known)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for a known value; for any other value, one that keeps it.\n")
                .addAnnotation(AnnotationSpec.builder(JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR)
                        .build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(Types.STRING, "value")
                .addStatement("return lookup(KNOWN, value, v -> new $T(v, $T.$L))", name, known, UNKNOWN)
                .build());
        type.addMethod(MethodSpec.methodBuilder("knownValues")
                .addJavadoc("The values the spec listed, in its order.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(COLLECTION, name))
                .addStatement("return KNOWN.values()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isKnown")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return known() != $T.$L", known, UNKNOWN)
                .build());
        return type;
    }
}
