package dev.typewright.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.naming.Naming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/** Model and names in, Java files out; nothing here touches the file system. */
public final class JavaEmitter {
    private JavaEmitter() {}

    public static List<JavaFile> emit(ApiModel model, Naming naming, Map<String, String> policies) {
        List<JavaFile> files = new ArrayList<>();
        emit(model, naming, policies, files::add);
        return files;
    }

    /**
     * Hands each file to {@code sink} as soon as it is made, so that a caller which writes them
     * holds one top-level type at a time rather than the whole client.
     */
    public static void emit(ApiModel model, Naming naming, Map<String, String> policies, Consumer<JavaFile> sink) {
        Types types = new Types(naming);
        RecordEmitter records = new RecordEmitter(types);
        EnumEmitter enums = new EnumEmitter(types);
        UnionEmitter unions = new UnionEmitter(types);
        ClientEmitter clients = new ClientEmitter(model, naming, types, policies);
        Map<String, List<RecordEmitter.Membership>> variantOf = new HashMap<>();
        for (TypeDef type : model.types().values()) {
            if (type instanceof TypeDef.UnionDef union) {
                Naming.UnionMethods methods = naming.unionMethods(union.id());
                for (TypeDef.Variant v : union.variants()) {
                    variantOf
                            .computeIfAbsent(v.typeId(), k -> new ArrayList<>())
                            .add(new RecordEmitter.Membership(
                                    types.named(union.id()), methods.visit().get(v.typeId())));
                }
            }
        }
        // Each top-level type with the types nested in it, by its name, so each is made, nested
        // and handed on before the next is started.
        Map<String, List<TypeDef>> byTopLevel = new TreeMap<>();
        List<List<String>> paths = new ArrayList<>();
        for (TypeDef type : model.types().values()) {
            List<String> path = naming.typePath(type.id());
            byTopLevel.computeIfAbsent(path.get(0), k -> new ArrayList<>()).add(type);
            paths.add(path);
            if (type instanceof TypeDef.UnionDef union) {
                paths.add(naming.unknownVariantPath(union.id()));
            }
        }
        Map<List<String>, Set<String>> qualified = qualifyInherited(model, naming, paths);
        for (List<TypeDef> group : byTopLevel.values()) {
            Map<List<String>, TypeSpec.Builder> specs = new HashMap<>();
            Set<List<String>> classes = new HashSet<>();
            Set<List<String>> interfaces = new HashSet<>();
            for (TypeDef type : group) {
                List<String> path = naming.typePath(type.id());
                if (type instanceof TypeDef.ObjectDef object) {
                    List<RecordEmitter.Membership> of = variantOf.getOrDefault(object.id(), List.of());
                    specs.put(path, records.emit(objectShape(object, naming, types, of)));
                } else if (type instanceof TypeDef.EnumDef e) {
                    specs.put(path, enums.emit(e, naming.constantNames(e.id())));
                    classes.add(path);
                } else if (type instanceof TypeDef.UnionDef union) {
                    List<String> unknownPath = naming.unknownVariantPath(union.id());
                    ClassName unknown = types.model(unknownPath);
                    List<UnionEmitter.Common> common = common(union, model, naming, records);
                    Naming.UnionMethods methods = naming.unionMethods(union.id());
                    specs.put(path, unions.emitInterface(union, unknown, common, methods));
                    interfaces.add(path);
                    specs.put(unknownPath, unions.emitUnknown(union, unknown, common, methods));
                }
                Set<String> names = qualified.get(path);
                if (names != null) {
                    specs.get(path).alwaysQualify(names.toArray(String[]::new));
                }
            }
            for (TypeSpec type : nest(specs, classes, interfaces)) {
                sink.accept(file(naming.modelPackage(), type));
            }
        }
        for (Operation op : model.operations()) {
            if (!op.parameters().isEmpty()) {
                sink.accept(file(
                        naming.modelPackage(),
                        records.emit(requestShape(op, naming)).build()));
            }
        }
        for (Operation op : model.operations()) {
            if (naming.outcomeTypeName(op) != null) {
                sink.accept(file(naming.modelPackage(), outcomeType(op, naming, types)));
            }
        }
        addClients(naming.root(), clients, naming, sink);
        if (naming.webhookClassName() != null) {
            sink.accept(file(naming.clientPackage(), webhook(model, naming, types)));
        }
    }

