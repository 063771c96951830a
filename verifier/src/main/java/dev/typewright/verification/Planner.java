package dev.typewright.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewright.generator.emit.SnippetEmitter;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.naming.Naming;
import dev.typewright.runtime.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one documented example into a plan: the operation its cURL command calls, the Java call
 * the client's public API makes of it, the request the server must receive and the result the
 * call must return; or, when the example cannot be made into a call, why not.
 */
final class Planner {

    private final ApiModel model;
    private final SnippetEmitter snippets;
    private final Credentials credentialMethods;
    private final SpecConformance conformance;
    /** The path of the spec's server URL, which documented URLs carry before each operation's path. */
    private final String basePath;
    /** Each operation's path template, compiled once for all the examples. */
    private final Map<Operation, PathTemplate> templates = new LinkedHashMap<>();

    Planner(ApiModel model, Naming naming, SnippetEmitter snippets, SpecConformance conformance) {
        this.model = model;
        this.basePath = basePath(model.defaultServerUrl());
        model.operations().forEach(op -> templates.put(op, new PathTemplate(op.path())));
        this.snippets = snippets;
        this.credentialMethods = new Credentials(naming);
        this.conformance = conformance;
    }

    /** The operation the example calls, or null when its page cannot say or the client has none. */
    Operation operation(DocsPage.DocExample example) {
        return example.problem() != null || example.curl() == null
                ? null
                : operation(example.curl().method(), apiPath(example.curl().rawPath()), new LinkedHashMap<>());
    }

