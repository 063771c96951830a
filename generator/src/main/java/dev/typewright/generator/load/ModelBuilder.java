package dev.typewright.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.AuthMode;
import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.model.Deprecation;
import dev.typewright.generator.model.Example;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.model.TypeRef.Scalar;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Walks a parsed OpenAPI document and builds the model. This is the only class that knows Swagger
 * Parser's types; every problem it finds carries the JSON pointer of where it stands.
 */
final class ModelBuilder {
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String RESPONSE_REF = "#/components/responses/";
    private static final String ACTION_ATTEMPT = "action_attempt";
    private static final String ACTION_ATTEMPTS_GET = "/action_attempts/get";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenAPI api;
    private final String file;
    private final Map<String, Schema<?>> components;
    private final Map<String, TypeDef> types = new TreeMap<>();
    /** Object types whose fields are being built, so a type that contains itself stops there. */
    private final Set<String> definingObjects = new HashSet<>();
    /** Non-object schemas being followed through $refs, to report a reference loop. */
    private final Set<String> followingAliases = new HashSet<>();

    private final List<String> warnings = new ArrayList<>();
    /** Inline object and union schemas by their canonical JSON, and where each one stood. */
    private final Map<String, String> inlineIds = new HashMap<>();

    private final Map<String, List<String>> inlineHints = new LinkedHashMap<>();
    /** Enum type ids by property name and values, so that each enum is defined once. */
    private final Map<String, String> enumIds = new HashMap<>();

    @SuppressWarnings({"unchecked", "rawtypes"})
    ModelBuilder(OpenAPI api, String file) {
        this.api = api;
        this.file = file;
        Map<String, Schema> schemas =
                api.getComponents() == null || api.getComponents().getSchemas() == null
                        ? Map.of()
                        : api.getComponents().getSchemas();
        this.components = (Map<String, Schema<?>>) (Map) schemas;
    }

    List<String> warnings() {
        return warnings;
    }

