package dev.typewright.generator.naming;

import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Credential;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.Server;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every Java name the generated client uses, decided in one place before any code is emitted.
 *
 * <p>Names are handed out in a fixed order (types by id, then requests by operation order), so the
 * same spec always gets the same names, and a name that is taken gets a number rather than hiding
 * another: two types never differ only in case (they would clash as files on some systems), no
 * type hides a {@code java.lang} type or a type the generated code imports, and no field shadows a
 * member every model has.
 */
public final class Naming {
    /** Simple names the generated model files use unqualified, so no model may take them. */
    private static final Set<String> RESERVED_TYPE_NAMES = Set.of(
            "Object",
            "String",
            "Integer",
            "Long",
            "Double",
            "Float",
            "Short",
            "Byte",
            "Boolean",
            "Character",
            "Number",
            "Void",
            "Class",
            "Enum",
            "Record",
            "Thread",
            "System",
            "Math",
            "Runtime",
            "Process",
            "Package",
            "Module",
            "Override",
            "Deprecated",
            "SuppressWarnings",
            "FunctionalInterface",
            "SafeVarargs",
            "Iterable",
            "Comparable",
            "CharSequence",
            "Exception",
            "RuntimeException",
            "Error",
            "Throwable",
            "StringBuilder",
            "ClassLoader",
            "Compiler",
            "Runnable",
            "AutoCloseable",
            "Cloneable",
            "Readable",
            "Appendable",
            "List",
            "Map",
            "Objects",
            "OffsetDateTime",
            "LocalDate",
            "JsonNode",
            "JsonProperty",
            "JsonInclude",
            "JsonAnySetter",
            "JsonAnyGetter",
            "JsonIgnore",
            "Values",
            "Builder",
            "TypeReference",
            "ApiRequest",
            "ClientCore",
            "ClientBuilder",
            "Auth",
            "Deserializer",
            "Visitor",
            "Known",
            "WithRawResponse",
            "R");