    /**
     * What a call returns whose success statuses carry different bodies: a sealed interface with a
     * record per status the spec declares, holding its body, and one for any other 2xx status. Each
     * writes itself as its body's JSON.
     */
    private static TypeSpec outcomeType(Operation op, Naming naming, Types types) {
        ClassName self = ClassName.get(naming.modelPackage(), naming.outcomeTypeName(op));
        ClassName jsonValue = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc(
                        "What {@code $L} returns: a record per success status the API declares, each holding that"
                                + " response's body, and {@link Other} for a success status it does not.\n",
                        Javadoc.escape(op.httpMethod() + " " + op.path()))
                .addMethod(MethodSpec.methodBuilder("statusCode")
                        .addJavadoc("The response's HTTP status.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(int.class)
                        .build());
        for (Operation.Outcome outcome : op.outcomes()) {
            TypeSpec.Builder variant = TypeSpec.recordBuilder(self.nestedClass(Naming.outcomeVariant(outcome.status())))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addSuperinterface(self)
                    .addMethod(MethodSpec.methodBuilder("statusCode")
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(int.class)
                            .addStatement("return $L", outcome.status())
                            .build());
            String said = Javadoc.escape(outcome.description());
            variant.addJavadoc("Status $L$L", outcome.status(), said.isEmpty() ? "" : ": " + said);
            if (outcome.type() == null) {
                variant.addJavadoc(", which has no body.\n");
                variant.recordConstructor(MethodSpec.constructorBuilder().build());
            } else {
                variant.addJavadoc(said.isEmpty() ? ", with its body.\n" : "\n");
                variant.recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(
                                ParameterSpec.builder(types.of(outcome.type()).annotated(Types.MAY_BE_NULL), "value")
                                        .addAnnotation(jsonValue)
                                        .build())
                        .build());
            }
            type.addType(variant.build());
        }
        type.addType(TypeSpec.recordBuilder(self.nestedClass("Other"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .addJavadoc(
                        "A success status this version of the client does not know, with its body as JSON; null when it"
                                + " has none.\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(int.class, "statusCode")
                        .addParameter(ParameterSpec.builder(Types.JSON_NODE.annotated(Types.MAY_BE_NULL), "value")
                                .addAnnotation(jsonValue)
                                .build())
                        .build())
                .build());
        return type.build();
    }

    /** Checks a webhook delivery's signature with the runtime's verifier, then reads its payload. */
    private static TypeSpec webhook(ApiModel model, Naming naming, Types types) {
        ClassName verifier = ClassName.get(Types.RUNTIME, "WebhookVerifier");
        TypeName payload = types.named(model.conventions().webhookType());
        return TypeSpec.classBuilder(naming.webhookClassName())
                .addJavadoc(
                        "Verifies the webhook deliveries the API signs (the Standard Webhooks scheme) and reads them as {@link $T}.\n"
                                + "\n<p>Pass the request body exactly as received, before any parsing.\n",
                        payload)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(verifier, "verifier", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param secret the webhook's signing secret, {@code whsec_...}\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "secret")
                        .addStatement("this(new $T(secret))", verifier)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param verifier a verifier with the tolerance or clock you need\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(verifier, "verifier")
                        .addStatement("this.verifier = $T.requireNonNull(verifier, $S)", Objects.class, "verifier")
                        .build())
                .addMethod(MethodSpec.methodBuilder("verify")
                        .addJavadoc(
                                "Returns the delivery's payload once its signature and timestamp check out; a payload of a kind newer than this client is read as the union's unknown variant.\n"
                                        + "\n@param payload the request body as received\n@param headers the request's headers, names in any case\n"
                                        + "@throws $T when the signature does not match or the delivery is too old\n",
                                ClassName.get(Types.RUNTIME, "WebhookVerificationException"))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(payload)
                        .addParameter(String.class, "payload")
                        .addParameter(
                                ParameterizedTypeName.get(
                                        ClassName.get(Map.class),
                                        TypeName.get(String.class),
                                        TypeName.get(String.class)),
                                "headers")
                        .addStatement(
                                "return $T.fromJson(verifier.verify(payload, headers), $T.class)",
                                ClassName.get(Types.RUNTIME, "Json"),
                                payload)
                        .build())
                .build();
    }

    private static void addClients(
            Naming.Resource resource, ClientEmitter clients, Naming naming, Consumer<JavaFile> sink) {
        sink.accept(file(naming.clientPackage(), clients.emit(resource)));
        for (Naming.Resource child : resource.children()) {
            addClients(child, clients, naming, sink);
        }
    }

    /**
     * A variant inherits the types nested in its union, and those hide any other type of the same
     * simple name inside the variant, which JavaPoet cannot know; so the variant names such types
     * in full.
     *
     * @param paths every model type's simple names, outermost first
     * @return the simple names each variant must qualify, in name order, by the variant's path
     */
    private static Map<List<String>, Set<String>> qualifyInherited(
            ApiModel model, Naming naming, List<List<String>> paths) {
        Map<String, Long> uses = new HashMap<>();
        paths.forEach(p -> uses.merge(p.get(p.size() - 1), 1L, Long::sum));
        Map<List<String>, Set<String>> qualified = new HashMap<>();
        for (TypeDef type : model.types().values()) {
            if (!(type instanceof TypeDef.UnionDef union)) {
                continue;
            }
            List<String> unionPath = naming.typePath(union.id());
            List<String> inherited = paths.stream()
                    .filter(p -> p.size() == unionPath.size() + 1
                            && p.subList(0, unionPath.size()).equals(unionPath))
                    .map(p -> p.get(p.size() - 1))
                    .filter(name -> uses.get(name) > 1)
                    .toList();
            if (!inherited.isEmpty()) {
                union.variants()
                        .forEach(v -> qualified
                                .computeIfAbsent(naming.typePath(v.typeId()), k -> new TreeSet<>())
                                .addAll(inherited));
            }
        }
        return qualified;
    }

    /**
     * Puts each nested type into the type it is nested in, innermost first so that a type holds
     * its own nested types when it is put into its owner, and in name order, so output is stable.
     *
     * @param specs each type by its simple names, outermost first
     * @param classes the types that are classes, which must be declared static to be nested
     * @param interfaces the types that are interfaces, in which JavaPoet wants every nested type
     *     declared static
     * @return the types of their own, in name order
     */
    private static List<TypeSpec> nest(
            Map<List<String>, TypeSpec.Builder> specs, Set<List<String>> classes, Set<List<String>> interfaces) {
        List<List<String>> paths = new ArrayList<>(specs.keySet());
        paths.sort(Comparator.comparing((List<String> p) -> -p.size()).thenComparing(p -> String.join(".", p)));
        List<TypeSpec> topLevel = new ArrayList<>();
        for (List<String> path : paths) {
            TypeSpec.Builder type = specs.get(path);
            if (path.size() == 1) {
                topLevel.add(type.build());
                continue;
            }
            List<String> owner = path.subList(0, path.size() - 1);
            if (classes.contains(path) || interfaces.contains(owner)) {
                type.addModifiers(Modifier.STATIC);
            }
            specs.get(owner).addType(type.build());
        }
        topLevel.sort(Comparator.comparing(TypeSpec::name));
        return topLevel;
    }

    /**
     * The fields every variant has under one accessor with one Java type, in the first variant's
     * order, so that the interface can declare them: {@code ActionAttempt.status()}, {@code
     * Event.occurredAt()}. A field deprecated in any variant stays on the variants.
     */
    private static List<UnionEmitter.Common> common(
            TypeDef.UnionDef union, ApiModel model, Naming naming, RecordEmitter records) {
        List<TypeDef.ObjectDef> variants = new ArrayList<>();
        for (TypeDef.Variant v : union.variants()) {
            if (!(model.types().get(v.typeId()) instanceof TypeDef.ObjectDef object)) {
                return List.of();
            }
            variants.add(object);
        }
        if (variants.isEmpty()) {
            return List.of();
        }
        List<UnionEmitter.Common> common = new ArrayList<>();
        TypeDef.ObjectDef first = variants.get(0);
        for (TypeDef.Field field : first.fields()) {
            String accessor = naming.fieldNames(first.id()).get(field.jsonName());
            TypeName type = records.memberType(member(field, accessor));
            boolean shared = !accessor.equals("json");
            for (TypeDef.ObjectDef other : variants) {
                TypeDef.Field same = other.fields().stream()
                        .filter(f -> f.jsonName().equals(field.jsonName()))
                        .findFirst()
                        .orElse(null);
                shared &= same != null
                        && !same.deprecation().deprecated()
                        && accessor.equals(naming.fieldNames(other.id()).get(field.jsonName()))
                        && type.equals(records.memberType(member(same, accessor)));
            }
            if (shared) {
                common.add(new UnionEmitter.Common(field.jsonName(), accessor, type, field.description()));
            }
        }
        return common;
    }

    /** A model's field as a record component. */
    private static RecordEmitter.Member member(TypeDef.Field f, String javaName) {
        return new RecordEmitter.Member(
                f.jsonName(),
                javaName,
                f.type(),
                f.required(),
                f.nullable(),
                f.description(),
                f.deprecation(),
                true,
                false,
                f.defaultValue());
    }

    private static RecordEmitter.Shape objectShape(
            TypeDef.ObjectDef object, Naming naming, Types types, List<RecordEmitter.Membership> unions) {
        Map<String, String> names = naming.fieldNames(object.id());
        List<RecordEmitter.Member> members = new ArrayList<>();
        for (TypeDef.Field f : object.fields()) {
            members.add(member(f, names.get(f.jsonName())));
        }
        return new RecordEmitter.Shape(
                types.named(object.id()),
                object.description(),
                object.deprecation(),
                members,
                true,
                false,
                unions,
                List.of());
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
                    p.location() == Parameter.Location.BODY,
                    true,
                    p.defaultValue()));
        }
        List<List<RecordEmitter.Member>> choices = new ArrayList<>();
        for (List<String> choice : op.inputChoices()) {
            choices.add(choice.stream()
                    .map(name -> members.stream()
                            .filter(m -> m.jsonName().equals(name))
                            .findFirst()
                            .orElseThrow())
                    .toList());
        }
        String what = op.title() != null ? op.title() : op.httpMethod() + " " + op.path();
        return new RecordEmitter.Shape(
                ClassName.get(naming.modelPackage(), naming.requestName(op)),
                "The inputs of " + what + ".",
                op.deprecation(),
                members,
                false,
                true,
                List.of(),
                choices);
    }

    private static JavaFile file(String pkg, TypeSpec type) {
        return JavaFile.builder(pkg, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .addFileComment("Generated by Typewright from an OpenAPI document. Do not edit.")
                .build();
    }
}
