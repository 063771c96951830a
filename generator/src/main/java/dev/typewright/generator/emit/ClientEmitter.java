package dev.typewright.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.ClientConventions;
import dev.typewright.generator.model.Credential;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.Server;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.naming.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the resource clients, one class per group of operations, and the root client that holds
 * them and builds itself from the spec's auth modes. Each operation becomes one method that
 * describes its call to the runtime; the runtime does the rest.
 */
final class ClientEmitter {
    private static final String CORE = "core";
    private static final ClassName INPUT_STREAM = ClassName.get("java.io", "InputStream");
    private static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
    private static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
    private static final ClassName REQUEST_OPTIONS = ClassName.get(Types.RUNTIME, "RequestOptions");
    private static final ClassName PAGE = ClassName.get(Types.RUNTIME, "Page");
    private static final ClassName PAGES = ClassName.get(Types.RUNTIME, "PageRequest");
    private static final ClassName RAW_RESPONSE = ClassName.get(Types.RUNTIME, "RawResponse");
    private static final ClassName OUTCOMES = ClassName.get(Types.RUNTIME, "Outcomes");
    private static final String RAW_VIEW = "WithRawResponse";
    private static final String RAW_ACCESSOR = "withRawResponse";

    private final ApiModel model;
    private final Naming naming;
    private final Types types;
    private final Map<String, String> policies;

    /** @param policies the run-time policies the user supplies, by kind, as class names */
    ClientEmitter(ApiModel model, Naming naming, Types types, Map<String, String> policies) {
        this.model = model;
        this.naming = naming;
        this.types = types;
        this.policies = policies;
    }