    /** A plan for the example, or an Outcome saying why it cannot be checked. */
    Object plan(String page, DocsPage.DocExample example) {
        if (example.problem() != null) {
            return new Verifier.Outcome(page, example.line(), example.title(), example.problem(), false);
        }
        Curl curl = example.curl();
        Map<String, String> pathValues = new LinkedHashMap<>();
        // Templates match the raw path: a value may hold an encoded slash (a Git ref, say).
        Operation op = operation(curl.method(), apiPath(curl.rawPath()), pathValues);
        if (op == null && !conformance.documentsPath(apiPath(curl.rawPath()))) {
            return Verifier.Outcome.docs(
                    page,
                    example.line(),
                    example.title(),
                    List.of("request path " + curl.path() + ": the spec has no such path (rule paths)"));
        }
        if (op == null) {
            // The spec has the path and the client lost it: our failure.
            return new Verifier.Outcome(
                    page,
                    example.line(),
                    example.title(),
                    "request path " + curl.path() + ": no operation of the client has this path",
                    false);
        }
        JsonNode body;
        try {
            body = curl.body() == null || curl.body().isBlank() ? null : Json.parse(curl.body());
        } catch (IllegalArgumentException e) {
            return new Verifier.Outcome(
                    page, example.line(), example.title(), "the cURL body is " + e.getMessage(), false);
        }
        // A cURL tab without an Output block documents the request alone; the call is still checked.
        String answer = example.tabs().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("curl"))
                .findFirst()
                .map(e -> e.getValue().output())
                .orElse(null);
        answer = stripHttpHead(answer);
        JsonNode wire;
        try {
            wire = answer == null || answer.isBlank() ? null : Json.parse(answer);
        } catch (IllegalArgumentException e) {
            return new Verifier.Outcome(
                    page, example.line(), example.title(), "the cURL output is " + e.getMessage(), false);
        }
        // An example that disagrees with the spec says nothing about the client: the docs are wrong.
        List<String> disagreements = new ArrayList<>();
        conformance.request(op, body).forEach(p -> disagreements.add("request " + p));
        conformance.output(op, wire).forEach(p -> disagreements.add("output " + p));
        if (!disagreements.isEmpty()) {
            return Verifier.Outcome.docs(page, example.line(), example.title(), disagreements);
        }
        Map<String, Parameter> params = new LinkedHashMap<>();
        op.parameters().forEach(p -> params.put(p.name(), p));
        boolean wholeBody = op.parameters().stream().anyMatch(p -> p.location() == Parameter.Location.BODY_VALUE);
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (body != null && !wholeBody) {
            if (!body.isObject()) {
                return new Verifier.Outcome(
                        page,
                        example.line(),
                        example.title(),
                        "request body: expected a JSON object for " + op.path() + " but was " + body,
                        false);
            }
            request.setAll((ObjectNode) body);
        }
        pathValues.forEach((name, value) -> request.set(name, typed(params.get(name), List.of(value))));
        curl.query().forEach((name, values) -> request.set(name, typed(params.get(name), values)));
        Map<String, String> expectedHeaders = new LinkedHashMap<>();
        List<String> credentials = new ArrayList<>();
        Naming.AuthMethod auth = credentialMethods.pick(curl, credentials, expectedHeaders);
        for (Map.Entry<String, String> h : curl.headers().entrySet()) {
            Parameter p = params.values().stream()
                    .filter(x -> x.location() == Parameter.Location.HEADER
                            && x.name().equalsIgnoreCase(h.getKey()))
                    .findFirst()
                    .orElse(null);
            if (p != null) {
                request.set(p.name(), typed(p, List.of(h.getValue())));
                expectedHeaders.put(h.getKey(), h.getValue());
            } else if (h.getKey().equalsIgnoreCase("Content-Type")) {
                expectedHeaders.put(h.getKey(), h.getValue());
            } else if (!h.getKey().equalsIgnoreCase("Accept")
                    && expectedHeaders.keySet().stream().noneMatch(h.getKey()::equalsIgnoreCase)) {
                return new Verifier.Outcome(
                        page,
                        example.line(),
                        example.title(),
                        "request header " + h.getKey() + ": the client has no parameter or credential that sends it",
                        false);
            }
        }
        for (String name : (Iterable<String>) () -> request.fieldNames()) {
            if (!params.containsKey(name)) {
                return new Verifier.Outcome(
                        page,
                        example.line(),
                        example.title(),
                        "request /" + name + ": expected " + request.get(name) + " but " + op.httpMethod() + " "
                                + op.path() + " has no such parameter",
                        false);
            }
        }
        JsonNode expectedResult = null;
        if (op.result() != null && wire != null) {
            expectedResult = op.responseKey() != null && wire.has(op.responseKey()) ? wire.get(op.responseKey()) : wire;
        }
        for (Parameter p : op.parameters()) {
            JsonNode value = p.location() == Parameter.Location.BODY_VALUE ? body : request.get(p.name());
            String pointer = p.location() == Parameter.Location.BODY_VALUE ? "" : "/" + p.name();
            String mismatch = value == null ? null : mismatch(p.type(), value, pointer);
            if (mismatch != null) {
                return new Verifier.Outcome(page, example.line(), example.title(), "request " + mismatch, false);
            }
        }
        JsonNode snippetInput = wholeBody ? body : request;
        SnippetEmitter.Snippet snippet = snippets.call(op, snippetInput);
        DocsPage.Tab java = example.tabs().get("Java");
        if (java != null && java.code() != null) {
            String differs =
                    firstDifferentLine(snippet.code().strip(), java.code().strip());
            if (differs != null) {
                return new Verifier.Outcome(page, java.line(), example.title(), "Java tab " + differs, false);
            }
        }
        return new Verifier.Plan(
                page,
                example,
                op,
                auth,
                credentials,
                expectedHeaders,
                wholeBody ? body : bodyFields(op, request),
                wire == null ? undocumentedAnswer(op) : answer,
                expectedResult,
                snippet,
                basePath);
    }

    /**
     * What the server answers when the page documents no output: a body the client can read, with
     * nothing in it to compare, so that the request is still checked. Under a response key that
     * is the key set to null; for a whole-body result, an empty list or object as the result's
     * type takes.
     */
    private static String undocumentedAnswer(Operation op) {
        if (op.responseKey() != null) {
            return "{" + Json.toJson(op.responseKey()) + ":null,\"ok\":true}";
        }
        if (op.result() instanceof TypeRef.ListOf) {
            return "[]";
        }
        return op.result() instanceof TypeRef.Primitive ? "null" : "{}";
    }

    /**
     * Where a documented value does not fit the type the client takes, so that no Java call could
     * send it; null when it fits. Unknown fields of nested objects are left to the body check.
     */
    private String mismatch(TypeRef type, JsonNode value, String pointer) {
        if (value.isNull()) {
            return null;
        }
        boolean fits = true;
        if (type instanceof TypeRef.Primitive p) {
            fits = switch (p.scalar()) {
                case STRING, DATE_TIME, DATE -> value.isTextual();
                case INTEGER, LONG -> value.isIntegralNumber();
                case DOUBLE -> value.isNumber();
                case BOOLEAN -> value.isBoolean();
                case ANY -> true;
                case BINARY, BYTES -> false;
            };
        } else if (type instanceof TypeRef.ListOf list) {
            if (!value.isArray()) {
                fits = false;
            } else {
                for (int i = 0; i < value.size(); i++) {
                    String inner = mismatch(list.items(), value.get(i), pointer + "/" + i);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
        } else if (type instanceof TypeRef.MapOf map) {
            if (!value.isObject()) {
                fits = false;
            } else {
                for (Map.Entry<String, JsonNode> e : value.properties()) {
                    String inner = mismatch(map.values(), e.getValue(), pointer + "/" + e.getKey());
                    if (inner != null) {
                        return inner;
                    }
                }
            }
        } else if (type instanceof TypeRef.Named named
                && model.types().get(named.id()) instanceof TypeDef.ObjectDef object) {
            if (!value.isObject()) {
                fits = false;
            } else {
                for (TypeDef.Field f : object.fields()) {
                    if (value.has(f.jsonName())) {
                        String inner = mismatch(f.type(), value.get(f.jsonName()), pointer + "/" + f.jsonName());
                        if (inner != null) {
                            return inner;
                        }
                    }
                }
            }
        }
        if (type instanceof TypeRef.Named named && model.types().get(named.id()) instanceof TypeDef.EnumDef) {
            fits = value.isTextual();
        }
        return fits
                ? null
                : pointer + ": expected " + value + " but the client takes a " + snippets.javaType(type) + " there";
    }

    /** The docs' Java tab must be the very code that was verified. */
    private static String firstDifferentLine(String verified, String shown) {
        String[] v = verified.split("\n", -1);
        String[] s = shown.split("\n", -1);
        for (int i = 0; i < Math.max(v.length, s.length); i++) {
            String a = i < v.length ? v[i].stripTrailing() : "(end)";
            String b = i < s.length ? s[i].stripTrailing() : "(end)";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ": expected the verified snippet's \"" + a.strip() + "\" but was \""
                        + b.strip() + "\"";
            }
        }
        return null;
    }

    /** The part of the request that travels in the body: the body parameters that were given. */
    private static JsonNode bodyFields(Operation op, ObjectNode request) {
        if (!op.hasBody()) {
            return null;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Parameter p : op.parameters()) {
            if (p.location() == Parameter.Location.BODY && request.has(p.name())) {
                body.set(p.name(), request.get(p.name()));
            }
        }
        return body;
    }

    private static String basePath(String serverUrl) {
        if (serverUrl == null) {
            return "";
        }
        try {
            String path = java.net.URI.create(serverUrl).getRawPath();
            return path == null ? "" : path.replaceAll("/+$", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** A documented URL's path without the server's base path, as the spec's paths are written. */
    private String apiPath(String path) {
        return !basePath.isEmpty() && path.startsWith(basePath + "/") ? path.substring(basePath.length()) : path;
    }

    /**
     * The operation a documented call reaches: of those whose path template matches, the one of the
     * same method, else the one the client offers for that path (an endpoint offered under several
     * methods is one operation of the client).
     */
    private Operation operation(String method, String path, Map<String, String> pathValues) {
        Operation any = null;
        Map<String, String> anyValues = null;
        for (Map.Entry<Operation, PathTemplate> e : templates.entrySet()) {
            Map<String, String> values = e.getValue().match(path);
            if (values == null) {
                continue;
            }
            if (e.getKey().httpMethod().equalsIgnoreCase(method)) {
                pathValues.putAll(values);
                return e.getKey();
            }
            if (any == null) {
                any = e.getKey();
                anyValues = values;
            }
        }
        if (any != null) {
            pathValues.putAll(anyValues);
        }
        return any;
    }

    /** A query, path or header value as the JSON the parameter's type calls for. */
    private static JsonNode typed(Parameter p, List<String> values) {
        TypeRef type = p == null ? null : p.type();
        if (type instanceof TypeRef.ListOf list) {
            var array = JsonNodeFactory.instance.arrayNode();
            values.forEach(v -> array.add(scalar(list.items(), v)));
            return array;
        }
        return scalar(type, values.get(values.size() - 1));
    }

    private static JsonNode scalar(TypeRef type, String value) {
        if (type instanceof TypeRef.Primitive p) {
            try {
                switch (p.scalar()) {
                    case INTEGER, LONG:
                        return JsonNodeFactory.instance.numberNode(Long.parseLong(value));
                    case DOUBLE:
                        return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value));
                    case BOOLEAN:
                        if (value.equals("true") || value.equals("false")) {
                            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
                        }
                        break;
                    default:
                        break;
                }
            } catch (NumberFormatException notANumber) {
                return JsonNodeFactory.instance.textNode(value);
            }
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    private static String stripHttpHead(String output) {
        if (output == null || !output.startsWith("HTTP/")) {
            return output;
        }
        int blank = output.indexOf("\n\n");
        return blank < 0 ? "" : output.substring(blank + 2);
    }
}
