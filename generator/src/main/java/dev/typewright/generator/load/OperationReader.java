package dev.typewright.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewright.generator.model.Deprecation;
import dev.typewright.generator.model.Example;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.Server;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.model.TypeRef.Scalar;
import dev.typewright.generator.profile.OperationFacts;
import dev.typewright.generator.profile.Profile;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads one operation: its inputs from parameters and the request body, its result from the
 * success response, and what its profile says of it (name, group, pages, long-running).
 */
final class OperationReader {
    private static final String RESPONSE_REF = "#/components/responses/";
    private static final String REQUEST_BODY_REF = "#/components/requestBodies/";
    private static final String PARAMETER_REF = "#/components/parameters/";
    static final String SAMPLE_SUMMARY = "Every parameter, with values made up from the spec's schemas.";
    /** Writes example values back as JSON; Swagger Parser hands date-time examples over as OffsetDateTime. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final OpenAPI api;
    private final String file;
    private final Schemas schemas;
    private final TypeReader types;
    private final Profile profile;
    private final Problems problems;
    private final boolean responseSamples;
    private final URI apiServer;

    OperationReader(
            OpenAPI api,
            String file,
            Schemas schemas,
            TypeReader types,
            Profile profile,
            Problems problems,
            boolean responseSamples) {
        this.responseSamples = responseSamples;
        this.apiServer = firstServer(api);
        this.api = api;
        this.file = file;
        this.schemas = schemas;
        this.types = types;
        this.profile = profile;
        this.problems = problems;
    }

    Operation operation(
            String path, PathItem item, String method, io.swagger.v3.oas.models.Operation op, String pointer)
            throws SpecException {
        Map<String, Object> ext = op.getExtensions() == null ? Map.of() : op.getExtensions();
        List<io.swagger.v3.oas.models.parameters.Parameter> declared = new ArrayList<>();
        if (item.getParameters() != null) {
            for (io.swagger.v3.oas.models.parameters.Parameter p : item.getParameters()) {
                declared.add(resolveParameter(p, pointer));
            }
        }
        if (op.getParameters() != null) {
            for (io.swagger.v3.oas.models.parameters.Parameter p : op.getParameters()) {
                io.swagger.v3.oas.models.parameters.Parameter own = resolveParameter(p, pointer);
                // An operation's parameter replaces the path's of the same name and location.
                declared.removeIf(shared -> java.util.Objects.equals(shared.getName(), own.getName())
                        && java.util.Objects.equals(shared.getIn(), own.getIn()));
                declared.add(own);
            }
        }
        String server = ownServer(op, item, pointer);
        String rp = pointer + "/responses";
        Body body = requestBody(op, pointer);
        OperationFacts facts = new OperationFacts(
                path,
                method,
                op.getOperationId(),
                op.getSummary(),
                ext,
                inputNames(declared, body),
                at -> responseHas(op, rp, at),
                api.getPaths() == null ? Set.of() : api.getPaths().keySet(),
                op.getTags());
        List<String> group = profile.group(facts);
        String methodName = profile.methodName(facts);
        String hint = String.join("_", group) + "_" + methodName;

        List<Parameter> parameters = parameters(declared, hint, pointer);
        parameters.addAll(bodyFields(body, hint));
        String responseKey = profile.responseKey(facts);
        Success success = successContent(op, rp);
        MediaType ok = success == null ? null : success.media();
        TypeRef result = result(success, responseKey, hint, rp);
        List<Operation.Outcome> outcomes = responseKey == null ? outcomes(op, hint, rp, result) : List.of();
        if (outcomes.isEmpty()) {
            successContent(op, rp, true);
        }
        String rawResult = success == null ? rawSuccess(op, rp) : null;
        if (rawResult != null) {
            result = TypeRef.of(rawResult.startsWith("text/") ? Scalar.STRING : Scalar.BYTES);
        }

        Operation.Pagination pagination = result instanceof TypeRef.ListOf && outcomes.isEmpty()
                ? profile.pagination(facts, (at, message) -> problems.warn(Pointers.child(pointer, at), message))
                : null;
        return new Operation(
                method,
                path,
                group,
                methodName,
                profile.title(facts),
                op.getDescription() != null ? op.getDescription() : op.getSummary(),
                parameters,
                body == null ? null : body.mediaType(),
                result,
                rawResult,
                rawResult == null ? responseKey : null,
                schemas.deprecation(op.getDeprecated(), ext),
                examplesOrSample(body, ok, declared, pagination),
                profile.unlisted(facts),
                pagination,
                result != null && profile.longRunning(facts, responseKey),
                profile.idempotent(facts),
                security(op.getSecurity() != null ? op.getSecurity() : api.getSecurity()),
                inputChoices(body, parameters, facts),
                server,
                outcomes);
    }

    /**
     * The success statuses of a call whose 2xx responses hold JSON of different schemas, each with
     * its body's type (a status without a body has none); empty when one type serves them all, or
     * when one of them holds something other than JSON.
     */
    private List<Operation.Outcome> outcomes(
            io.swagger.v3.oas.models.Operation op, String hint, String pointer, TypeRef firstType)
            throws SpecException {
        List<Map.Entry<String, ApiResponse>> statuses = new ArrayList<>();
        for (Map.Entry<String, ApiResponse> e : successResponses(op)) {
            if (e.getKey().matches("2\\d\\d")) {
                statuses.add(e);
            }
        }
        List<Success> bodies = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        List<Schema<?>> distinct = new ArrayList<>();
        for (Map.Entry<String, ApiResponse> e : statuses) {
            ApiResponse response = resolveResponse(e.getValue(), Pointers.child(pointer, e.getKey()));
            Success success = jsonContent(e, pointer);
            if (success == null
                    && response.getContent() != null
                    && !response.getContent().isEmpty()) {
                return List.of();
            }
            bodies.add(success);
            descriptions.add(response.getDescription());
            if (success != null
                    && success.media().getSchema() != null
                    && distinct.stream().noneMatch(d -> d.equals(success.media().getSchema()))) {
                distinct.add(success.media().getSchema());
            }
        }
        if (distinct.size() < 2) {
            return List.of();
        }
        List<Operation.Outcome> outcomes = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < statuses.size(); i++) {
            Success success = bodies.get(i);
            TypeRef type = null;
            if (success != null && success.media().getSchema() != null) {
                // The first body is the result a single type would have been.
                type = first
                        ? firstType
                        : types.typeOf(
                                success.media().getSchema(),
                                types.child(hint, "response_" + statuses.get(i).getKey()),
                                success.schemaPointer());
                first = false;
            }
            outcomes.add(new Operation.Outcome(Integer.parseInt(statuses.get(i).getKey()), type, descriptions.get(i)));
        }
        return outcomes;
    }

    /** The API's first server, variables at their defaults; null when it names none or no URL. */
    private static URI firstServer(OpenAPI api) {
        List<Server> servers = ModelBuilder.servers(api.getServers());
        try {
            return servers.isEmpty() ? null : URI.create(servers.get(0).defaultUrl());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /**
     * The server the operation, or else its path, names for itself: the first one listed, its
     * variables at their defaults, and a relative URL taken against the API's first server. Null
     * when it names none, or when its URL cannot be made absolute (with a warning: the call then
     * goes to the client's endpoint).
     */
    private String ownServer(io.swagger.v3.oas.models.Operation op, PathItem item, String pointer) {
        boolean own = op.getServers() != null && !op.getServers().isEmpty();
        List<Server> servers = ModelBuilder.servers(own ? op.getServers() : item.getServers());
        if (servers.isEmpty()) {
            return null;
        }
        String at = own ? pointer + "/servers" : pointer.substring(0, pointer.lastIndexOf('/')) + "/servers";
        String url = servers.get(0).defaultUrl();
        try {
            URI uri = URI.create(url);
            if (!uri.isAbsolute()) {
                if (apiServer == null || !apiServer.isAbsolute()) {
                    problems.warn(
                            at,
                            "the server " + url + " is relative to a host the document does not name;"
                                    + " the call is sent to the client's endpoint");
                    return null;
                }
                uri = URI.create(apiServer.toString().endsWith("/") ? apiServer.toString() : apiServer + "/")
                        .resolve(url);
            }
            if (uri.equals(apiServer)) {
                return null;
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                problems.warn(
                        at,
                        "the server " + url + " is not an http or https URL; the call is sent to the"
                                + " client's endpoint");
                return null;
            }
            return uri.toString();
        } catch (IllegalArgumentException malformed) {
            problems.warn(at, "the server " + url + " is not a URL; the call is sent to the client's endpoint");
            return null;
        }
    }

    /**
     * The sets of inputs of which a call must give one: the required fields of each alternative
     * of a body's {@code oneOf}/{@code anyOf} (at its top or in an {@code allOf} member), less
     * those every call requires anyway; else what the profile reads elsewhere (Seam says it in
     * descriptions). An alternative that requires nothing more makes no choice.
     */
    @SuppressWarnings("rawtypes")
    private List<List<String>> inputChoices(Body body, List<Parameter> parameters, OperationFacts facts)
            throws SpecException {
        Set<String> required = new HashSet<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (p.required()) {
                required.add(p.name());
            }
            descriptions.putIfAbsent(p.name(), p.description());
        }
        if (body != null
                && body.kind() != Operation.BodyKind.RAW
                && body.media().getSchema() != null) {
            String bp = body.pointer() + "/schema";
            Schema<?> schema = schemas.resolve(body.media().getSchema(), bp);
            List<Schema<?>> holders = new ArrayList<>();
            holders.add(schema);
            if (schema.getAllOf() != null) {
                for (int i = 0; i < schema.getAllOf().size(); i++) {
                    holders.add(schemas.resolve(schema.getAllOf().get(i), bp + "/allOf/" + i));
                }
            }
            for (Schema<?> holder : holders) {
                List<Schema> alternatives = holder.getOneOf() != null ? holder.getOneOf() : holder.getAnyOf();
                if (alternatives == null || alternatives.size() < 2) {
                    continue;
                }
                List<List<String>> choices = new ArrayList<>();
                for (Schema alternative : alternatives) {
                    List<String> needs =
                            new ArrayList<>(new TreeSet<>(schemas.required(schemas.resolve(alternative, bp))));
                    needs.removeAll(required);
                    if (needs.isEmpty()) {
                        choices = null;
                        break;
                    }
                    if (!choices.contains(needs)) {
                        choices.add(needs);
                    }
                }
                // A set naming a field the body does not define is no set a caller could give.
                if (choices != null
                        && choices.size() > 1
                        && choices.stream().allMatch(descriptions.keySet()::containsAll)) {
                    return choices;
                }
            }
        }
        List<List<String>> choices = new ArrayList<>();
        for (List<String> choice : profile.inputChoices(facts, descriptions)) {
            if (descriptions.keySet().containsAll(choice) && required.stream().noneMatch(choice::contains)) {
                choices.add(choice);
            }
        }
        return choices.size() > 1 ? choices : List.of();
    }

    /** Security requirements as the schemes each sends together; null when there are none. */
    private static List<List<String>> security(
            List<io.swagger.v3.oas.models.security.SecurityRequirement> requirements) {
        if (requirements == null) {
            return null;
        }
        List<List<String>> security = new ArrayList<>();
        requirements.forEach(r -> security.add(List.copyOf(r.keySet())));
        return security;
    }

    /** The path, query and header parameters, path-level ones first. */
    private List<Parameter> parameters(
            List<io.swagger.v3.oas.models.parameters.Parameter> declared, String hint, String pointer)
            throws SpecException {
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            io.swagger.v3.oas.models.parameters.Parameter p = declared.get(i);
            String pp = Pointers.child(pointer + "/parameters", Integer.toString(i));
            Parameter.Location location = location(p.getIn(), pp);
            if (location == null) {
                problems.warn(pp, "parameters in " + p.getIn() + " are not supported yet; left out");
                continue;
            }
            Schema<?> schema = p.getSchema();
            String schemaPointer = pp + "/schema";
            Parameter.Style style = style(p, location, pp);
            if (schema == null && p.getContent() != null && !p.getContent().isEmpty()) {
                // A parameter given by media type: its value is sent as that text, JSON most often.
                String json = jsonType(p.getContent());
                String mediaType =
                        json != null ? json : p.getContent().keySet().iterator().next();
                schema = p.getContent().get(mediaType).getSchema();
                schemaPointer = Pointers.child(pp + "/content", mediaType) + "/schema";
                style = json != null ? new Parameter.Style(Parameter.Style.JSON, false, json) : null;
                if (p.getContent().size() > 1) {
                    problems.warn(pp + "/content", "the value is sent as " + mediaType + " only");
                }
            }
            TypeRef type = schema == null
                    ? TypeRef.of(Scalar.STRING)
                    : types.typeOf(schema, types.child(hint, p.getName()), schemaPointer, p.getName());
            String description =
                    p.getDescription() != null ? p.getDescription() : schema == null ? null : schema.getDescription();
            parameters.add(new Parameter(
                    p.getName(),
                    location,
                    schema == null ? type : implied(type, schema, p.getName()),
                    Boolean.TRUE.equals(p.getRequired()) || location == Parameter.Location.PATH,
                    schema != null && Schemas.isNullable(schema),
                    description,
                    schemas.deprecation(p.getDeprecated(), p.getExtensions()),
                    style,
                    schema == null ? null : Schemas.defaultValue(schema)));
        }

        return parameters;
    }

    /**
     * The style of a parameter where it is not its location's default, as OpenAPI defines them:
     * {@code form} exploded for query and cookie parameters, {@code simple} for path and header
     * ones. A path written in the label or matrix style is reported: the client writes path values
     * plainly.
     */
    private Parameter.Style style(
            io.swagger.v3.oas.models.parameters.Parameter p, Parameter.Location location, String pointer) {
        String style = p.getStyle() == null ? null : p.getStyle().toString();
        String standard =
                location == Parameter.Location.QUERY || location == Parameter.Location.COOKIE ? "form" : "simple";
        String chosen = style == null ? standard : style;
        boolean explode = p.getExplode() != null ? p.getExplode() : chosen.equals("form");
        if (location == Parameter.Location.PATH
                && !Set.of("simple", "label", "matrix").contains(chosen)) {
            problems.warn(
                    pointer + "/style", "path parameters in the " + chosen + " style are sent in the simple style");
            return null;
        }
        if (location == Parameter.Location.QUERY && chosen.equals("simple")) {
            problems.warn(pointer + "/style", "query parameters in the simple style are sent in the form style");
            return null;
        }
        // OpenAPI defines allowReserved for query parameters; specs also set it on a path parameter
        // that spans segments (Open Policy Agent's /v1/data/{path}), and mean the same.
        boolean reserved = (location == Parameter.Location.QUERY || location == Parameter.Location.PATH)
                && Boolean.TRUE.equals(p.getAllowReserved());
        return chosen.equals(standard) && explode == chosen.equals("form") && !reserved
                ? null
                : new Parameter.Style(chosen, explode, null, reserved);
    }

    /**
     * The fields of a request body that is an object (JSON, a form or multipart parts), each an
     * input of its own; any other body is one input, passed whole: a JSON value of another type,
     * text, or bytes.
     */
    @SuppressWarnings("rawtypes")
    private List<Parameter> bodyFields(Body body, String hint) throws SpecException {
        List<Parameter> parameters = new ArrayList<>();
        if (body == null) {
            return parameters;
        }
        boolean required = Boolean.TRUE.equals(body.declared().getRequired());
        String description = body.declared().getDescription();
        String bp = body.pointer() + "/schema";
        if (body.kind() == Operation.BodyKind.RAW) {
            boolean text = body.mediaType().toLowerCase(java.util.Locale.ROOT).startsWith("text/");
            parameters.add(new Parameter(
                    "body",
                    Parameter.Location.BODY_VALUE,
                    TypeRef.of(text ? Scalar.STRING : Scalar.BINARY),
                    required,
                    false,
                    description,
                    Deprecation.NONE));
            return parameters;
        }
        if (body.media().getSchema() == null) {
            if (body.kind() == Operation.BodyKind.JSON) {
                parameters.add(new Parameter(
                        "body",
                        Parameter.Location.BODY_VALUE,
                        TypeRef.of(Scalar.ANY),
                        required,
                        true,
                        description,
                        Deprecation.NONE));
            } else {
                problems.warn(bp, "a " + body.mediaType() + " body without a schema has no fields to send");
            }
            return parameters;
        }
        Schema<?> schema = schemas.resolve(body.media().getSchema(), bp);
        Map<String, Schema<?>> props = schemas.properties(schema, bp);
        Set<String> requiredFields = schemas.required(schema);
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (alternatives != null) {
            // Alternative sets of inputs ("by id" or "by key") become one request whose fields are
            // required only where every alternative requires them; the server checks the rest.
            Set<String> everywhere = null;
            for (int i = 0; i < alternatives.size(); i++) {
                String ap = bp + (schema.getOneOf() != null ? "/oneOf/" : "/anyOf/") + i;
                Schema<?> alternative = schemas.resolve(alternatives.get(i), ap);
                schemas.properties(alternative, ap).forEach(props::putIfAbsent);
                Set<String> req = schemas.required(alternative);
                if (everywhere == null) {
                    everywhere = new HashSet<>(req);
                } else {
                    everywhere.retainAll(req);
                }
            }
            requiredFields.addAll(everywhere == null ? Set.of() : everywhere);
        }
        if (props.isEmpty() && !schemas.isObject(schema) && alternatives == null) {
            if (body.kind() != Operation.BodyKind.JSON) {
                problems.warn(bp, "a " + body.mediaType() + " body that is not an object has no fields to send");
                return parameters;
            }
            parameters.add(new Parameter(
                    "body",
                    Parameter.Location.BODY_VALUE,
                    types.typeOf(body.media().getSchema(), types.child(hint, "body"), bp),
                    required,
                    Schemas.isNullable(schema),
                    description,
                    Deprecation.NONE));
        }
        for (Map.Entry<String, Schema<?>> prop : props.entrySet()) {
            String pp = Pointers.child(bp + "/properties", prop.getKey());
            if (prop.getKey().isEmpty()) {
                problems.warn(pp, "a body field without a name cannot be given; send it with extraBody(\"\", value)");
                continue;
            }
            Schema<?> ps = prop.getValue();
            TypeRef type = body.kind() == Operation.BodyKind.MULTIPART ? binary(ps, pp) : null;
            parameters.add(new Parameter(
                    prop.getKey(),
                    Parameter.Location.BODY,
                    type != null
                            ? type
                            : implied(
                                    types.typeOf(ps, types.child(hint, prop.getKey()), pp, prop.getKey()),
                                    ps,
                                    prop.getKey()),
                    requiredFields.contains(prop.getKey()),
                    Schemas.isNullable(ps),
                    Schemas.describe(ps),
                    schemas.deprecation(ps.getDeprecated(), ps.getExtensions()),
                    encoding(body, prop.getKey()),
                    Schemas.defaultValue(ps)));
        }
        return parameters;
    }

    /**
     * A multipart field that holds a file, or a list of files: a string of format {@code binary}
     * or {@code base64}, or (OpenAPI 3.1) one with a {@code contentMediaType}; null for another.
     */
    private TypeRef binary(Schema<?> schema, String pointer) throws SpecException {
        Schema<?> s = schemas.resolve(schema, pointer);
        if (s.getItems() != null && binary(s.getItems(), pointer + "/items") != null) {
            return new TypeRef.ListOf(TypeRef.of(Scalar.BINARY));
        }
        boolean file = "binary".equals(s.getFormat())
                || "base64".equals(s.getFormat())
                || s.getContentMediaType() != null
                || s.getContentEncoding() != null;
        return file ? TypeRef.of(Scalar.BINARY) : null;
    }

    /** How a form field or multipart part is written, from the body's {@code encoding}; null for the default. */
    private static Parameter.Style encoding(Body body, String field) {
        Encoding e = body.media().getEncoding() == null
                ? null
                : body.media().getEncoding().get(field);
        if (e == null) {
            return null;
        }
        String style = e.getStyle() == null ? "form" : e.getStyle().toString();
        boolean explode = e.getExplode() != null ? e.getExplode() : style.equals("form");
        String contentType = body.kind() == Operation.BodyKind.MULTIPART ? e.getContentType() : null;
        if (body.kind() == Operation.BodyKind.MULTIPART || (style.equals("form") && explode)) {
            return contentType == null ? null : new Parameter.Style("form", true, contentType);
        }
        return new Parameter.Style(style, explode, null);
    }

    /** What a call returns: the response key's field of the success response, or all of it. */
    private TypeRef result(Success success, String responseKey, String hint, String rp) throws SpecException {
        MediaType ok = success == null ? null : success.media();
        TypeRef result = null;
        if (ok != null && ok.getSchema() != null) {
            String sp = success.schemaPointer();
            Schema<?> schema = schemas.resolve(ok.getSchema(), sp);
            if (responseKey != null) {
                Schema<?> keyed = schemas.properties(schema, sp).get(responseKey);
                if (keyed == null) {
                    throw new SpecException(
                            file,
                            rp,
                            "the response key \"" + responseKey + "\" is not a property of the success response");
                }
                String id = types.child(hint, responseKey);
                types.prefer(id, responseKey);
                result = types.typeOf(keyed, id, Pointers.child(sp + "/properties", responseKey));
            } else {
                result = types.typeOf(ok.getSchema(), types.child(hint, "response"), sp);
            }
        }

        return result;
    }

    /**
     * A request body as the client sends it.
     *
     * @param declared the body as the spec declares it, followed through its {@code $ref}
     * @param pointer where the chosen media type stands
     */
    record Body(RequestBody declared, String mediaType, MediaType media, String pointer) {
        Operation.BodyKind kind() {
            return Operation.BodyKind.of(mediaType);
        }
    }

    /**
     * The request body, following a {@code $ref} to {@code components/requestBodies}, in the one
     * media type the client sends: JSON first, then a form, multipart parts, text, and bytes. The
     * media types it leaves aside are reported.
     */
    private Body requestBody(io.swagger.v3.oas.models.Operation op, String pointer) throws SpecException {
        RequestBody body = op.getRequestBody();
        if (body == null) {
            return null;
        }
        String at = pointer + "/requestBody";
        if (body.get$ref() != null) {
            if (body.get$ref().startsWith("#")) {
                at = body.get$ref().substring(1);
            }
            body = component(
                    body.get$ref(),
                    REQUEST_BODY_REF,
                    Components::getRequestBodies,
                    RequestBody.class,
                    pointer + "/requestBody",
                    "request body");
        }
        if (body.getContent() == null || body.getContent().isEmpty()) {
            return null;
        }
        String chosen = jsonType(body.getContent());
        for (Operation.BodyKind kind : List.of(Operation.BodyKind.FORM, Operation.BodyKind.MULTIPART)) {
            for (String type : body.getContent().keySet()) {
                if (chosen == null && Operation.BodyKind.of(type) == kind) {
                    chosen = type;
                }
            }
        }
        for (String type : body.getContent().keySet()) {
            if (chosen == null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/")) {
                chosen = type;
            }
        }
        if (chosen == null) {
            chosen = body.getContent().keySet().iterator().next();
        }
        if (body.getContent().size() > 1) {
            List<String> others = new ArrayList<>(body.getContent().keySet());
            others.remove(chosen);
            // A JSON object body goes as any other JSON type, a form or parts at the caller's word.
            if (Operation.BodyKind.of(chosen) == Operation.BodyKind.JSON) {
                others.removeIf(type -> Operation.BodyKind.of(type) != Operation.BodyKind.RAW);
            }
            if (!others.isEmpty()) {
                problems.warn(
                        at + "/content",
                        "the request body is sent as " + chosen + "; its other media types ("
                                + String.join(", ", others) + ") are not offered");
            }
        }
        return new Body(body, chosen, body.getContent().get(chosen), Pointers.child(at + "/content", chosen));
    }

    /** A string input as the date or date-time the profile reads it as, where the spec gives no format. */
    private TypeRef implied(TypeRef type, Schema<?> schema, String name) throws SpecException {
        if (!type.equals(TypeRef.of(Scalar.STRING))) {
            return type;
        }
        String format = schemas.format(schemas.resolve(schema, ""), name);
        return "date-time".equals(format)
                ? TypeRef.of(Scalar.DATE_TIME)
                : "date".equals(format) ? TypeRef.of(Scalar.DATE) : type;
    }

    /** The wire names of every input: parameters and the JSON body's fields, alternatives included. */
    @SuppressWarnings("rawtypes")
    private Set<String> inputNames(List<io.swagger.v3.oas.models.parameters.Parameter> declared, Body body)
            throws SpecException {
        Set<String> names = new LinkedHashSet<>();
        declared.forEach(p -> names.add(p.getName()));
        if (body != null
                && body.kind() != Operation.BodyKind.RAW
                && body.media().getSchema() != null) {
            String bp = body.pointer() + "/schema";
            Schema<?> schema = schemas.resolve(body.media().getSchema(), bp);
            names.addAll(schemas.properties(schema, bp).keySet());
            List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
            if (alternatives != null) {
                for (Schema alternative : alternatives) {
                    names.addAll(schemas.properties(schemas.resolve(alternative, bp), bp)
                            .keySet());
                }
            }
        }
        return names;
    }

    /** Whether the success response has a property at the JSON pointer {@code at}. */
    private boolean responseHas(io.swagger.v3.oas.models.Operation op, String pointer, String at) {
        try {
            Success success = successContent(op, pointer);
            MediaType ok = success == null ? null : success.media();
            if (ok == null || ok.getSchema() == null) {
                return false;
            }
            Schema<?> current = ok.getSchema();
            for (String token : at.substring(1).split("/")) {
                current = schemas.properties(schemas.resolve(current, pointer), pointer)
                        .get(Pointers.unescape(token));
                if (current == null) {
                    return false;
                }
            }
            return true;
        } catch (SpecException broken) {
            // The broken response is reported where the operation's result is read.
            return false;
        }
    }

    Parameter.Location location(String in, String pointer) throws SpecException {
        if (in == null) {
            throw new SpecException(file, pointer + "/in", "parameter has no location (in)");
        }
        return switch (in) {
            case "path" -> Parameter.Location.PATH;
            case "query" -> Parameter.Location.QUERY;
            case "header" -> Parameter.Location.HEADER;
            case "cookie" -> Parameter.Location.COOKIE;
            default -> null;
        };
    }

    static MediaType json(io.swagger.v3.oas.models.media.Content content) {
        String type = jsonType(content);
        return type == null ? null : content.get(type);
    }

    /** The JSON media type of a content map: {@code application/json}, else any {@code +json}. */
    static String jsonType(io.swagger.v3.oas.models.media.Content content) {
        if (content.containsKey("application/json")) {
            return "application/json";
        }
        return content.keySet().stream()
                .filter(k -> k.contains("json"))
                .findFirst()
                .orElse(null);
    }

    /**
     * A success response's JSON content.
     *
     * @param schemaPointer where its schema stands, in the response component when the operation
     *     refers to one
     */
    record Success(MediaType media, String schemaPointer) {}

    /** {@link #successContent(io.swagger.v3.oas.models.Operation, String, boolean)}, silently. */
    Success successContent(io.swagger.v3.oas.models.Operation op, String pointer) throws SpecException {
        return successContent(op, pointer, false);
    }

    /**
     * The JSON content of the first success response that has one, following response $refs.
     *
     * @param report whether to warn of later success responses whose schema differs
     */
    Success successContent(io.swagger.v3.oas.models.Operation op, String pointer, boolean report) throws SpecException {
        Success first = null;
        String firstCode = null;
        for (Map.Entry<String, ApiResponse> e : successResponses(op)) {
            Success success = jsonContent(e, pointer);
            if (success == null) {
                continue;
            }
            if (first == null) {
                first = success;
                firstCode = e.getKey();
            } else if (report
                    && !java.util.Objects.equals(
                            first.media().getSchema(), success.media().getSchema())) {
                problems.warn(
                        Pointers.child(pointer, e.getKey()),
                        "several success responses with different schemas are not supported yet; the result is"
                                + " read as response " + firstCode + "'s");
            }
        }
        return first;
    }

    /**
     * The success responses: the 2xx ones in code order, or, when the spec declares none, the
     * {@code default} response, which then stands for success too.
     */
    private static List<Map.Entry<String, ApiResponse>> successResponses(io.swagger.v3.oas.models.Operation op) {
        if (op.getResponses() == null) {
            return List.of();
        }
        List<Map.Entry<String, ApiResponse>> success = new ArrayList<>();
        for (Map.Entry<String, ApiResponse> e : new TreeMap<>(op.getResponses()).entrySet()) {
            if (e.getKey().startsWith("2")) {
                success.add(e);
            }
        }
        if (success.isEmpty() && op.getResponses().get("default") != null) {
            success.add(Map.entry("default", op.getResponses().get("default")));
        }
        return success;
    }

    /** A response's JSON content and the pointer of its schema; null for a response without any. */
    private Success jsonContent(Map.Entry<String, ApiResponse> e, String pointer) throws SpecException {
        String at = Pointers.child(pointer, e.getKey());
        ApiResponse response = resolveResponse(e.getValue(), at);
        if (e.getValue().get$ref() != null && e.getValue().get$ref().startsWith("#")) {
            at = e.getValue().get$ref().substring(1);
        }
        String type = response.getContent() == null ? null : jsonType(response.getContent());
        return type == null
                ? null
                : new Success(response.getContent().get(type), Pointers.child(at + "/content", type) + "/schema");
    }

    /**
     * For an operation whose success responses hold no JSON, the media type of the first 2xx
     * content it has: text, or anything else read as bytes; null when none has content.
     */
    private String rawSuccess(io.swagger.v3.oas.models.Operation op, String pointer) throws SpecException {
        if (op.getResponses() == null) {
            return null;
        }
        for (Map.Entry<String, ApiResponse> e : successResponses(op)) {
            ApiResponse response = resolveResponse(e.getValue(), Pointers.child(pointer, e.getKey()));
            if (response.getContent() != null && !response.getContent().isEmpty()) {
                String type = response.getContent().keySet().iterator().next();
                return type.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** A parameter, following a {@code $ref} to {@code components/parameters} that the parser left. */
    private io.swagger.v3.oas.models.parameters.Parameter resolveParameter(
            io.swagger.v3.oas.models.parameters.Parameter p, String pointer) throws SpecException {
        return p.get$ref() == null || p.getIn() != null
                ? p
                : component(
                        p.get$ref(),
                        PARAMETER_REF,
                        Components::getParameters,
                        io.swagger.v3.oas.models.parameters.Parameter.class,
                        pointer + "/parameters",
                        "parameter");
    }

    ApiResponse resolveResponse(ApiResponse response, String pointer) throws SpecException {
        return response.get$ref() == null
                ? response
                : component(
                        response.get$ref(),
                        RESPONSE_REF,
                        Components::getResponses,
                        ApiResponse.class,
                        pointer,
                        "response");
    }

    /** What a {@code $ref} to a section of {@code components} names; an error where it names nothing. */
    private <T> T component(
            String ref,
            String prefix,
            Function<Components, Map<String, T>> section,
            Class<T> type,
            String pointer,
            String what)
            throws SpecException {
        Map<String, T> entries = api.getComponents() == null ? null : section.apply(api.getComponents());
        T target = ref.startsWith(prefix) && entries != null ? entries.get(ref.substring(prefix.length())) : null;
        if (target == null && !ref.startsWith("#/components/")) {
            target = schemas.pointed(ref, type);
        }
        if (target == null) {
            throw new SpecException(file, pointer + "/$ref", "$ref " + ref + " names no " + what);
        }
        return target;
    }

    /**
     * The calls the spec documents: each named request body example with the success response's
     * example of the same name, a lone {@code example} of the body with the response's, or, for a
     * call without a body, the response's examples; the path, query and header parameters come
     * from their own examples; a required one without any gets a plain value of its type, and an
     * example that still cannot be sent (a required parameter of an object type, say) is left out.
     */
    static List<Example> examples(
            MediaType body, MediaType ok, List<io.swagger.v3.oas.models.parameters.Parameter> declared) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (io.swagger.v3.oas.models.parameters.Parameter p : declared) {
            if (p.getName() == null) {
                continue;
            }
            JsonNode value = parameterExample(p);
            if (value == null && Boolean.TRUE.equals(p.getRequired())) {
                value = plainValue(p.getSchema());
                if (value == null) {
                    return List.of();
                }
            }
            if (value != null) {
                parameters.put(p.getName(), value);
            }
        }
        Map<String, io.swagger.v3.oas.models.examples.Example> requests = named(body);
        Map<String, io.swagger.v3.oas.models.examples.Example> responses = named(ok);
        List<Example> examples = new ArrayList<>();
        if (body != null) {
            for (Map.Entry<String, io.swagger.v3.oas.models.examples.Example> e : requests.entrySet()) {
                io.swagger.v3.oas.models.examples.Example response = responses.size() == 1 && requests.size() == 1
                        ? responses.values().iterator().next()
                        : responses.get(e.getKey());
                JsonNode request = withParameters(tree(e.getValue().getValue()), parameters);
                if (request != null) {
                    examples.add(new Example(
                            e.getKey(),
                            e.getValue().getSummary(),
                            request,
                            response == null ? null : tree(response.getValue()),
                            false));
                }
            }
        } else {
            for (Map.Entry<String, io.swagger.v3.oas.models.examples.Example> e : responses.entrySet()) {
                ObjectNode request = JSON.createObjectNode();
                parameters.forEach(request::set);
                examples.add(new Example(
                        e.getKey(),
                        e.getValue().getSummary(),
                        request,
                        tree(e.getValue().getValue()),
                        false));
            }
        }
        return examples;
    }

    /**
     * The spec's examples of a call with a JSON body or none, or, where it shows none, one made up
     * from its schemas with every parameter it takes, so that its docs page shows a call that works.
     */
    private List<Example> examplesOrSample(
            Body body,
            MediaType ok,
            List<io.swagger.v3.oas.models.parameters.Parameter> declared,
            Operation.Pagination pagination) {
        if (body != null && body.kind() != Operation.BodyKind.JSON) {
            return List.of();
        }
        List<Example> examples = examples(body == null ? null : body.media(), ok, declared);
        if (!examples.isEmpty()) {
            return examples;
        }
        Example sample = sample(body, ok, declared, pagination == null ? null : pagination.cursorParameter());
        return sample == null ? List.of() : List.of(sample);
    }

    /** @param cursor the parameter that names a later page, which a first call leaves out; or null */
    private Example sample(
            Body body, MediaType ok, List<io.swagger.v3.oas.models.parameters.Parameter> declared, String cursor) {
        Samples requests = new Samples(schemas, Samples.Direction.REQUEST);
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (io.swagger.v3.oas.models.parameters.Parameter p : declared) {
            boolean required = Boolean.TRUE.equals(p.getRequired()) || "path".equals(p.getIn());
            if (p.getName() == null
                    || (!required
                            && (Boolean.TRUE.equals(p.getDeprecated())
                                    || p.getName().equals(cursor)))) {
                continue;
            }
            JsonNode value = parameterExample(p);
            if (value == null) {
                value = requests.of(p.getSchema(), p.getName());
            }
            if (value == null && required) {
                return null;
            }
            if (value != null) {
                parameters.put(p.getName(), value);
            }
        }
        JsonNode request;
        if (body != null && body.media() != null && body.media().getSchema() != null) {
            JsonNode fields = requests.of(body.media().getSchema(), "body");
            if (cursor != null && fields instanceof ObjectNode object) {
                object.remove(cursor);
            }
            request = withParameters(fields, parameters);
            if (request == null) {
                return null;
            }
        } else {
            ObjectNode object = JSON.createObjectNode();
            parameters.forEach(object::set);
            request = object;
        }
        JsonNode response = !responseSamples || ok == null || ok.getSchema() == null
                ? null
                : new Samples(schemas, Samples.Direction.RESPONSE).of(ok.getSchema(), "response");
        return new Example("sample", SAMPLE_SUMMARY, request, response, true);
    }

    /** A media type's examples by name; a lone {@code example} is named {@code example}. */
    private static Map<String, io.swagger.v3.oas.models.examples.Example> named(MediaType media) {
        Map<String, io.swagger.v3.oas.models.examples.Example> named = new LinkedHashMap<>();
        if (media == null) {
            return named;
        }
        if (media.getExamples() != null) {
            media.getExamples().forEach((name, example) -> {
                if (example.getValue() != null) {
                    named.put(name, example);
                }
            });
        } else if (media.getExample() != null) {
            named.put("example", new io.swagger.v3.oas.models.examples.Example().value(media.getExample()));
        }
        return named;
    }

    private static JsonNode parameterExample(io.swagger.v3.oas.models.parameters.Parameter p) {
        if (p.getExample() != null) {
            return tree(p.getExample());
        }
        if (p.getExamples() != null) {
            for (io.swagger.v3.oas.models.examples.Example e : p.getExamples().values()) {
                if (e.getValue() != null) {
                    return tree(e.getValue());
                }
            }
        }
        return p.getSchema() != null && p.getSchema().getExample() != null
                ? tree(p.getSchema().getExample())
                : null;
    }

    /**
     * A value for a required parameter the spec gives no example of, so that its call's examples
     * can still be sent (an owner and a repository in a path, say): its default, its first enum
     * value, or a plain value of its type; null for a type without one.
     */
    private static JsonNode plainValue(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getDefault() != null) {
            return tree(schema.getDefault());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return tree(schema.getEnum().get(0));
        }
        String type = schema.getType() != null
                ? schema.getType()
                : schema.getTypes() != null && schema.getTypes().size() == 1
                        ? schema.getTypes().iterator().next()
                        : null;
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "string" -> JSON.getNodeFactory().textNode("example");
            case "integer", "number" -> JSON.getNodeFactory().numberNode(1);
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            default -> null;
        };
    }

    /**
     * A body example with the parameters' examples beside its fields, as the docs pages take
     * them; null when the two cannot be told apart (a body that is not an object, or a field named
     * like a parameter).
     */
    private static JsonNode withParameters(JsonNode body, Map<String, JsonNode> parameters) {
        if (parameters.isEmpty()) {
            return body;
        }
        if (body == null || !body.isObject()) {
            return null;
        }
        ObjectNode merged = ((ObjectNode) body).deepCopy();
        for (Map.Entry<String, JsonNode> p : parameters.entrySet()) {
            if (merged.has(p.getKey())) {
                return null;
            }
            merged.set(p.getKey(), p.getValue());
        }
        return merged;
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
