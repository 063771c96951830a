package dev.typewright.generator.naming;

import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.AuthMode;
import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
            "Auth");

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

    /** Methods the runtime's client builder already has. */
    private static final Set<String> RESERVED_CLIENT_BUILDER_METHODS =
            Set.of("endpoint", "timeout", "connectTimeout", "httpClient", "auth", "build", "create");

    private final String basePackage;
    private final String clientName;
    private final Map<String, String> typeNames = new HashMap<>();
    private final Map<String, Map<String, String>> constantNames = new HashMap<>();
    private final Map<String, String> unknownNames = new HashMap<>();
    private final Map<Operation, String> requestNames = new IdentityHashMap<>();
    private final Map<String, Map<String, String>> fieldNames = new HashMap<>();
    private final Map<Operation, Map<Parameter, String>> parameterNames = new IdentityHashMap<>();
    private final Map<Operation, String> methodNames = new IdentityHashMap<>();
    private final Map<Operation, String> asyncNames = new IdentityHashMap<>();
    private final Map<Operation, String> callNames = new IdentityHashMap<>();
    private final Map<Operation, String> pageStreamNames = new IdentityHashMap<>();
    private final Resource root;

    /** A resource client: the operations filed under one group path, and its sub-groups. */
    public record Resource(
            List<String> path,
            String className,
            String accessor,
            List<Operation> operations,
            List<Resource> children) {}

    /** One builder method of the client: its name and the names of the credentials it takes. */
    public record AuthMethod(String name, List<String> parameters, AuthMode mode) {}

    private final List<AuthMethod> authMethods = new ArrayList<>();

    private Naming(ApiModel model, String basePackage, String clientName) {
        this.basePackage = basePackage;
        this.clientName = clientName;
        Set<String> taken = new HashSet<>();
        taken.add(clientName.toLowerCase(Locale.ROOT));
        for (TypeDef type : model.types().values()) {
            typeNames.put(type.id(), allocate(Identifiers.pascal(type.id()), taken));
        }
        for (Operation op : model.operations()) {
            if (!op.parameters().isEmpty()) {
                String raw = String.join("_", op.group()) + "_" + op.methodName() + "_request";
                requestNames.put(op, allocate(Identifiers.pascal(raw), taken));
            }
            parameterNames.put(op, parameters(op.parameters()));
        }
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
                unknownNames.put(type.id(), allocate(typeNames.get(type.id()) + "Unknown", taken));
            }
        }
        root = resource(List.of(), model.operations(), new HashSet<>(taken));
        Set<String> authNames = new HashSet<>(RESERVED_CLIENT_BUILDER_METHODS);
        for (AuthMode mode : model.authModes()) {
            AuthScheme first = model.scheme(mode.schemeIds().get(0));
            String base = Identifiers.camel(first.id());
            String name = base;
            for (int i = 2; !authNames.add(name); i++) {
                name = base + i;
            }
            List<String> params =
                    members(mode.schemeIds().stream()
                                    .map(id -> model.scheme(id).parameterName())
                                    .toList())
                            .values()
                            .stream()
                            .toList();
            authMethods.add(new AuthMethod(name, params, mode));
        }
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

    private static String allocate(String candidate, Set<String> taken) {
        String name = RESERVED_TYPE_NAMES.contains(candidate) ? candidate + "Model" : candidate;
        String unique = name;
        for (int i = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = name + i;
        }
        return unique;
    }

    private static String unique(String base, Set<String> methods, Set<String> accessors) {
        String name = base;
        for (int i = 2; accessors.contains(name) || !methods.add(name); i++) {
            name = base + i;
        }
        return name;
    }

    /**
     * Java names for an operation's inputs. An input whose wire name another input shares (a path
     * parameter {@code name} beside a body field {@code name}) is told apart by where it travels:
     * {@code namePath}; the body field keeps the plain name.
     */
    private static Map<Parameter, String> parameters(List<Parameter> parameters) {
        Map<String, Long> counts = new HashMap<>();
        parameters.forEach(p -> counts.merge(p.name(), 1L, Long::sum));
        List<String> bases = new ArrayList<>();
        for (Parameter p : parameters) {
            boolean shared = counts.get(p.name()) > 1 && p.location() != Parameter.Location.BODY;
            bases.add(shared ? p.name() + "_" + p.location().name().toLowerCase(Locale.ROOT) : p.name());
        }
        Map<Parameter, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(RESERVED_MEMBERS);
        for (int i = 0; i < parameters.size(); i++) {
            String base = Identifiers.camel(bases.get(i));
            if (RESERVED_MEMBERS.contains(base)) {
                base = base + "Value";
            }
            String unique = base;
            for (int n = 2; !taken.add(unique); n++) {
                unique = base + n;
            }
            names.put(parameters.get(i), unique);
        }
        return names;
    }

    /** Constant names for enum values, unique, and clear of the names the enum class uses itself. */
    private static Map<String, String> constants(List<String> values) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(Set.of("KNOWN"));
        for (String value : values) {
            String base = Identifiers.constant(value);
            String unique = base;
            for (int i = 2; !taken.add(unique); i++) {
                unique = base + "_" + i;
            }
            names.put(value, unique);
        }
        return names;
    }

    /** Java names for JSON names, in their order, unique and clear of reserved members. */
    private static Map<String, String> members(List<String> jsonNames) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(RESERVED_MEMBERS);
        for (String json : jsonNames) {
            String base = Identifiers.camel(json);
            if (RESERVED_MEMBERS.contains(base)) {
                base = base + "Value";
            }
            String unique = base;
            for (int i = 2; !taken.add(unique); i++) {
                unique = base + i;
            }
            names.put(json, unique);
        }
        return names;
    }

    private Resource resource(List<String> path, List<Operation> all, Set<String> taken) {
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
        Set<String> methods = new HashSet<>(RESERVED_MEMBERS);
        Set<String> accessors = new HashSet<>();
        for (String child : byChild.keySet()) {
            accessors.add(Identifiers.camel(child));
        }
        for (Operation op : own) {
            String base = Identifiers.camel(op.methodName());
            String name = base;
            for (int i = 2; accessors.contains(name) || !methods.add(name); i++) {
                name = base + i;
            }
            methodNames.put(op, name);
        }
        // The async twin, the page stream and the shared call builder of each operation come after
        // every operation's own name, so that they never take one.
        for (Operation op : own) {
            String name = methodNames.get(op);
            asyncNames.put(op, unique(name + "Async", methods, accessors));
            callNames.put(op, unique(name + "Call", methods, accessors));
            if (op.pagination() != null) {
                pageStreamNames.put(op, unique(name + "All", methods, accessors));
            }
        }
        List<Resource> children = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> child : byChild.entrySet()) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(child.getKey());
            children.add(resource(childPath, child.getValue(), taken));
        }
        String className =
                path.isEmpty() ? clientName : allocate(Identifiers.pascal(String.join("_", path) + "_client"), taken);
        String accessor = path.isEmpty() ? null : Identifiers.camel(path.get(path.size() - 1));
        return new Resource(List.copyOf(path), className, accessor, own, children);
    }

    public String clientName() {
        return clientName;
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

    public String typeName(String typeId) {
        String name = typeNames.get(typeId);
        if (name == null) {
            throw new IllegalArgumentException("no type " + typeId);
        }
        return name;
    }

    public String requestName(Operation op) {
        return requestNames.get(op);
    }

    public String methodName(Operation op) {
        return methodNames.get(op);
    }

    /** The method that returns a {@code CompletableFuture} of the operation's result. */
    public String asyncMethodName(Operation op) {
        return asyncNames.get(op);
    }

    /** The private method that builds the operation's HTTP call from its inputs. */
    public String callMethodName(Operation op) {
        return callNames.get(op);
    }

    /** The method that streams every item of a paginated list; null when it is not paginated. */
    public String pageStreamMethodName(Operation op) {
        return pageStreamNames.get(op);
    }

    /** JSON field name to Java component name, for one object type. */
    public Map<String, String> fieldNames(String typeId) {
        return fieldNames.get(typeId);
    }

    /** Enum value to constant name, for one enum type. */
    public Map<String, String> constantNames(String enumId) {
        return constantNames.get(enumId);
    }

    /** The class that holds a union value of a shape this version of the client does not know. */
    public String unknownVariantName(String unionId) {
        return unknownNames.get(unionId);
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
