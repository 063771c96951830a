package dev.typewright.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.naming.Naming;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Model and names in, Java files out; nothing here touches the file system. */
public final class JavaEmitter {
    private JavaEmitter() {}

    public static List<JavaFile> emit(ApiModel model, Naming naming, Map<String, String> policies) {
        Types types = new Types(naming);
        RecordEmitter records = new RecordEmitter(types);
        EnumEmitter enums = new EnumEmitter(types);
        UnionEmitter unions = new UnionEmitter(types);
        ClientEmitter clients = new ClientEmitter(model, naming, types, policies);
        Map<String, List<ClassName>> variantOf = new HashMap<>();
        for (TypeDef type : model.types().values()) {
            if (type instanceof TypeDef.UnionDef union) {
                for (TypeDef.Variant v : union.variants()) {
                    variantOf
                            .computeIfAbsent(v.typeId(), k -> new ArrayList<>())
                            .add(types.named(union.id()));
                }
            }
        }
        List<JavaFile> files = new ArrayList<>();
        for (TypeDef type : model.types().values()) {
            String pkg = naming.modelPackage();
            if (type instanceof TypeDef.ObjectDef object) {
                List<ClassName> of = variantOf.getOrDefault(object.id(), List.of());
                files.add(file(pkg, records.emit(objectShape(object, naming, types, of))));
            } else if (type instanceof TypeDef.EnumDef e) {
                files.add(file(pkg, enums.emit(e, naming.constantNames(e.id()))));
            } else if (type instanceof TypeDef.UnionDef union) {
                ClassName unknown = ClassName.get(pkg, naming.unknownVariantName(union.id()));
                UnionEmitter.Common common = common(union, model, naming);
                files.add(file(pkg, unions.emitInterface(union, unknown, common)));
                files.add(file(pkg, unions.emitUnknown(union, unknown, common)));
            }
        }
        for (Operation op : model.operations()) {
            if (!op.parameters().isEmpty()) {
                files.add(file(naming.modelPackage(), records.emit(requestShape(op, naming))));
            }
        }
        addClients(naming.root(), clients, naming, files);
        return files;
    }

    private static void addClients(
            Naming.Resource resource, ClientEmitter clients, Naming naming, List<JavaFile> files) {
        files.add(file(naming.clientPackage(), clients.emit(resource)));
        for (Naming.Resource child : resource.children()) {
            addClients(child, clients, naming, files);
        }
    }

    /**
     * The discriminator, when every variant has it as a plain string under the same Java name, so
     * that the union's interface can offer it.
     */
    private static UnionEmitter.Common common(TypeDef.UnionDef union, ApiModel model, Naming naming) {
        String d = union.discriminator();
        if (d == null) {
            return null;
        }
        String accessor = null;
        for (TypeDef.Variant v : union.variants()) {
            if (!(model.types().get(v.typeId()) instanceof TypeDef.ObjectDef object)) {
                return null;
            }
            TypeDef.Field field = object.fields().stream()
                    .filter(f -> f.jsonName().equals(d))
                    .findFirst()
                    .orElse(null);
            String name = naming.fieldNames(object.id()).get(d);
            if (field == null
                    || !(field.type() instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.STRING)
                    || (accessor != null && !accessor.equals(name))) {
                return null;
            }
            accessor = name;
        }
        return accessor == null ? null : new UnionEmitter.Common(d, accessor);
    }

    private static RecordEmitter.Shape objectShape(
            TypeDef.ObjectDef object, Naming naming, Types types, List<ClassName> unions) {
        Map<String, String> names = naming.fieldNames(object.id());
        List<RecordEmitter.Member> members = new ArrayList<>();
        for (TypeDef.Field f : object.fields()) {
            members.add(new RecordEmitter.Member(
                    f.jsonName(),
                    names.get(f.jsonName()),
                    f.type(),
                    f.required(),
                    f.nullable(),
                    f.description(),
                    f.deprecation(),
                    true));
        }
        return new RecordEmitter.Shape(
                types.named(object.id()), object.description(), object.deprecation(), members, true, false, unions);
    }

    private static RecordEmitter.Shape requestShape(Operation op, Naming naming) {
        List<RecordEmitter.Member> members = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            members.add(new RecordEmitter.Member(
                    p.name(),
                    naming.parameterName(op, p),
                    p.type(),
                    p.required(),
                    p.nullable(),
                    p.description(),
                    p.deprecation(),
                    p.location() == Parameter.Location.BODY));
        }
        String what = op.title() != null ? op.title() : op.httpMethod() + " " + op.path();
        return new RecordEmitter.Shape(
                ClassName.get(naming.modelPackage(), naming.requestName(op)),
                "The inputs of " + what + ".",
                op.deprecation(),
                members,
                false,
                true,
                List.of());
    }

    private static JavaFile file(String pkg, TypeSpec type) {
        return JavaFile.builder(pkg, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .addFileComment("Generated by Typewright from an OpenAPI document. Do not edit.")
                .build();
    }
}
