package dev.typewright.generator.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.naming.Identifiers;
import dev.typewright.generator.naming.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the Java a user would type to make a documented call: the client's public API with
 * builders and typed values, never raw JSON where a type exists.
 */
public final class SnippetEmitter {
    private static final ClassName JSON = ClassName.get(Types.RUNTIME, "Json");

    private final ApiModel model;
    private final Naming naming;
    private final Types types;

    public SnippetEmitter(ApiModel model, Naming naming) {
        this.model = model;
        this.naming = naming;
        this.types = new Types(naming);
    }

    /** The variable name conventionally holding the client, such as {@code seam} for SeamClient. */
    public String clientVariable() {
        String name = naming.clientName();
        return Identifiers.camel(
                name.endsWith("Client") && name.length() > 6 ? name.substring(0, name.length() - 6) : name);
    }

    /**
     * Code and the imports it needs, each import a whole {@code import ...;} line.
     *
     * @param resultVariable the local variable the code assigns the call's result to; null when the
     *     call returns nothing
     */
    public record Snippet(List<String> imports, String code, String resultVariable) {}

    /** A call statement; {@code request} holds the inputs as JSON (null for none). */
    public Snippet call(Operation op, JsonNode request) {
        CodeBlock.Builder call = CodeBlock.builder();
        String variable = null;
        if (naming.outcomeTypeName(op) != null) {
            variable = resultVariable(op);
            call.add("$T $L = ", ClassName.get(naming.modelPackage(), naming.outcomeTypeName(op)), variable);
        } else if (op.result() != null) {
            variable = resultVariable(op);
            call.add("$T $L = ", types.of(op.result()), variable);
        }
        call.add("$L", clientVariable());
        for (String accessor : naming.accessorPath(op)) {
            call.add(".$L()", accessor);
        }
        call.add(".$L(", naming.methodName(op));
        if (!op.parameters().isEmpty() && request != null && request.size() > 0) {
            ClassName requestType = ClassName.get(naming.modelPackage(), naming.requestName(op));
            call.add("$T.builder()", requestType);
            for (Parameter p : op.parameters()) {
                if (p.location() == Parameter.Location.BODY_VALUE) {
                    call.add("\n.$L($L)", naming.parameterName(op, p), value(p.type(), request));
                } else if (request.has(p.name())) {
                    call.add("\n.$L($L)", naming.parameterName(op, p), value(p.type(), request.get(p.name())));
                }
            }
            call.add("\n.build()");
        }
        return snippet(CodeBlock.builder().addStatement("$L)", call.build()).build(), variable);
    }

    /** A readable name for the result that cannot clash with the client's variable or a keyword. */
    private String resultVariable(Operation op) {
        String name = op.responseKey() != null ? Identifiers.camel(op.responseKey()) : "result";
        return name.equals(clientVariable()) ? name + "Result" : name;
    }

    /**
     * Code that reads a JSON text, held in the variable {@code json}, into what the operation
     * returns, the way the client reads a response; null for operations that return nothing.
     */
    public Snippet read(Operation op) {
        if (op.result() == null) {
            return null;
        }
        String variable = resultVariable(op);
        TypeName type = types.of(op.result());
        CodeBlock code = type instanceof ClassName
                ? CodeBlock.of("$T $L = $T.fromJson(json, $T.class)", type, variable, JSON, type)
                : CodeBlock.of(
                        "$T $L = $T.fromJson(json, new $T<$T>() {})", type, variable, JSON, Types.TYPE_REFERENCE, type);
        return snippet(CodeBlock.builder().addStatement(code).build(), variable);
    }

    /**
     * The Java type a reader sees for a model type, in simple names: {@code List<ClientSession>},
     * {@code Device.Properties}.
     */
    public String javaType(TypeRef ref) {
        if (ref instanceof TypeRef.ListOf l) {
            return "List<" + javaType(l.items()) + ">";
        }
        if (ref instanceof TypeRef.MapOf m) {
            return "Map<String, " + javaType(m.values()) + ">";
        }
        TypeName type = types.of(ref);
        return type instanceof ClassName named ? String.join(".", named.simpleNames()) : type.toString();
    }