    /** Members of every record and builder the generator writes. */
    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "additionalProperties",
            "builder",
            "toBuilder",
            "build",
            "hashCode",
            "toString",
            "equals",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    /**
     * Members of every record and builder, the field every client holds its core in, which the
     * field of a resource's accessor must not take (Kubernetes has a {@code core} tag), and the
     * accessor of every client's raw-response view.
     */
    private static final Set<String> RESERVED_RESOURCE_MEMBERS = Stream.concat(
                    RESERVED_MEMBERS.stream(), Stream.of("core", "withRawResponse"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A resource's reserved members, and the methods the root client has beside its operations. */
    private static final Set<String> RESERVED_CLIENT_METHODS = Stream.concat(
                    RESERVED_RESOURCE_MEMBERS.stream(), Stream.of("close", "withOptions"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** What the builder's base class and the generated builder already name. */
    private static final Set<String> RESERVED_CLIENT_BUILDER_METHODS = Set.of(
            "endpoint",
            "connectTimeout",
            "timeout",
            "maxRetries",
            "retryBackoff",
            "maxResponseBytes",
            "httpClient",
            "retryPolicy",
            "errorDecoder",
            "pager",
            "poller",
            "interceptor",
            "header",
            "waitForCompletion",
            "polling",
            "auth",
            "configure",
            "requireCredentials",
            "fromEnv",
            "build",
            "create",
            "self");

    private final String basePackage;
    private final String clientName;
    private final TypeNames types;
    private final Map<String, Map<String, String>> constantNames = new HashMap<>();
    private final Map<String, List<String>> unknownPaths = new HashMap<>();
    private final Map<String, UnionMethods> unionMethods = new HashMap<>();
    private final Map<Operation, String> requestNames = new IdentityHashMap<>();
    private final Map<Operation, String> outcomeNames = new IdentityHashMap<>();
    private final Map<String, Map<String, String>> fieldNames = new HashMap<>();
    private final Map<Operation, Map<Parameter, String>> parameterNames = new IdentityHashMap<>();
    private final Map<Operation, String> methodNames = new IdentityHashMap<>();
    private final Map<Operation, String> asyncNames = new IdentityHashMap<>();
    private final Map<Operation, String> streamNames = new IdentityHashMap<>();
    private final Map<Operation, String> callNames = new IdentityHashMap<>();
    private final Map<Operation, String> pageStreamNames = new IdentityHashMap<>();
    private final Map<Operation, PageMethods> pageMethods = new IdentityHashMap<>();
    private final Map<Operation, List<String>> accessorPaths = new IdentityHashMap<>();
    private final Resource root;

    /** A resource client: the operations filed under one group path, and its sub-groups. */
    public record Resource(
            List<String> path,
            String className,
            String accessor,
            List<Operation> operations,
            List<Resource> children) {}

    /**
     * What a union's interface names after its variants, each map keyed by the variant's type id.
     *
     * @param visit the visitor's method for each variant
     * @param visitUnknown the visitor's method for a variant the client does not know
     * @param test the {@code isX()} test of each variant that has one
     * @param cast the {@code asX()} cast of each variant that has one
     */
    public record UnionMethods(
            Map<String, String> visit, String visitUnknown, Map<String, String> test, Map<String, String> cast) {}

    /** A credential's builder method: its name (shared by overloads) and its parameters' names. */
    public record AuthMethod(String name, List<String> parameters, Credential credential) {}

    private final List<AuthMethod> authMethods = new ArrayList<>();
    private final String webhookClassName;

    /**
     * Allocates every name in a fixed precedence order, each kind in its own scope: classes of
     * their own (types by id, then requests by operation order, then resource clients), then the
     * types nested in them, then each class's members.
     */
    private final List<String> serverConstants = new ArrayList<>();

    private final List<String> serverMethods = new ArrayList<>();
    private final List<Map<String, String>> serverParameters = new ArrayList<>();

    private Naming(ApiModel model, String basePackage, String clientName) {
        this.basePackage = basePackage;
        this.clientName = clientName;
        NameScope classes = NameScope.types(List.of(clientName));
        types = new TypeNames(classes, RESERVED_TYPE_NAMES);
        types.nameTopLevel(model);
        for (Operation op : model.operations()) {
            if (!op.parameters().isEmpty()) {
                String raw = String.join("_", op.group()) + "_" + op.methodName() + "_request";
                requestNames.put(op, types.topLevel(raw));
            }
            parameterNames.put(op, parameters(op.parameters()));
        }
        for (Operation op : model.operations()) {
            if (!op.outcomes().isEmpty()) {
                outcomeNames.put(op, types.topLevel(String.join("_", op.group()) + "_" + op.methodName() + "_result"));
            }
        }
        root = resource(List.of(), List.of(), model.operations(), classes, model.servers());
        webhookClassName = model.conventions().webhookType() == null ? null : classes.allocate(clientName + "Webhook");
        types.nameNested(model);
        for (TypeDef type : model.types().values()) {
            if (type instanceof TypeDef.ObjectDef object) {
                fieldNames.put(
                        type.id(),
                        members(object.fields().stream()
                                .map(TypeDef.Field::jsonName)
                                .toList()));
            } else if (type instanceof TypeDef.EnumDef e) {
                constantNames.put(type.id(), constants(e.values()));
            } else if (type instanceof TypeDef.UnionDef) {
                unknownPaths.put(type.id(), types.unknownVariant(type.id()));
            }
        }
        nameUnionMethods(model);
        NameScope authNames = NameScope.members(RESERVED_CLIENT_BUILDER_METHODS);
        Map<String, String> byRawName = new HashMap<>();
        Set<String> signatures = new HashSet<>();
        for (Credential credential : model.credentials()) {
            String name =
                    byRawName.computeIfAbsent(credential.name(), raw -> authNames.allocate(Identifiers.camel(raw)));
            if (!signatures.add(name + "/" + credential.inputs().size() + "/" + credential.supplied())) {
                // Two ways in that start with the same scheme and take as many inputs would be one
                // Java method twice: the second is named after all of its schemes.
                List<String> words = credential.schemes().size() > 1
                        ? credential.schemes()
                        : List.of(credential.name(), "alternative");
                name = authNames.allocate(Identifiers.camel(String.join("_", words)));
                signatures.add(name + "/" + credential.inputs().size() + "/" + credential.supplied());
            }
            List<String> params =
                    members(credential.inputs().stream()
                                    .map(Credential.Input::name)
                                    .toList())
                            .values()
                            .stream()
                            .toList();
            authMethods.add(new AuthMethod(name, params, credential));
        }
    }

    /**
     * Visitor methods are named after the variants' classes. The {@code isX()}/{@code asX()}
     * defaults go where they cannot clash: not on a name a variant's field already takes, and not
     * on a name two unions that share a variant both give, since that variant would inherit two
     * defaults of one signature.
     */
    private void nameUnionMethods(ApiModel model) {
        Map<String, List<String>> unionsOf = new HashMap<>();
        for (TypeDef type : model.types().values()) {
            if (!(type instanceof TypeDef.UnionDef union)) {
                continue;
            }
            NameScope visits = NameScope.members(Set.of());
            String visitUnknown = visits.allocate("visit" + last(unknownPaths.get(union.id())));
            Set<String> taken = new HashSet<>(RESERVED_MEMBERS);
            taken.addAll(Set.of("json", "accept"));
            for (TypeDef.Variant v : union.variants()) {
                taken.addAll(fieldNames.getOrDefault(v.typeId(), Map.of()).values());
            }
            Map<String, String> visit = new LinkedHashMap<>();
            Map<String, String> test = new LinkedHashMap<>();
            Map<String, String> cast = new LinkedHashMap<>();
            for (TypeDef.Variant v : union.variants()) {
                String simple = last(types.path(v.typeId()));
                visit.put(v.typeId(), visits.allocate("visit" + simple));
                // A numbered isCat2() would read as a second kind of cat, so a taken name means none.
                if (!taken.contains("is" + simple) && !taken.contains("as" + simple)) {
                    test.put(v.typeId(), "is" + simple);
                    cast.put(v.typeId(), "as" + simple);
                }
                taken.add("is" + simple);
                taken.add("as" + simple);
                unionsOf.computeIfAbsent(v.typeId(), k -> new ArrayList<>()).add(union.id());
            }
            unionMethods.put(union.id(), new UnionMethods(visit, visitUnknown, test, cast));
        }
        for (List<String> unions : unionsOf.values()) {
            if (unions.size() < 2) {
                continue;
            }
            Map<String, Long> uses = new HashMap<>();
            for (String union : unions) {
                UnionMethods m = unionMethods.get(union);
                Stream.concat(m.test().values().stream(), m.cast().values().stream())
                        .forEach(name -> uses.merge(name, 1L, Long::sum));
            }
            for (String union : unions) {
                UnionMethods m = unionMethods.get(union);
                m.test()
                        .entrySet()
                        .removeIf(e ->
                                uses.get(e.getValue()) > 1 || uses.get(m.cast().get(e.getKey())) > 1);
                m.cast().keySet().retainAll(m.test().keySet());
            }
        }
    }

    private static String last(List<String> path) {
        return path.get(path.size() - 1);
    }

    public static Naming of(ApiModel model, String basePackage, String clientName) {
        if (!Identifiers.isPackageName(basePackage)) {
            throw new IllegalArgumentException("not a Java package name: " + basePackage);
        }
        if (!Identifiers.isTypeName(clientName)) {
            throw new IllegalArgumentException("not a Java class name: " + clientName);
        }
        return new Naming(model, basePackage, clientName);
    }

    /**
     * Java names for an operation's inputs. An input whose wire name another input shares (a path
     * parameter {@code name} beside a body field {@code name}) is told apart by where it travels:
     * {@code namePath}; the body field keeps the plain name.
     */
    private static Map<Parameter, String> parameters(List<Parameter> parameters) {
        Map<String, Long> counts = new HashMap<>();
        parameters.forEach(p -> counts.merge(p.name(), 1L, Long::sum));
        Map<Parameter, String> names = new LinkedHashMap<>();
        NameScope scope = NameScope.members(RESERVED_MEMBERS);
        for (Parameter p : parameters) {
            boolean shared = counts.get(p.name()) > 1 && p.location() != Parameter.Location.BODY;
            String raw = shared ? p.name() + "_" + p.location().name().toLowerCase(Locale.ROOT) : p.name();
            names.put(p, scope.allocate(member(raw)));
        }
        return names;
    }

    /** Constant names for enum values, unique, and clear of the names the enum class uses itself. */
    private static Map<String, String> constants(List<String> values) {
        Map<String, String> names = new LinkedHashMap<>();
        NameScope scope = NameScope.constants(Set.of("KNOWN", "_UNKNOWN"));
        for (String value : values) {
            names.put(value, scope.allocate(Identifiers.constant(value)));
        }
        return names;
    }

    /** Java names for JSON names, in their order, unique and clear of reserved members. */
    private static Map<String, String> members(List<String> jsonNames) {
        Map<String, String> names = new LinkedHashMap<>();
        NameScope scope = NameScope.members(RESERVED_MEMBERS);
        for (String json : jsonNames) {
            names.put(json, scope.allocate(member(json)));
        }
        return names;
    }

    private static String member(String raw) {
        String base = Identifiers.camel(raw);
        return RESERVED_MEMBERS.contains(base) ? base + "Value" : base;
    }

    private Resource resource(
            List<String> path,
            List<String> accessorPath,
            List<Operation> all,
            NameScope classes,
            List<Server> servers) {
        List<Operation> own = new ArrayList<>();
        Map<String, List<Operation>> byChild = new LinkedHashMap<>();
        for (Operation op : all) {
            if (op.group().size() == path.size()) {
                own.add(op);
            } else {
                byChild.computeIfAbsent(op.group().get(path.size()), k -> new ArrayList<>())
                        .add(op);
            }
        }
        // Sub-resource accessors come first: a method may not hide one.
        NameScope methods = NameScope.members(path.isEmpty() ? RESERVED_CLIENT_METHODS : RESERVED_RESOURCE_MEMBERS);
        Map<String, String> accessors = new LinkedHashMap<>();
        for (String child : byChild.keySet()) {
            accessors.put(child, methods.allocate(Identifiers.camel(child)));
        }
        for (Operation op : own) {
            methodNames.put(op, methods.allocate(Identifiers.camel(op.methodName())));
            accessorPaths.put(op, accessorPath);
        }
        // The async twin, the page stream and the shared call builder of each operation come after
        // every operation's own name, so that they never take one.
        for (Operation op : own) {
            String name = methodNames.get(op);
            asyncNames.put(op, methods.allocate(name + "Async"));
            if (op.result() instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.BYTES) {
                streamNames.put(op, methods.allocate(name + "Stream"));
            }
            callNames.put(op, methods.allocate(name + "Call"));
            if (op.pagination() != null) {
                pageStreamNames.put(op, methods.allocate(name + "All"));
                pageMethods.put(
                        op,
                        new PageMethods(
                                methods.allocate(name + "Page"),
                                methods.allocate(name + "PageAsync"),
                                methods.allocate(name + "Pages")));
            }
        }
        List<Resource> children = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> child : byChild.entrySet()) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(child.getKey());
            List<String> childAccessors = new ArrayList<>(accessorPath);
            childAccessors.add(accessors.get(child.getKey()));
            children.add(resource(childPath, List.copyOf(childAccessors), child.getValue(), classes, List.of()));
        }
        // The root client's servers come last: an operation keeps its name.
        NameScope constants = NameScope.constants(Set.of("DEFAULT_ENDPOINT"));
        for (int i = 0; i < servers.size(); i++) {
            String description = servers.get(i).description();
            String words = description != null
                            && !description.isBlank()
                            && description.strip().split("\\s+").length <= 4
                    ? description
                    : "server " + (i + 1);
            // A lone server without variables is DEFAULT_ENDPOINT, and nothing more.
            boolean plain = servers.size() == 1 && servers.get(0).variables().isEmpty();
            serverConstants.add(plain ? null : constants.allocate(Identifiers.constant(words + " endpoint")));
            serverMethods.add(
                    servers.get(i).variables().isEmpty()
                            ? null
                            : methods.allocate(Identifiers.camel(words + " endpoint")));
            NameScope variables = NameScope.members(RESERVED_MEMBERS);
            Map<String, String> parameters = new LinkedHashMap<>();
            servers.get(i).variables().forEach(v -> parameters.put(v.name(), variables.allocate(member(v.name()))));
            serverParameters.add(parameters);
        }
        String className =
                path.isEmpty() ? clientName : classes.allocate(Identifiers.pascal(String.join("_", path) + "_client"));
        String accessor = accessorPath.isEmpty() ? null : accessorPath.get(accessorPath.size() - 1);
        return new Resource(List.copyOf(path), className, accessor, own, children);
    }

    public String clientName() {
        return clientName;
    }

    /**
     * The root client's constant holding the URL of each of the model's servers, in their order;
     * null for a lone server without variables, which is only the default endpoint.
     */
    public String serverConstant(int server) {
        return serverConstants.get(server);
    }

    /** The parameter names of a server's method, by variable name. */
    public Map<String, String> serverParameters(int server) {
        return serverParameters.get(server);
    }

    /** The root client's static method that fills in a server's variables; null for a server without any. */
    public String serverMethod(int server) {
        return serverMethods.get(server);
    }

    public String clientPackage() {
        return basePackage;
    }

    public String modelPackage() {
        return basePackage + ".model";
    }

    public Resource root() {
        return root;
    }

    public List<AuthMethod> authMethods() {
        return authMethods;
    }

    /** The class that verifies webhook deliveries, in the client's package; null when there is none. */
    public String webhookClassName() {
        return webhookClassName;
    }

    /**
     * A type's class as its simple names, outermost first: {@code [Device]}, or
     * {@code [Device, Properties]} for a type nested in another.
     */
    public List<String> typePath(String typeId) {
        return types.path(typeId);
    }

    /** A type's name as code in the model package writes it: {@code Device.Properties}. */
    public String typeName(String typeId) {
        return String.join(".", types.path(typeId));
    }

    /** The accessors that lead from the client to the resource client holding an operation. */
    public List<String> accessorPath(Operation op) {
        return accessorPaths.get(op);
    }

    public String requestName(Operation op) {
        return requestNames.get(op);
    }

    /**
     * The sealed interface of a call whose success statuses carry different bodies, in the model
     * package; null for a call with one result type.
     */
    public String outcomeTypeName(Operation op) {
        return outcomeNames.get(op);
    }

    /** The variant of an outcome type that holds a status's body: {@code Created} for 201. */
    public static String outcomeVariant(int status) {
        return switch (status) {
            case 200 -> "Ok";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 203 -> "NonAuthoritative";
            case 204 -> "NoContent";
            case 205 -> "ResetContent";
            case 206 -> "PartialContent";
            case 207 -> "MultiStatus";
            case 208 -> "AlreadyReported";
            case 226 -> "ImUsed";
            default -> "Status" + status;
        };
    }

    public String methodName(Operation op) {
        return methodNames.get(op);
    }

    /** The method that returns a {@code CompletableFuture} of the operation's result. */
    public String asyncMethodName(Operation op) {
        return asyncNames.get(op);
    }

    /** The method that returns a binary response as a stream; null when the response is not binary. */
    public String streamMethodName(Operation op) {
        return streamNames.get(op);
    }

    /** The private method that builds the operation's HTTP call from its inputs. */
    public String callMethodName(Operation op) {
        return callNames.get(op);
    }

    /** The method that streams every item of a paginated list; null when it is not paginated. */
    public String pageStreamMethodName(Operation op) {
        return pageStreamNames.get(op);
    }

    /**
     * The methods of a paginated list besides its stream.
     *
     * @param page returns the first page, which fetches the next
     * @param pageAsync its async twin
     * @param pages the private method that says how to fetch and read the pages
     */
    public record PageMethods(String page, String pageAsync, String pages) {}

    /** The page methods of a paginated list; null when it is not paginated. */
    public PageMethods pageMethods(Operation op) {
        return pageMethods.get(op);
    }

    /** JSON field name to Java component name, for one object type. */
    public Map<String, String> fieldNames(String typeId) {
        return fieldNames.get(typeId);
    }

    /** Enum value to constant name, for one enum type. */
    public Map<String, String> constantNames(String enumId) {
        return constantNames.get(enumId);
    }

    /** The methods a union's interface and visitor name after its variants. */
    public UnionMethods unionMethods(String unionId) {
        return unionMethods.get(unionId);
    }

    /** The class, nested in the union, that holds a value of a shape this client does not know. */
    public List<String> unknownVariantPath(String unionId) {
        return unknownPaths.get(unionId);
    }

    /** The Java component name of one input of an operation's request type. */
    public String parameterName(Operation op, Parameter parameter) {
        String name = parameterNames.get(op).get(parameter);
        if (name == null) {
            throw new IllegalArgumentException(op.path() + " has no parameter " + parameter.name());
        }
        return name;
    }
}