    TypeSpec emit(Naming.Resource resource) {
        ClassName self = ClassName.get(naming.clientPackage(), resource.className());
        boolean root = resource.path().isEmpty();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        root
                                ? rootDoc()
                                : CodeBlock.of(
                                        "Operations under $L.\n", Javadoc.code(String.join(".", resource.path()))));
        if (root || !resource.operations().isEmpty()) {
            type.addField(FieldSpec.builder(Types.CLIENT_CORE, CORE, Modifier.PRIVATE, Modifier.FINAL)
                    .build());
        }
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
                .addModifiers(root ? Modifier.PRIVATE : Modifier.PUBLIC)
                .addParameter(Types.CLIENT_CORE, CORE);
        if (!root) {
            ctor.addJavadoc(
                    "Resource clients come from {@link $T}; this constructor is for it.\n",
                    ClassName.get(naming.clientPackage(), naming.clientName()));
        }
        if (root || !resource.operations().isEmpty()) {
            ctor.addStatement("this.$L = $L", CORE, CORE);
        }
        for (Naming.Resource child : resource.children()) {
            ClassName childType = ClassName.get(naming.clientPackage(), child.className());
            type.addField(FieldSpec.builder(childType, child.accessor(), Modifier.PRIVATE, Modifier.FINAL)
                    .build());
            ctor.addStatement("this.$L = new $T($L)", child.accessor(), childType, CORE);
            type.addMethod(MethodSpec.methodBuilder(child.accessor())
                    .addJavadoc("Operations under $L.\n", Javadoc.code(String.join(".", child.path())))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(childType)
                    .addStatement("return $L", child.accessor())
                    .build());
        }
        type.addMethod(ctor.build());
        for (Operation op : resource.operations()) {
            operationMethods(op).forEach(type::addMethod);
            if (naming.outcomeTypeName(op) != null) {
                type.addField(outcomesField(op));
            }
        }
        if (!resource.operations().isEmpty()) {
            addRawView(type, self, resource.operations());
        }
        if (root) {
            type.addField(FieldSpec.builder(
                            String.class, "DEFAULT_ENDPOINT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Where the client sends calls unless told otherwise.\n")
                    .initializer("$S", model.defaultServerUrl())
                    .build());
            serverMembers(type);
            ClassName builder = self.nestedClass("Builder");
            type.addMethod(MethodSpec.methodBuilder("builder")
                    .addJavadoc("Starts configuring a client: pick one way to authenticate, then {@code build()}.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder)
                    .addStatement("return new $T()", builder)
                    .build());
            type.addType(builderType(self, builder));
            type.addSuperinterface(AutoCloseable.class);
            type.addMethod(MethodSpec.methodBuilder("withOptions")
                    .addJavadoc(
                            "A client for calls with other settings (timeout, retries, extra headers, query or body fields, a response listener, waiting for long-running operations), sharing this one's connections:\n"
                                    + "{@code client.withOptions(o -> o.timeout(Duration.ofSeconds(5)).maxRetries(0))}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self)
                    .addParameter(
                            ParameterizedTypeName.get(CONSUMER, REQUEST_OPTIONS.nestedClass("Builder")), "options")
                    .addStatement("$T.Builder builder = $T.options()", REQUEST_OPTIONS, Types.CLIENT_CORE)
                    .addStatement("options.accept(builder)")
                    .addStatement("return new $T($L.withOptions(builder.build()))", self, CORE)
                    .build());
            type.addMethod(MethodSpec.methodBuilder("close")
                    .addJavadoc(
                            "Releases the client's threads; calls made afterwards fail. Views made by {@link #withOptions} close with it.\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement("$L.close()", CORE)
                    .build());
        }
        return type.build();
    }

    /**
     * A constant per server the spec lists, its variables at their defaults, and for a server with
     * variables a method that fills them in, to give the builder's {@code endpoint(...)}.
     */
    private void serverMembers(TypeSpec.Builder type) {
        List<Server> servers = model.servers();
        for (int i = 0; i < servers.size(); i++) {
            Server server = servers.get(i);
            if (naming.serverConstant(i) == null) {
                continue;
            }
            String about = server.description() == null ? "" : Javadoc.escape(server.description()) + ": ";
            type.addField(FieldSpec.builder(
                            String.class, naming.serverConstant(i), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                            "$L$L$L.\n",
                            about,
                            Javadoc.code(server.defaultUrl()),
                            server.variables().isEmpty() ? "" : ", its variables at their defaults")
                    .initializer("$S", server.defaultUrl())
                    .build());
            if (naming.serverMethod(i) != null) {
                type.addMethod(serverMethod(server, naming.serverMethod(i), naming.serverParameters(i)));
            }
        }
    }

    private static MethodSpec serverMethod(Server server, String name, Map<String, String> parameters) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc(
                        "$L$L with its variables filled in, for the builder's {@code endpoint(...)}.\n",
                        server.description() == null ? "" : Javadoc.escape(server.description()) + ": ",
                        Javadoc.code(server.url()));
        for (Server.Variable v : server.variables()) {
            String parameter = parameters.get(v.name());
            StringBuilder doc = new StringBuilder(v.description() == null ? "" : Javadoc.escape(v.description()));
            if (!v.values().isEmpty()) {
                doc.append(doc.length() == 0 ? "" : "; ").append("one of ");
                doc.append(
                        String.join(", ", v.values().stream().map(Javadoc::code).toList()));
            }
            if (v.defaultValue() != null) {
                doc.append(doc.length() == 0 ? "" : "; ").append("default ").append(Javadoc.code(v.defaultValue()));
            }
            method.addParameter(String.class, parameter)
                    .addJavadoc("\n@param $L $L", parameter, doc.length() == 0 ? "the " + v.name() : doc);
            method.addStatement("$T.requireNonNull($N, $S)", java.util.Objects.class, parameter, parameter);
        }
        method.addJavadoc("\n");
        // The URL split at its placeholders: literal text and variables in turn.
        CodeBlock.Builder url = CodeBlock.builder();
        java.util.regex.Matcher placeholder =
                java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(server.url());
        int at = 0;
        List<CodeBlock> parts = new ArrayList<>();
        while (placeholder.find()) {
            if (placeholder.start() > at) {
                parts.add(CodeBlock.of("$S", server.url().substring(at, placeholder.start())));
            }
            String parameter = parameters.get(placeholder.group(1));
            parts.add(parameter == null ? CodeBlock.of("$S", placeholder.group()) : CodeBlock.of("$N", parameter));
            at = placeholder.end();
        }
        if (at < server.url().length()) {
            parts.add(CodeBlock.of("$S", server.url().substring(at)));
        }
        url.add(CodeBlock.join(parts, " + "));
        return method.addStatement("return $L", url.build()).build();
    }

    private CodeBlock rootDoc() {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add("The $L client.\n", Javadoc.escape(model.title() == null ? naming.clientName() : model.title()));
        String description = Javadoc.escape(model.description());
        if (!description.isEmpty()) {
            doc.add("\n<p>$L\n", description);
        }
        doc.add("\n<p>Build one with {@link #builder()} and share it: it is thread-safe.\n");
        return doc.build();
    }

    /**
     * The operation's methods: the call, its async twin, the page stream for paginated lists, and
     * no-argument overloads where every input is optional. They share one private method that
     * describes the HTTP call.
     */
    private List<MethodSpec> operationMethods(Operation op) {
        String name = naming.methodName(op);
        String async = naming.asyncMethodName(op);
        String callMethod = naming.callMethodName(op);
        TypeName result = result(op);
        TypeName boxed = boxed(result);
        ClassName request = request(op);
        String arg = request == null ? "" : "request";
        List<MethodSpec> methods = new ArrayList<>();

        MethodSpec.Builder main = operation(op, name, result).addJavadoc(operationDoc(op, result));
        MethodSpec.Builder future = operation(op, async, ParameterizedTypeName.get(COMPLETABLE_FUTURE, boxed))
                .addJavadoc(
                        "Like {@link #$L($L)}, without blocking: the future completes with the result, or fails with the same exceptions.\n",
                        name,
                        request == null ? "" : request.simpleName());
        CodeBlock target = resultTarget(op, result);
        if (request != null) {
            main.addParameter(request, "request");
            future.addParameter(request, "request");
        }
        if (result.equals(TypeName.VOID)) {
            main.addStatement("$L.send($L($L))", CORE, callMethod, arg);
            future.addStatement("return $L.sendAsync($L($L))", CORE, callMethod, arg);
        } else {
            main.addStatement("return $L.send($L($L),$W$L)", CORE, callMethod, arg, target);
            future.addStatement("return $L.sendAsync($L($L),$W$L)", CORE, callMethod, arg, target);
        }
        methods.add(main.build());
        methods.add(future.build());
        String stream = naming.streamMethodName(op);
        if (stream != null) {
            MethodSpec.Builder streamed = operation(op, stream, INPUT_STREAM)
                    .addJavadoc(
                            "Like {@link #$L($L)}, returning the body unread: a stream to read and close, for a download of any size.\n",
                            name,
                            request == null ? "" : request.simpleName());
            if (request != null) {
                streamed.addParameter(request, "request");
            }
            methods.add(streamed.addStatement("return $L.sendStream($L($L))", CORE, callMethod, arg)
                    .build());
        }
        String pages = naming.pageStreamMethodName(op);
        if (pages != null && request != null && op.result() instanceof TypeRef.ListOf list) {
            methods.addAll(pageMethods(op, request, list, callMethod));
        }
        if (request != null && op.inputsOptional()) {
            // Every input is optional, so each call is offered without a request as well.
            for (MethodSpec m : List.copyOf(methods)) {
                if (m.modifiers().contains(Modifier.PRIVATE)) {
                    continue;
                }
                methods.add(operation(op, m.name(), m.returnType())
                        .addJavadoc("Like {@link #$L($T)} with no inputs set.\n", m.name(), request)
                        .addStatement(
                                (m.returnType().equals(TypeName.VOID) ? "" : "return ") + "$L($T.builder().build())",
                                m.name(),
                                request)
                        .build());
            }
        }
        List<Parameter> required =
                op.parameters().stream().filter(Parameter::required).toList();
        if (request != null
                && required.size() == 1
                && !required.get(0).deprecation().deprecated()) {
            // The one input a call cannot do without, given on its own: locks().unlockDoor(deviceId).
            Parameter only = required.get(0);
            String input = naming.parameterName(op, only);
            for (MethodSpec m : List.copyOf(methods.subList(0, stream == null ? 2 : 3))) {
                methods.add(operation(op, m.name(), m.returnType())
                        .addJavadoc("Like {@link #$L($T)} with only {@code $L} set.\n", m.name(), request, input)
                        .addParameter(unboxed(types.of(only.type())), input)
                        .addStatement(
                                (m.returnType().equals(TypeName.VOID) ? "" : "return ")
                                        + "$L($T.builder().$L($L).build())",
                                m.name(),
                                request,
                                input,
                                input)
                        .build());
            }
        }
        methods.add(MethodSpec.methodBuilder(callMethod)
                .addModifiers(Modifier.PRIVATE)
                .returns(Types.API_REQUEST)
                .addParameters(
                        request == null
                                ? List.of()
                                : List.of(ParameterSpec.builder(request, "request")
                                        .build()))
                .addStatement("return $L", call(op, "request"))
                .build());
        return methods;
    }

    /** What a call returns; {@code void} for nothing. */
    private TypeName result(Operation op) {
        if (naming.outcomeTypeName(op) != null) {
            return ClassName.get(naming.modelPackage(), naming.outcomeTypeName(op));
        }
        return op.result() == null ? TypeName.VOID : types.of(op.result());
    }

    /** How a call with an outcome type reads each status: a constant the call passes to the core. */
    private FieldSpec outcomesField(Operation op) {
        ClassName outcome = ClassName.get(naming.modelPackage(), naming.outcomeTypeName(op));
        CodeBlock.Builder init =
                CodeBlock.builder().add("$T.<$T>otherwise($T.Other::new)$>$>$>", OUTCOMES, outcome, outcome);
        for (Operation.Outcome o : op.outcomes()) {
            ClassName variant = outcome.nestedClass(Naming.outcomeVariant(o.status()));
            if (o.type() == null) {
                init.add("\n.on($L, $T::new)", o.status(), variant);
            } else {
                init.add("\n.on($L, $L, $T::new)", o.status(), target(types.of(o.type())), variant);
            }
        }
        init.add("$<$<$<");
        return FieldSpec.builder(
                        ParameterizedTypeName.get(OUTCOMES, outcome),
                        outcomesConstant(op),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    /** The constant of {@link #outcomesField}: the method's name in capitals, unique as the method's is. */
    private String outcomesConstant(Operation op) {
        return naming.methodName(op).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT)
                + "_OUTCOMES";
    }

    /** The result as a type argument, {@code Void} for nothing. */
    private static TypeName boxed(TypeName result) {
        return result.equals(TypeName.VOID) ? ClassName.get(Void.class) : result;
    }

    /** The operation's request type; null for a call without inputs. */
    private ClassName request(Operation op) {
        return op.parameters().isEmpty() ? null : ClassName.get(naming.modelPackage(), naming.requestName(op));
    }

    /**
     * A paginated list's stream of every item, its first page (which fetches the next), and the
     * private method that tells both how to fetch and read the pages.
     */
    private List<MethodSpec> pageMethods(Operation op, ClassName request, TypeRef.ListOf list, String callMethod) {
        String name = naming.methodName(op);
        Naming.PageMethods names = naming.pageMethods(op);
        TypeName item = types.of(list.items());
        Parameter cursor = op.parameters().stream()
                .filter(p ->
                        p.name().equals(op.pagination().cursorParameter()) && p.location() != Parameter.Location.HEADER)
                .findFirst()
                .orElseThrow();
        TypeName page = ParameterizedTypeName.get(PAGE, item);
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(operation(op, naming.pageStreamMethodName(op), ParameterizedTypeName.get(STREAM, item))
                .addJavadoc(
                        "Every item of {@link #$L($T)} across all pages, starting from the request's own cursor: each page is fetched when the stream reaches it.\n",
                        name,
                        request)
                .addParameter(request, "request")
                .addStatement("return $L.paginate($L(request))", CORE, names.pages())
                .build());
        methods.add(operation(op, names.page(), page)
                .addJavadoc(
                        "The first page of {@link #$L($T)}, which fetches the next. To resume a list later, save {@link $T#nextCursor()} and send it as the request's {@code $L}.\n",
                        name,
                        request,
                        PAGE,
                        naming.parameterName(op, cursor))
                .addParameter(request, "request")
                .addStatement("return $L.page($L(request))", CORE, names.pages())
                .build());
        methods.add(operation(op, names.pageAsync(), ParameterizedTypeName.get(COMPLETABLE_FUTURE, page))
                .addJavadoc("Like {@link #$L($T)}, without blocking.\n", names.page(), request)
                .addParameter(request, "request")
                .addStatement("return $L.pageAsync($L(request))", CORE, names.pages())
                .build());
        methods.add(MethodSpec.methodBuilder(names.pages())
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(PAGES, item))
                .addParameter(request, "request")
                .addStatement(
                        "return new $T<>($Wcursor -> $L(cursor == null ? request : request.toBuilder().$L($L).build()),$Wnew $T($S, $S, $S),$W$L)",
                        PAGES,
                        callMethod,
                        naming.parameterName(op, cursor),
                        cursorValue(cursor),
                        Types.PAGING,
                        op.pagination().cursorParameter(),
                        op.pagination().nextCursorPointer(),
                        op.responseKey(),
                        CodeBlock.of("new $T<$T>() {}", Types.TYPE_REFERENCE, types.of(list)))
                .build());
        return methods;
    }

    /**
     * The client's raw-response view: each operation again, returning its value with the status,
     * headers and request id of the response it was read from.
     */
    private void addRawView(TypeSpec.Builder type, ClassName self, List<Operation> operations) {
        ClassName view = self.nestedClass(RAW_VIEW);
        TypeSpec.Builder raw = TypeSpec.classBuilder(view)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "The calls of {@link $T}, each returning its value with the response it was read from.\n", self)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        for (Operation op : operations) {
            String name = naming.methodName(op);
            TypeName result = result(op);
            TypeName boxed = boxed(result);
            ClassName request = request(op);
            String arg = request == null ? "" : "request";
            raw.addMethod(rawMethod(op, self, name, ParameterizedTypeName.get(RAW_RESPONSE, boxed))
                    .addStatement(
                            result.equals(TypeName.VOID)
                                    ? CodeBlock.of("return $L.sendRaw($L($L))", CORE, naming.callMethodName(op), arg)
                                    : CodeBlock.of(
                                            "return $L.sendRaw($L($L),$W$L)",
                                            CORE,
                                            naming.callMethodName(op),
                                            arg,
                                            resultTarget(op, result)))
                    .build());
            String stream = naming.streamMethodName(op);
            if (stream != null) {
                raw.addMethod(rawMethod(op, self, stream, ParameterizedTypeName.get(RAW_RESPONSE, INPUT_STREAM))
                        .addStatement("return $L.sendRawStream($L($L))", CORE, naming.callMethodName(op), arg)
                        .build());
            }
            if (request != null && op.inputsOptional()) {
                raw.addMethod(operation(op, name, ParameterizedTypeName.get(RAW_RESPONSE, boxed))
                        .addJavadoc("Like {@link #$L($T)} with no inputs set.\n", name, request)
                        .addStatement("return $L($T.builder().build())", name, request)
                        .build());
            }
        }
        type.addType(raw.build());
        type.addField(FieldSpec.builder(view, RAW_ACCESSOR, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T()", view)
                .build());
        type.addMethod(MethodSpec.methodBuilder(RAW_ACCESSOR)
                .addJavadoc(
                        "These calls again, each returning the status, headers and request id of its response with its value: {@code client.$L().$L(...).requestId()}.\n",
                        RAW_ACCESSOR,
                        naming.methodName(operations.get(0)))
                .addModifiers(Modifier.PUBLIC)
                .returns(view)
                .addStatement("return $L", RAW_ACCESSOR)
                .build());
    }

    /** A method of the raw view that mirrors the client's method {@code name}: its parameter and Javadoc. */
    private MethodSpec.Builder rawMethod(Operation op, ClassName self, String name, TypeName returns) {
        ClassName request = request(op);
        MethodSpec.Builder m = operation(op, name, returns)
                .addJavadoc(
                        "{@link $T#$L($L)}, with its response.\n",
                        self,
                        name,
                        request == null ? "" : request.simpleName());
        if (request != null) {
            m.addParameter(request, "request");
        }
        return m;
    }

    /** What the core reads the result with: the call's outcomes, or its type. */
    private CodeBlock resultTarget(Operation op, TypeName result) {
        return naming.outcomeTypeName(op) != null ? CodeBlock.of("$L", outcomesConstant(op)) : target(result);
    }

    /** The body's media type as a second argument where it is not plain JSON. */
    private static CodeBlock mediaType(Operation op) {
        return op.bodyMediaType().equals("application/json")
                ? CodeBlock.of("")
                : CodeBlock.of(", $S", op.bodyMediaType());
    }

    private static Object[] styled(String wireName, String request, String accessor, Parameter.Style style) {
        return style == null
                ? new Object[] {wireName, request, accessor}
                : new Object[] {wireName, request, accessor, style.style(), style.explode()};
    }

    private static MethodSpec.Builder operation(Operation op, String name, TypeName returns) {
        MethodSpec.Builder m =
                MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
        if (op.deprecation().deprecated()) {
            m.addAnnotation(Deprecated.class);
        }
        return m;
    }

    private static CodeBlock target(TypeName result) {
        return result instanceof ParameterizedTypeName
                ? CodeBlock.of("new $T<$T>() {}", Types.TYPE_REFERENCE, result)
                : CodeBlock.of("$T.class", result);
    }

    private CodeBlock operationDoc(Operation op, TypeName result) {
        CodeBlock.Builder doc = CodeBlock.builder();
        String title = Javadoc.escape(op.title());
        String description = Javadoc.escape(op.description());
        if (!title.isEmpty()) {
            doc.add("$L.\n", title.endsWith(".") ? title.substring(0, title.length() - 1) : title);
        }
        if (!description.isEmpty() && !description.equals(title)) {
            doc.add("\n<p>$L\n", description);
        }
        doc.add("\n<p>$L\n", Javadoc.code(op.httpMethod() + " " + op.path()));
        if (op.unlisted() != null) {
            doc.add("\n<p>$L\n", Javadoc.escape(op.unlisted()));
        }
        if (op.deprecation().deprecated()) {
            doc.add(
                    "\n@deprecated $L\n",
                    op.deprecation().note() == null
                            ? "no longer recommended"
                            : Javadoc.escape(op.deprecation().note()));
        }
        if (!op.parameters().isEmpty()) {
            doc.add("\n@param request the inputs of the call\n");
        }
        if (!result.equals(TypeName.VOID)) {
            doc.add(
                    op.responseKey() == null
                            ? "@return the response\n"
                            : "@return the " + Javadoc.code(op.responseKey()) + " of the response\n");
        }
        doc.add("@throws $T when the API answers with an error status\n", Types.API_EXCEPTION);
        return doc.build();
    }

    /** The runtime's description of the HTTP call, built from the request record's fields. */
    private CodeBlock call(Operation op, String request) {
        CodeBlock.Builder spec = CodeBlock.builder();
        spec.add("$T.of($S,$W$S)", Types.API_REQUEST, op.httpMethod(), op.path());
        for (Parameter p : op.parameters()) {
            String name = naming.parameterName(op, p);
            Parameter.Style style = p.style();
            if (style != null && style.style().equals(Parameter.Style.JSON)) {
                String method = switch (p.location()) {
                    case PATH -> "pathParam";
                    case QUERY -> "query";
                    case HEADER -> "header";
                    case COOKIE -> "cookie";
                    case BODY, BODY_VALUE -> throw new IllegalStateException("a body field is not a parameter");
                };
                spec.add(
                        "\n.$L($S, $T.text($L.$L()))",
                        method,
                        p.name(),
                        ClassName.get(Types.RUNTIME, "Json"),
                        request,
                        name);
                continue;
            }
            switch (p.location()) {
                case PATH ->
                    spec.add(
                            style == null
                                    ? "\n.pathParam($S, $L.$L())"
                                    : style.allowReserved()
                                            ? "\n.pathParam($S, $L.$L(), $S, $L, true)"
                                            : "\n.pathParam($S, $L.$L(), $S, $L)",
                            styled(p.name(), request, name, style));
                case QUERY ->
                    spec.add(
                            style == null
                                    ? "\n.query($S, $L.$L())"
                                    : style.allowReserved()
                                            ? "\n.query($S, $L.$L(), $S, $L, true)"
                                            : "\n.query($S, $L.$L(), $S, $L)",
                            styled(p.name(), request, name, style));
                case HEADER ->
                    spec.add(
                            style != null && style.explode()
                                    ? "\n.header($S, $L.$L(), true)"
                                    : "\n.header($S, $L.$L())",
                            p.name(),
                            request,
                            name);
                case COOKIE -> spec.add("\n.cookie($S, $L.$L())", p.name(), request, name);
                case BODY_VALUE -> spec.add("\n.body($L.$L()$L)", request, name, mediaType(op));
                case BODY -> {
                    if (op.bodyKind() == Operation.BodyKind.FORM) {
                        spec.add(
                                style == null ? "\n.form($S, $L.$L())" : "\n.form($S, $L.$L(), $S, $L)",
                                styled(p.name(), request, name, style));
                    } else if (op.bodyKind() == Operation.BodyKind.MULTIPART) {
                        if (style == null || style.contentType() == null) {
                            spec.add("\n.part($S, $L.$L())", p.name(), request, name);
                        } else {
                            spec.add("\n.part($S, $L.$L(), $S)", p.name(), request, name, style.contentType());
                        }
                    }
                }
            }
        }
        if (op.hasBody()) {
            spec.add("\n.body($L$L)", request, mediaType(op));
        }
        if (op.resultMediaType() != null) {
            spec.add("\n.accept($S)", op.resultMediaType());
        }
        if (op.responseKey() != null && op.result() != null) {
            spec.add("\n.responseKey($S)", op.responseKey());
        }
        List<String> accepted = acceptedCredentials(op);
        if (accepted != null) {
            spec.add(
                    "\n.credentials($L)",
                    CodeBlock.join(
                            accepted.stream().map(m -> CodeBlock.of("$S", m)).toList(), ", "));
        }
        if (op.idempotent()) {
            spec.add("\n.idempotent()");
        }
        if (op.longRunning()) {
            spec.add("\n.longRunning()");
        }
        if (op.server() != null) {
            spec.add("\n.server($S)", op.server());
        }
        return spec.build();
    }

    /**
     * The builder methods whose credentials the call takes, in the order of its security
     * requirements; null when the spec ties no credentials to calls (or the profile does not), so
     * that the call sends whichever the client holds.
     */
    private List<String> acceptedCredentials(Operation op) {
        if (op.security() == null
                || naming.authMethods().stream()
                        .allMatch(m -> m.credential().schemes().isEmpty())) {
            return null;
        }
        List<String> accepted = new ArrayList<>();
        for (List<String> requirement : op.security()) {
            for (Naming.AuthMethod method : naming.authMethods()) {
                if (!requirement.isEmpty()
                        && method.credential().schemes().equals(requirement)
                        && !accepted.contains(method.name())) {
                    accepted.add(method.name());
                }
            }
        }
        return accepted;
    }

    /**
     * The builder's credentials grouped by the calls that take them: methods taken by the same
     * calls stand in for each other. Null for one group, where a client takes one kind only.
     */
    private List<List<String>> credentialGroups() {
        Map<List<Integer>, List<String>> groups = new java.util.LinkedHashMap<>();
        for (String method : naming.authMethods().stream()
                .map(Naming.AuthMethod::name)
                .distinct()
                .toList()) {
            List<Integer> calls = new ArrayList<>();
            for (int i = 0; i < model.operations().size(); i++) {
                List<String> accepted = acceptedCredentials(model.operations().get(i));
                if (accepted == null) {
                    return null;
                }
                if (accepted.contains(method)) {
                    calls.add(i);
                }
            }
            groups.computeIfAbsent(calls, c -> new ArrayList<>()).add(method);
        }
        return groups.size() < 2 ? null : List.copyOf(groups.values());
    }

    private TypeSpec builderType(ClassName client, ClassName builder) {
        TypeSpec.Builder b = TypeSpec.classBuilder(builder)
                .addJavadoc("Configures a {@link $T}.\n", client)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Types.CLIENT_BUILDER, builder, client))
                .addMethod(builderConstructor(client));
        for (Naming.AuthMethod method : naming.authMethods()) {
            b.addMethod(authMethod(method, builder));
        }
        ClientConventions conventions = model.conventions();
        if (conventions.environment() != null) {
            b.addMethod(MethodSpec.methodBuilder("fromEnv")
                    .addJavadoc(
                            "Reads the endpoint and credentials from the environment: $L.\n\n"
                                    + "@throws IllegalStateException when the environment sets no credentials, or two kinds\n",
                            conventions.environmentDoc())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addStatement("return fromEnv($T.getenv())", System.class)
                    .build());
            b.addMethod(MethodSpec.methodBuilder("fromEnv")
                    .addJavadoc(
                            "Reads the endpoint and credentials from these variables, as {@link #fromEnv()} reads the"
                                    + " environment's.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(
                            ParameterizedTypeName.get(
                                    ClassName.get(Map.class), TypeName.get(String.class), TypeName.get(String.class)),
                            "env")
                    .addStatement("return configure($L(env))", staticCall(conventions.environment()))
                    .build());
        }
        b.addMethod(MethodSpec.methodBuilder("create")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(client)
                .addParameter(Types.CLIENT_CORE, CORE)
                .addStatement("return new $T($L)", client, CORE)
                .build());
        return b.build();
    }

    /** {@code package.Class.method} as a call target: the class imported, the method named. */
    private static CodeBlock staticCall(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return CodeBlock.of("$T.$L", ClassName.bestGuess(qualified.substring(0, dot)), qualified.substring(dot + 1));
    }

    /**
     * Starts from the profile's run-time policies, then installs the ones the user named in the
     * configuration.
     */
    private MethodSpec builderConstructor(ClassName client) {
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        String factory = model.runtimePolicies();
        if (factory == null) {
            ctor.addStatement("super(DEFAULT_ENDPOINT)");
        } else {
            ctor.addStatement("super(DEFAULT_ENDPOINT, $L())", staticCall(factory));
        }
        policies.forEach((kind, className) -> ctor.addStatement("$L(new $T())", kind, ClassName.bestGuess(className)));
        ClientConventions.SdkHeaders sdk = model.conventions().sdkHeaders();
        if (sdk != null) {
            ctor.addStatement("header($S, $S)", sdk.nameHeader(), sdk.name());
            ctor.addStatement("header($S, versionOf($T.class))", sdk.versionHeader(), client);
        }
        List<List<String>> groups = credentialGroups();
        if (groups != null) {
            List<CodeBlock> lists = new ArrayList<>();
            for (List<String> group : groups) {
                lists.add(CodeBlock.of(
                        "$T.of($L)",
                        List.class,
                        CodeBlock.join(
                                group.stream().map(m -> CodeBlock.of("$S", m)).toList(), ", ")));
            }
            ctor.addStatement("credentialGroups($T.of($L))", List.class, CodeBlock.join(lists, ",$W"));
        }
        if (model.credentialsRequired()) {
            ctor.addStatement(
                    "requireCredentials($L)",
                    CodeBlock.join(
                            naming.authMethods().stream()
                                    .map(Naming.AuthMethod::name)
                                    .distinct()
                                    .map(name -> CodeBlock.of("$S", name))
                                    .toList(),
                            ", "));
        }
        return ctor.build();
    }

    /** A required input needs no null: {@code get(5)} compiles against {@code long} but not {@code Long}. */
    private static TypeName unboxed(TypeName type) {
        return type.isBoxedPrimitive() ? type.unbox() : type;
    }

    /** The cursor, a string at run time, as the type of the request input that takes it. */
    private CodeBlock cursorValue(Parameter cursor) {
        if (cursor.type() instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.INTEGER) {
            return CodeBlock.of("$T.valueOf(cursor)", Integer.class);
        }
        if (cursor.type() instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.LONG) {
            return CodeBlock.of("$T.valueOf(cursor)", Long.class);
        }
        if (cursor.type() instanceof TypeRef.External) {
            return CodeBlock.of(
                    "$T.fromTree($T.valueOf(cursor), $T.class)",
                    ClassName.get(Types.RUNTIME, "Json"),
                    ClassName.get("com.fasterxml.jackson.databind.node", "TextNode"),
                    types.of(cursor.type()));
        }
        return CodeBlock.of("cursor");
    }

    private MethodSpec authMethod(Naming.AuthMethod method, ClassName builder) {
        Credential credential = method.credential();
        MethodSpec.Builder m = MethodSpec.methodBuilder(method.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder);
        TypeName input = credential.supplied()
                ? ParameterizedTypeName.get(ClassName.get("java.util.function", "Supplier"), Types.STRING)
                : Types.STRING;
        method.parameters().forEach(p -> m.addParameter(input, p));
        CodeBlock.Builder doc = CodeBlock.builder();
        String description = Javadoc.escape(credential.description());
        if (!description.isEmpty()) {
            doc.add("$L\n\n<p>", description);
        }
        doc.add("Sent as $L.\n", describeHeaders(credential, method.parameters()));
        CodeBlock auth;
        if (credential.factory() != null) {
            List<CodeBlock> args = new ArrayList<>();
            credential.factoryArguments().forEach(a -> args.add(CodeBlock.of("$S", a)));
            method.parameters().forEach(p -> args.add(CodeBlock.of("$L", p)));
            auth = CodeBlock.of("$L($L)", staticCall(credential.factory()), CodeBlock.join(args, ", "));
        } else {
            List<CodeBlock> parts = new ArrayList<>();
            for (Credential.Header header : credential.headers()) {
                String param = method.parameters().get(header.input());
                parts.add(
                        switch (header.kind()) {
                            case BEARER -> CodeBlock.of("$T.bearer($L)", Types.AUTH, param);
                            case BASIC ->
                                CodeBlock.of(
                                        "$T.basic($L, $L)",
                                        Types.AUTH,
                                        param,
                                        method.parameters().get(header.input() + 1));
                            case HEADER -> CodeBlock.of("$T.header($S, $L)", Types.AUTH, header.name(), param);
                            case QUERY -> CodeBlock.of("$T.query($S, $L)", Types.AUTH, header.name(), param);
                            case COOKIE -> CodeBlock.of("$T.cookie($S, $L)", Types.AUTH, header.name(), param);
                        });
            }
            CodeBlock.Builder joined = CodeBlock.builder().add("$L", parts.get(0));
            parts.subList(1, parts.size()).forEach(part -> joined.add(".and($L)", part));
            auth = joined.build();
        }
        for (int i = 0; i < credential.inputs().size(); i++) {
            String d = Javadoc.escape(credential.inputs().get(i).description());
            doc.add("\n@param $L $L", method.parameters().get(i), d.isEmpty() ? "the credential" : d);
        }
        return m.addJavadoc(doc.add("\n").build())
                .addStatement("return auth($S, $L)", method.name(), auth)
                .build();
    }

    private static String describeHeaders(Credential credential, List<String> parameters) {
        List<String> headers = new ArrayList<>();
        for (Credential.Header header : credential.headers()) {
            String inputs = header.kind() == Credential.Header.Kind.BASIC
                    ? parameters.get(header.input()) + ", " + parameters.get(header.input() + 1)
                    : parameters.get(header.input());
            headers.add(Javadoc.code(header.shown()) + " (" + inputs + ")");
        }
        return String.join(", ", headers);
    }
}