    ApiModel build() throws SpecException {
        List<AuthScheme> schemes = authSchemes();
        Set<String> supported = new HashSet<>();
        schemes.forEach(s -> supported.add(s.id()));
        Set<AuthMode> modes = new LinkedHashSet<>();
        addModes(api.getSecurity(), supported, modes);

        Map<String, Operation> byName = new LinkedHashMap<>();
        if (api.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
                String pointer = Pointers.child("/paths", path.getKey());
                for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> op :
                        path.getValue().readOperationsMap().entrySet()) {
                    String method = op.getKey().name();
                    String opPointer = Pointers.child(pointer, method.toLowerCase(Locale.ROOT));
                    addModes(op.getValue().getSecurity(), supported, modes);
                    Operation built = operation(path.getKey(), path.getValue(), method, op.getValue(), opPointer);
                    String key = String.join(".", built.group()) + "#" + built.methodName();
                    Operation other = byName.get(key);
                    // Seam-style APIs offer one endpoint under several methods (GET with a query, POST or
                    // DELETE with a body); the SDK exposes it once, preferring the POST, whose JSON body
                    // carries every parameter type faithfully.
                    if (other == null || (other.path().equals(built.path()) && method.equals("POST"))) {
                        byName.put(key, built);
                    } else if (!other.path().equals(built.path())) {
                        throw new SpecException(
                                file,
                                opPointer,
                                "operation is named "
                                        + key.replace('#', '.')
                                        + " like "
                                        + other.httpMethod()
                                        + " "
                                        + other.path()
                                        + "; set x-fern-sdk-method-name or operationId to tell them apart");
                    }
                }
            }
        }
        // Schemas no operation uses are still part of the API (webhook payloads, say).
        for (Map.Entry<String, Schema<?>> schema : new TreeMap<>(components).entrySet()) {
            String pointer = Pointers.child("/components/schemas", schema.getKey());
            if (isObject(schema.getValue())) {
                defineObject(schema.getKey(), schema.getValue(), pointer);
            } else if (schema.getValue().getOneOf() != null
                    || schema.getValue().getAnyOf() != null
                    || schema.getValue().getEnum() != null) {
                typeOf(schema.getValue(), schema.getKey(), pointer, schema.getKey());
            }
        }
        String server = api.getServers() == null || api.getServers().isEmpty()
                ? null
                : api.getServers().get(0).getUrl();
        Map<String, String> renames = InlineTypes.renames(inlineHints, types.keySet(), components.keySet());
        return new ApiModel(
                api.getInfo() == null ? null : api.getInfo().getTitle(),
                api.getInfo() == null ? null : api.getInfo().getDescription(),
                server,
                schemes,
                List.copyOf(modes),
                byName.values().stream()
                        .map(op -> InlineTypes.rename(op, renames))
                        .toList(),
                InlineTypes.rename(types, renames));
    }

    /**
     * The type already made for an identical inline schema elsewhere, or null (and then the caller
     * makes one under {@code hint}): a spec that writes the same shape out in many places gets one
     * type for it, named after what those places have in common (at least two words) once the
     * model is built.
     */
    private String sharedInline(String kind, Schema<?> schema, String hint) {
        String key;
        try {
            key = kind + " " + io.swagger.v3.core.util.Json.mapper().writeValueAsString(schema);
        } catch (com.fasterxml.jackson.core.JsonProcessingException unserializable) {
            return null;
        }
        String existing = inlineIds.get(key);
        if (existing != null && !existing.equals(hint)) {
            // Sharing is only worth a name every place agrees on: pets_get_pet and toys_get_toy stay apart.
            List<String> places = new ArrayList<>(inlineHints.get(existing));
            places.add(hint);
            if (InlineTypes.commonSuffix(places).split("_").length >= 2) {
                inlineHints.get(existing).add(hint);
                return existing;
            }
            return null;
        }
        inlineIds.put(key, hint);
        inlineHints.computeIfAbsent(hint, k -> new ArrayList<>(List.of(hint)));
        return null;
    }

    private List<AuthScheme> authSchemes() {
        List<AuthScheme> schemes = new ArrayList<>();
        if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
            return schemes;
        }
        for (Map.Entry<String, SecurityScheme> e :
                new TreeMap<>(api.getComponents().getSecuritySchemes()).entrySet()) {
            SecurityScheme s = e.getValue();
            String pointer = Pointers.child("/components/securitySchemes", e.getKey());
            List<String> also = new ArrayList<>();
            Object alsoHeader = extension(s.getExtensions(), "x-typewright-also-header");
            if (alsoHeader instanceof String h) {
                also.add(h);
            }
            Object paramName = extension(s.getExtensions(), "x-typewright-parameter-name");
            String parameter = paramName instanceof String p ? p : e.getKey();
            if (s.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(s.getScheme())) {
                schemes.add(new AuthScheme(
                        e.getKey(), AuthScheme.Kind.BEARER, "Authorization", also, parameter, s.getDescription()));
            } else if (s.getType() == SecurityScheme.Type.APIKEY && s.getIn() == SecurityScheme.In.HEADER) {
                schemes.add(new AuthScheme(
                        e.getKey(), AuthScheme.Kind.API_KEY_HEADER, s.getName(), also, parameter, s.getDescription()));
            } else {
                warnings.add(pointer + ": security scheme type " + s.getType() + " is not supported; left out");
            }
        }
        return schemes;
    }

    private static void addModes(List<SecurityRequirement> requirements, Set<String> supported, Set<AuthMode> modes) {
        if (requirements == null) {
            return;
        }
        for (SecurityRequirement requirement : requirements) {
            if (!requirement.isEmpty() && supported.containsAll(requirement.keySet())) {
                modes.add(new AuthMode(List.copyOf(requirement.keySet())));
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private Operation operation(
            String path, PathItem item, String method, io.swagger.v3.oas.models.Operation op, String pointer)
            throws SpecException {
        Map<String, Object> ext = op.getExtensions() == null ? Map.of() : op.getExtensions();
        List<String> group = group(path, ext);
        String methodName = methodName(path, method, op, ext);
        String hint = String.join("_", group) + "_" + methodName;

        List<Parameter> parameters = new ArrayList<>();
        List<io.swagger.v3.oas.models.parameters.Parameter> declared = new ArrayList<>();
        if (item.getParameters() != null) {
            declared.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            declared.addAll(op.getParameters());
        }
        for (int i = 0; i < declared.size(); i++) {
            io.swagger.v3.oas.models.parameters.Parameter p = declared.get(i);
            String pp = Pointers.child(pointer + "/parameters", Integer.toString(i));
            Parameter.Location location = location(p.getIn(), pp);
            if (location == null) {
                warnings.add(pp + ": parameters in " + p.getIn() + " are not supported; left out");
                continue;
            }
            Schema<?> schema = p.getSchema();
            TypeRef type = schema == null
                    ? TypeRef.of(Scalar.STRING)
                    : typeOf(schema, hint + "_" + p.getName(), pp + "/schema", p.getName());
            String description =
                    p.getDescription() != null ? p.getDescription() : schema == null ? null : schema.getDescription();
            parameters.add(new Parameter(
                    p.getName(),
                    location,
                    type,
                    Boolean.TRUE.equals(p.getRequired()) || location == Parameter.Location.PATH,
                    schema != null && isNullable(schema),
                    description,
                    deprecation(p.getDeprecated(), p.getExtensions())));
        }

        MediaType body = null;
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            body = json(op.getRequestBody().getContent());
        }
        if (body != null && body.getSchema() != null) {
            String bp = pointer + "/requestBody/content/application~1json/schema";
            Schema<?> schema = resolve(body.getSchema(), bp);
            Map<String, Schema<?>> props = properties(schema, bp);
            Set<String> required = required(schema);
            List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
            if (alternatives != null) {
                // Alternative sets of inputs ("by id" or "by key") become one request whose fields are
                // required only where every alternative requires them; the server checks the rest.
                Set<String> everywhere = null;
                for (int i = 0; i < alternatives.size(); i++) {
                    String ap = bp + (schema.getOneOf() != null ? "/oneOf/" : "/anyOf/") + i;
                    Schema<?> alternative = resolve(alternatives.get(i), ap);
                    properties(alternative, ap).forEach(props::putIfAbsent);
                    Set<String> req = required(alternative);
                    if (everywhere == null) {
                        everywhere = new HashSet<>(req);
                    } else {
                        everywhere.retainAll(req);
                    }
                }
                required.addAll(everywhere == null ? Set.of() : everywhere);
            }
            if (props.isEmpty() && !isObject(schema) && alternatives == null) {
                parameters.add(new Parameter(
                        "body",
                        Parameter.Location.BODY_VALUE,
                        typeOf(body.getSchema(), hint + "_body", bp),
                        Boolean.TRUE.equals(op.getRequestBody().getRequired()),
                        isNullable(schema),
                        op.getRequestBody().getDescription(),
                        Deprecation.NONE));
            }
            for (Map.Entry<String, Schema<?>> prop : props.entrySet()) {
                String pp = Pointers.child(bp + "/properties", prop.getKey());
                Schema<?> ps = prop.getValue();
                parameters.add(new Parameter(
                        prop.getKey(),
                        Parameter.Location.BODY,
                        typeOf(ps, hint + "_" + prop.getKey(), pp, prop.getKey()),
                        required.contains(prop.getKey()),
                        isNullable(ps),
                        describe(ps),
                        deprecation(ps.getDeprecated(), ps.getExtensions())));
            }
        }

        String responseKey = ext.get("x-response-key") instanceof String k ? k : null;
        TypeRef result = null;
        Operation.Pagination pagination = null;
        String rp = pointer + "/responses";
        MediaType ok = successContent(op, rp);
        if (ok != null && ok.getSchema() != null) {
            Schema<?> schema = resolve(ok.getSchema(), rp);
            pagination = pagination(schema, parameters, rp);
            if (responseKey != null) {
                Schema<?> keyed = properties(schema, rp).get(responseKey);
                if (keyed == null) {
                    throw new SpecException(
                            file,
                            rp,
                            "x-response-key \"" + responseKey + "\" is not a property of the success response");
                }
                result = typeOf(keyed, hint + "_" + responseKey, rp);
            } else {
                result = typeOf(ok.getSchema(), hint + "_response", rp);
            }
        }

        return new Operation(
                method,
                path,
                group,
                methodName,
                ext.get("x-title") instanceof String t ? t : op.getSummary(),
                op.getDescription() != null ? op.getDescription() : op.getSummary(),
                parameters,
                result,
                responseKey,
                deprecation(op.getDeprecated(), ext),
                examples(body, ok),
                unlisted(ext),
                result instanceof TypeRef.ListOf ? pagination : null,
                responseKey != null
                        && (responseKey.equals(ACTION_ATTEMPT) || ext.containsKey("x-action-attempt-type"))
                        && api.getPaths() != null
                        && api.getPaths().containsKey(ACTION_ATTEMPTS_GET));
    }

    /**
     * Seam-style cursor pagination: the response carries {@code pagination.next_page_cursor} and
     * the request takes {@code page_cursor}.
     */
    private Operation.Pagination pagination(Schema<?> response, List<Parameter> parameters, String pointer)
            throws SpecException {
        Schema<?> page = properties(response, pointer).get("pagination");
        if (page == null || !properties(resolve(page, pointer), pointer).containsKey("next_page_cursor")) {
            return null;
        }
        boolean takesCursor = parameters.stream()
                .anyMatch(p -> p.name().equals("page_cursor") && p.location() != Parameter.Location.HEADER);
        return takesCursor ? new Operation.Pagination("page_cursor", "/pagination/next_page_cursor") : null;
    }

    /** Why an operation stays out of the docs: {@code x-undocumented} or {@code x-draft}. */
    private static String unlisted(Map<String, Object> ext) {
        List<String> notes = new ArrayList<>();
        Object undocumented = extension(ext, "x-undocumented");
        if (Boolean.TRUE.equals(undocumented) || undocumented instanceof String u && !u.isBlank()) {
            notes.add("Undocumented: not in the API reference, and may change without notice."
                    + (undocumented instanceof String u ? " " + u : ""));
        }
        Object draft = extension(ext, "x-draft");
        if (Boolean.TRUE.equals(draft) || draft instanceof String d && !d.isBlank()) {
            notes.add("Draft: may change or go away." + (draft instanceof String d ? " " + d : ""));
        }
        return notes.isEmpty() ? null : String.join(" ", notes);
    }

    private List<String> group(String path, Map<String, Object> ext) {
        if (ext.get("x-fern-sdk-group-name") instanceof List<?> names && !names.isEmpty()) {
            return names.stream().map(String::valueOf).toList();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                segments.add(segment);
            }
        }
        return segments.isEmpty() ? List.of("root") : List.of(segments.get(0));
    }

    private static String methodName(
            String path, String method, io.swagger.v3.oas.models.Operation op, Map<String, Object> ext) {
        if (ext.get("x-fern-sdk-method-name") instanceof String name && !name.isBlank()) {
            return name;
        }
        if (op.getOperationId() != null && !op.getOperationId().isBlank()) {
            return op.getOperationId();
        }
        return method.toLowerCase(Locale.ROOT) + "_" + path.replaceAll("[{}]", "");
    }

    private Parameter.Location location(String in, String pointer) throws SpecException {
        if (in == null) {
            throw new SpecException(file, pointer + "/in", "parameter has no location (in)");
        }
        return switch (in) {
            case "path" -> Parameter.Location.PATH;
            case "query" -> Parameter.Location.QUERY;
            case "header" -> Parameter.Location.HEADER;
            default -> null;
        };
    }

    private static MediaType json(io.swagger.v3.oas.models.media.Content content) {
        MediaType exact = content.get("application/json");
        if (exact != null) {
            return exact;
        }
        return content.entrySet().stream()
                .filter(e -> e.getKey().contains("json"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The JSON content of the first 2xx response that has one, following response $refs. */
    private MediaType successContent(io.swagger.v3.oas.models.Operation op, String pointer) throws SpecException {
        if (op.getResponses() == null) {
            return null;
        }
        for (Map.Entry<String, ApiResponse> e : new TreeMap<>(op.getResponses()).entrySet()) {
            if (!e.getKey().startsWith("2")) {
                continue;
            }
            ApiResponse response = resolve(e.getValue(), Pointers.child(pointer, e.getKey()));
            MediaType json = response.getContent() == null ? null : json(response.getContent());
            if (json != null) {
                return json;
            }
        }
        return null;
    }

    private ApiResponse resolve(ApiResponse response, String pointer) throws SpecException {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        ApiResponse target = response.get$ref().startsWith(RESPONSE_REF)
                        && api.getComponents() != null
                        && api.getComponents().getResponses() != null
                ? api.getComponents().getResponses().get(name)
                : null;
        if (target == null) {
            throw new SpecException(file, pointer + "/$ref", "$ref " + response.get$ref() + " names no response");
        }
        return target;
    }

    private static List<Example> examples(MediaType body, MediaType ok) {
        List<Example> examples = new ArrayList<>();
        if (body == null || body.getExamples() == null) {
            return examples;
        }
        for (Map.Entry<String, io.swagger.v3.oas.models.examples.Example> e :
                body.getExamples().entrySet()) {
            io.swagger.v3.oas.models.examples.Example response = ok == null || ok.getExamples() == null
                    ? null
                    : ok.getExamples().get(e.getKey());
            examples.add(new Example(
                    e.getKey(),
                    e.getValue().getSummary(),
                    tree(e.getValue().getValue()),
                    response == null ? null : tree(response.getValue())));
        }
        return examples;
    }

    private static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    private TypeRef typeOf(Schema<?> schema, String hint, String pointer) throws SpecException {
        return typeOf(schema, hint, pointer, null);
    }

    /**
     * Maps a schema to a type use, defining object, enum and union types on the way: named by
     * {@code hint}, the path to where the schema stands, or for enums preferably by {@code shortName},
     * the property that holds it.
     */
    private TypeRef typeOf(Schema<?> schema, String hint, String pointer, String shortName) throws SpecException {
        if (schema.get$ref() != null) {
            String name = refName(schema.get$ref(), pointer);
            Schema<?> target = components.get(name);
            String targetPointer = Pointers.child("/components/schemas", name);
            if (isObject(target)) {
                defineObject(name, target, targetPointer);
                return new TypeRef.Named(name);
            }
            if (!followingAliases.add(targetPointer)) {
                throw new SpecException(file, targetPointer, "schema refers to itself without an object in between");
            }
            try {
                return typeOf(target, name, targetPointer, name);
            } finally {
                followingAliases.remove(targetPointer);
            }
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return typeOf(schema.getAllOf().get(0), hint, pointer + "/allOf/0", shortName);
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            return alternatives(schema, hint, pointer, shortName);
        }
        if (isObject(schema)) {
            if (!properties(schema, pointer).isEmpty()) {
                String shared = sharedInline("object", schema, hint);
                if (shared != null) {
                    return new TypeRef.Named(shared);
                }
                defineObject(hint, schema, pointer);
                return new TypeRef.Named(hint);
            }
            Object additional = schema.getAdditionalProperties();
            if (additional instanceof Schema<?> values) {
                return new TypeRef.MapOf(typeOf(values, hint + "_value", pointer + "/additionalProperties"));
            }
            return new TypeRef.MapOf(TypeRef.of(Scalar.ANY));
        }
        String type = type(schema);
        if (type == null) {
            return TypeRef.of(Scalar.ANY);
        }
        String format = schema.getFormat();
        List<String> values = enumValues(schema);
        if ("string".equals(type) && values.size() > 1) {
            return enumType(values, schema.getDescription(), hint, shortName);
        }
        return switch (type) {
            case "string" ->
                TypeRef.of(
                        "date-time".equals(format)
                                ? Scalar.DATE_TIME
                                : "date".equals(format) ? Scalar.DATE : Scalar.STRING);
            case "integer" -> TypeRef.of("int64".equals(format) ? Scalar.LONG : Scalar.INTEGER);
            case "number" -> TypeRef.of(Scalar.DOUBLE);
            case "boolean" -> TypeRef.of(Scalar.BOOLEAN);
            case "array" ->
                new TypeRef.ListOf(
                        schema.getItems() == null
                                ? TypeRef.of(Scalar.ANY)
                                : typeOf(schema.getItems(), hint + "_item", pointer + "/items"));
            default -> TypeRef.of(Scalar.ANY);
        };
    }

    /** A string enum's values; a one-value enum is a constant, which stays a plain string. */
    private static List<String> enumValues(Schema<?> schema) {
        List<String> values = new ArrayList<>();
        if (schema.getEnum() != null) {
            for (Object v : schema.getEnum()) {
                if (v instanceof String text && !values.contains(text)) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    /**
     * One enum type per property name and set of values: the same enum written out in many places
     * becomes one type, named after the property where it can be, else after where it first stands.
     */
    private TypeRef enumType(List<String> values, String description, String hint, String shortName) {
        String signature = shortName + " " + values;
        String id = enumIds.get(signature);
        if (id == null) {
            id = shortName != null && !types.containsKey(shortName) && !components.containsKey(shortName)
                    ? shortName
                    : hint;
            for (int i = 2; types.containsKey(id); i++) {
                id = hint + "_" + i;
            }
            enumIds.put(signature, id);
            types.put(id, new TypeDef.EnumDef(id, description, values));
        }
        return new TypeRef.Named(id);
    }

    /**
     * {@code oneOf}/{@code anyOf}: object shapes become a union type, string enums one merged enum,
     * and anything else (a string or a boolean, say) stays a free JSON value.
     */
    private TypeRef alternatives(Schema<?> schema, String hint, String pointer, String shortName) throws SpecException {
        boolean one = schema.getOneOf() != null;
        List<Schema> options = one ? schema.getOneOf() : schema.getAnyOf();
        String at = pointer + (one ? "/oneOf/" : "/anyOf/");
        List<Schema<?>> resolved = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            resolved.add(resolve(options.get(i), at + i));
        }
        boolean allObjects = !resolved.isEmpty();
        for (int i = 0; i < resolved.size(); i++) {
            allObjects &= isObject(resolved.get(i))
                    && !properties(resolved.get(i), at + i).isEmpty();
        }
        if (allObjects) {
            String shared = sharedInline("union", schema, hint);
            return shared != null ? new TypeRef.Named(shared) : union(schema, options, hint, at);
        }
        List<String> values = new ArrayList<>();
        boolean allStrings = !resolved.isEmpty();
        for (Schema<?> o : resolved) {
            allStrings &= "string".equals(type(o)) && o.getEnum() != null;
            enumValues(o).stream().filter(v -> !values.contains(v)).forEach(values::add);
        }
        if (allStrings && values.size() > 1) {
            return enumType(values, schema.getDescription(), hint, shortName);
        }
        return TypeRef.of(Scalar.ANY);
    }

    /** The value that selects a referenced variant: its key in the mapping, else the schema's name. */
    private String discriminatorValue(Map<String, String> mapping, String ref, String pointer) throws SpecException {
        if (mapping != null) {
            for (Map.Entry<String, String> e : mapping.entrySet()) {
                if (e.getValue().equals(ref)) {
                    return e.getKey();
                }
            }
        }
        return refName(ref, pointer);
    }

    @SuppressWarnings("rawtypes")
    private TypeRef union(Schema<?> schema, List<Schema> options, String hint, String at) throws SpecException {
        if (types.containsKey(hint) || !definingObjects.add(hint)) {
            return new TypeRef.Named(hint);
        }
        try {
            String discriminator = schema.getDiscriminator() == null
                    ? null
                    : schema.getDiscriminator().getPropertyName();
            List<TypeDef.Variant> variants = new ArrayList<>();
            Set<String> variantIds = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                Schema<?> option = options.get(i);
                String vp = at + i;
                Schema<?> shape = resolve(option, vp);
                Map<String, String> fixed = new LinkedHashMap<>();
                for (Map.Entry<String, Schema<?>> prop : properties(shape, vp).entrySet()) {
                    List<String> only = enumValues(resolve(prop.getValue(), vp));
                    if (only.size() == 1) {
                        fixed.put(prop.getKey(), only.get(0));
                    }
                }
                if (discriminator != null && !fixed.containsKey(discriminator) && option.get$ref() != null) {
                    fixed.put(
                            discriminator,
                            discriminatorValue(schema.getDiscriminator().getMapping(), option.get$ref(), vp));
                }
                String typeId;
                if (option.get$ref() != null) {
                    typeId = ((TypeRef.Named) typeOf(option, hint, vp)).id();
                } else {
                    List<String> words = new ArrayList<>();
                    if (discriminator != null && fixed.containsKey(discriminator)) {
                        words.add(fixed.get(discriminator));
                    } else {
                        words.addAll(fixed.values());
                    }
                    String base = hint + "_" + (words.isEmpty() ? "variant_" + (i + 1) : String.join("_", words));
                    typeId = base;
                    for (int n = 2; types.containsKey(typeId) || !variantIds.add(typeId); n++) {
                        typeId = base + "_" + n;
                    }
                    defineObject(typeId, shape, vp);
                }
                variants.add(new TypeDef.Variant(typeId, fixed, required(shape)));
            }
            types.put(hint, new TypeDef.UnionDef(hint, schema.getDescription(), discriminator, variants));
        } finally {
            definingObjects.remove(hint);
        }
        return new TypeRef.Named(hint);
    }

    private void defineObject(String id, Schema<?> schema, String pointer) throws SpecException {
        if (types.containsKey(id) || !definingObjects.add(id)) {
            return;
        }
        try {
            Map<String, Schema<?>> props = properties(schema, pointer);
            Set<String> required = required(schema);
            List<TypeDef.Field> fields = new ArrayList<>();
            for (Map.Entry<String, Schema<?>> prop : props.entrySet()) {
                Schema<?> ps = prop.getValue();
                String pp = Pointers.child(pointer + "/properties", prop.getKey());
                fields.add(new TypeDef.Field(
                        prop.getKey(),
                        typeOf(ps, id + "_" + prop.getKey(), pp, prop.getKey()),
                        required.contains(prop.getKey()),
                        isNullable(ps),
                        describe(ps),
                        deprecation(ps.getDeprecated(), ps.getExtensions())));
            }
            types.put(
                    id,
                    new TypeDef.ObjectDef(
                            id,
                            schema.getDescription(),
                            fields,
                            deprecation(schema.getDeprecated(), schema.getExtensions())));
        } finally {
            definingObjects.remove(id);
        }
    }

    /** The schema's own properties and those of every allOf member, in declaration order. */
    private Map<String, Schema<?>> properties(Schema<?> schema, String pointer) throws SpecException {
        Map<String, Schema<?>> props = new LinkedHashMap<>();
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                String mp = pointer + "/allOf/" + i;
                Schema<?> member = resolve(schema.getAllOf().get(i), mp);
                props.putAll(properties(member, mp));
                alternativeProperties(member, mp).forEach(props::putIfAbsent);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach(props::put);
        }
        return props;
    }

    /**
     * The properties of an allOf member's alternatives ("one of these input sets"): each is allowed,
     * none is required by all, so they join the object as optional properties.
     */
    @SuppressWarnings("rawtypes")
    private Map<String, Schema<?>> alternativeProperties(Schema<?> member, String pointer) throws SpecException {
        Map<String, Schema<?>> props = new LinkedHashMap<>();
        List<Schema> alternatives = member.getOneOf() != null ? member.getOneOf() : member.getAnyOf();
        if (alternatives != null) {
            String at = pointer + (member.getOneOf() != null ? "/oneOf/" : "/anyOf/");
            for (int i = 0; i < alternatives.size(); i++) {
                properties(resolve(alternatives.get(i), at + i), at + i).forEach(props::putIfAbsent);
            }
        }
        return props;
    }

    private Set<String> required(Schema<?> schema) throws SpecException {
        Set<String> required = new HashSet<>();
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
        if (schema.getAllOf() != null) {
            for (Schema<?> member : schema.getAllOf()) {
                required.addAll(required(resolve(member, "")));
            }
        }
        return required;
    }

    private Schema<?> resolve(Schema<?> schema, String pointer) throws SpecException {
        Set<String> seen = new HashSet<>();
        Schema<?> current = schema;
        while (current.get$ref() != null) {
            String name = refName(current.get$ref(), pointer);
            if (!seen.add(name)) {
                throw new SpecException(file, pointer, "$ref cycle through " + name);
            }
            current = components.get(name);
        }
        return current;
    }

    private String refName(String ref, String pointer) throws SpecException {
        if (!ref.startsWith(SCHEMA_REF)) {
            throw new SpecException(file, pointer + "/$ref", "cannot resolve $ref " + ref);
        }
        String name = ref.substring(SCHEMA_REF.length());
        if (!components.containsKey(name)) {
            throw new SpecException(file, pointer + "/$ref", "$ref " + ref + " names no schema");
        }
        return name;
    }

    private boolean isObject(Schema<?> schema) {
        String type = type(schema);
        return "object".equals(type) || (type == null && (schema.getProperties() != null || schema.getAllOf() != null));
    }

    /** The schema's type; OpenAPI 3.1 writes it as a set that may also hold "null". */
    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream()
                    .filter(t -> !"null".equals(t))
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }

    private static boolean isNullable(Schema<?> schema) {
        return Boolean.TRUE.equals(schema.getNullable())
                || (schema.getTypes() != null && schema.getTypes().contains("null"));
    }

    /** The description; a one-value enum stays a string, so its value is written down. */
    private static String describe(Schema<?> schema) {
        String description = schema.getDescription();
        if (schema.getEnum() == null || schema.getEnum().size() != 1) {
            return description;
        }
        String value = "Always " + schema.getEnum().get(0) + ".";
        return description == null ? value : description + "\n\n" + value;
    }

    private static Deprecation deprecation(Boolean deprecated, Map<String, Object> extensions) {
        Object note = extension(extensions, "x-deprecated");
        if (note instanceof String s && !s.isBlank()) {
            return new Deprecation(true, s);
        }
        if (Boolean.TRUE.equals(deprecated) || Boolean.TRUE.equals(note)) {
            return new Deprecation(true, null);
        }
        return Deprecation.NONE;
    }

    private static Object extension(Map<String, Object> extensions, String name) {
        return extensions == null ? null : extensions.get(name);
    }
}