    /** Renders code through a throwaway file so that types come out as simple names plus imports. */
    private static Snippet snippet(CodeBlock code, String resultVariable) {
        TypeSpec holder = TypeSpec.classBuilder("Snippet")
                .addMethod(MethodSpec.methodBuilder("run").addCode(code).build())
                .build();
        String text = JavaFile.builder("snippet", holder)
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .toString();
        List<String> imports = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        boolean inBody = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else if (line.contains("void run() {")) {
                inBody = true;
            } else if (inBody && line.equals("    }")) {
                inBody = false;
            } else if (inBody) {
                body.append(line.startsWith("        ") ? line.substring(8) : line)
                        .append('\n');
            }
        }
        return new Snippet(imports, body.toString(), resultVariable);
    }

    private CodeBlock value(TypeRef type, JsonNode value) {
        if (value == null || value.isNull()) {
            return CodeBlock.of("null");
        }
        if (type instanceof TypeRef.Primitive p) {
            return scalar(p.scalar(), value);
        }
        if (type instanceof TypeRef.ListOf list && value.isArray()) {
            List<CodeBlock> items = new ArrayList<>();
            value.forEach(v -> items.add(value(list.items(), v)));
            return CodeBlock.of("$T.of($L)", Types.LIST, CodeBlock.join(items, ", "));
        }
        if (type instanceof TypeRef.MapOf map && value.isObject()) {
            List<CodeBlock> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                entries.add(CodeBlock.of("$T.entry($S, $L)", Types.MAP, e.getKey(), value(map.values(), e.getValue())));
            }
            return CodeBlock.of("$T.ofEntries($L)", Types.MAP, CodeBlock.join(entries, ", "));
        }
        if (type instanceof TypeRef.Named named
                && model.types().get(named.id()) instanceof TypeDef.ObjectDef object
                && value.isObject()) {
            Map<String, String> names = naming.fieldNames(object.id());
            CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()$>", types.named(object.id()));
            for (TypeDef.Field f : object.fields()) {
                if (value.has(f.jsonName())) {
                    b.add("\n.$L($L)", names.get(f.jsonName()), value(f.type(), value.get(f.jsonName())));
                }
            }
            return b.add("\n.build()$<").build();
        }
        if (type instanceof TypeRef.Named named
                && model.types().get(named.id()) instanceof TypeDef.EnumDef e
                && value.isTextual()) {
            String constant = naming.constantNames(e.id()).get(value.asText());
            return constant != null
                    ? CodeBlock.of("$T.$L", types.named(e.id()), constant)
                    : CodeBlock.of("$T.of($S)", types.named(e.id()), value.asText());
        }
        if (type instanceof TypeRef.External) {
            return CodeBlock.of("$T.fromJson($S, $T.class)", JSON, value.toString(), types.of(type));
        }
        if (type instanceof TypeRef.Named named && model.types().get(named.id()) instanceof TypeDef.UnionDef) {
            return CodeBlock.of("$T.fromJson($S, $T.class)", JSON, value.toString(), types.named(named.id()));
        }
        return raw(value);
    }

    private CodeBlock scalar(TypeRef.Scalar scalar, JsonNode value) {
        return switch (scalar) {
            case STRING -> value.isTextual() ? CodeBlock.of("$S", value.asText()) : raw(value);
            case INTEGER ->
                value.canConvertToInt() && value.isIntegralNumber() ? CodeBlock.of("$L", value.asInt()) : raw(value);
            case LONG ->
                value.isIntegralNumber() && value.canConvertToLong() ? CodeBlock.of("$LL", value.asLong()) : raw(value);
            case DOUBLE -> value.isNumber() ? CodeBlock.of("$L", doubleLiteral(value.asDouble())) : raw(value);
            case BOOLEAN -> value.isBoolean() ? CodeBlock.of("$L", value.asBoolean()) : raw(value);
            case DATE_TIME ->
                CodeBlock.of("$T.parse($S)", ClassName.get("java.time", "OffsetDateTime"), value.asText());
            case DATE -> CodeBlock.of("$T.parse($S)", ClassName.get("java.time", "LocalDate"), value.asText());
            case ANY -> raw(value);
            case BYTES -> CodeBlock.of("new byte[0]");
            case BINARY ->
                CodeBlock.of(
                        "$T.of($T.of($S))",
                        ClassName.get("dev.typewright.runtime", "Upload"),
                        ClassName.get("java.nio.file", "Path"),
                        value.isTextual() ? value.asText() : "file");
        };
    }

    private static String doubleLiteral(double d) {
        String s = Double.toString(d);
        return s.contains("E") || s.contains("I") || s.contains("N") ? "Double.valueOf(\"" + s + "\")" : s;
    }

    private static CodeBlock raw(JsonNode value) {
        return CodeBlock.of("$T.parse($S)", JSON, value.toString());
    }
}
