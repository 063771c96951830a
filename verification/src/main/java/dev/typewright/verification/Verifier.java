package dev.typewright.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.emit.SnippetEmitter;
import dev.typewright.generator.load.SpecException;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.naming.Naming;
import dev.typewright.runtime.Json;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs an API's documented examples against the client generated from its spec: each example's
 * call is written as Java with the client's public API, compiled, and run against a server that
 * checks the request it receives and answers with the documented output, which the client's
 * result must reproduce.
 */
final class Verifier {
    static final String CLIENT_PACKAGE = "typewright.verify.client";
    static final String RUNNER_PACKAGE = "typewright.verify.run";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    /** A call under test: given the server's URL, make the documented call and return the result. */
    @FunctionalInterface
    interface Call {
        Object run(String endpoint) throws Exception;
    }

    /** The result of one check; {@code failure} is null when it passed, {@code skipped} when nothing could be checked. */
    record Outcome(String page, int line, String title, String failure, boolean skipped) {
        boolean passed() {
            return failure == null && !skipped;
        }

        @Override
        public String toString() {
            String status = skipped ? "SKIP" : failure == null ? "PASS" : "FAIL";
            return status + "  " + page + (line > 0 ? ":" + line : "") + "  " + title
                    + (failure == null ? "" : ": " + failure);
        }
    }

    /**
     * Everything needed to check one example.
     *
     * @param expectedHeaders headers the client must send, with credentials filled in
     * @param expectedResult what the call must return, serialized; null when it returns nothing
     */
    record Plan(
            String page,
            DocsPage.DocExample example,
            Operation op,
            Naming.AuthMethod auth,
            List<String> credentials,
            Map<String, String> expectedHeaders,
            JsonNode expectedBody,
            String answer,
            JsonNode expectedResult,
            SnippetEmitter.Snippet snippet) {}

    private final ApiModel model;
    private final Naming naming;
    private final SnippetEmitter snippets;
    private final List<JavaFile> client;

    private Verifier(Generator.Output output) {
        this.model = output.model();
        this.naming = output.naming();
        this.snippets = new SnippetEmitter(model, naming);
        this.client = output.javaFiles();
    }

    /** Seam's docs format goes with Seam's conventions. */
    static Verifier forSpec(Path spec) throws SpecException {
        return forSpec(spec, "seam");
    }

    static Verifier forSpec(Path spec, String profile) throws SpecException {
        return new Verifier(Generator.emit(new GeneratorOptions(spec, Path.of("unused"), CLIENT_PACKAGE, null, null)
                .withProfile(profile, Map.of())));
    }

    /** Verifies every page under {@code docs} (recursively), in path order. */
    List<Outcome> verify(Path docs, Path work) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(docs)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        List<Object> order = new ArrayList<>();
        Map<String, DocsPage> samples = new LinkedHashMap<>();
        Map<String, Operation> sampleOps = new LinkedHashMap<>();
        for (Path file : files) {
            String name = docs.relativize(file).toString().replace('\\', '/');
            DocsPage page;
            try {
                page = DocsParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (DocsParser.ParseException e) {
                order.add(new Outcome(name, e.line, "(page)", "cannot parse: " + e.getMessage(), false));
                continue;
            } catch (IOException e) {
                order.add(new Outcome(name, 0, "(page)", "cannot read: " + e.getMessage(), false));
                continue;
            }
            Operation pageOp = null;
            for (DocsPage.DocExample example : page.examples()) {
                Object planOrFailure = plan(name, example);
                order.add(planOrFailure);
                if (planOrFailure instanceof Plan plan) {
                    plans.add(plan);
                    pageOp = pageOp == null ? plan.op() : pageOp;
                }
            }
            if (page.responseSample() != null && pageOp != null) {
                samples.put(name, page);
                sampleOps.put(name, pageOp);
                order.add(name);
            } else if (page.examples().isEmpty()) {
                order.add(new Outcome(name, 0, page.title(), "no examples", true));
            }
        }
        Runners runners = Runners.compile(client, plans, sampleOps, naming, snippets, work);
        try (CheckingServer server = new CheckingServer()) {
            for (Object item : order) {
                if (item instanceof Outcome o) {
                    outcomes.add(o);
                } else if (item instanceof Plan plan) {
                    String compileError = runners.error(plan);
                    outcomes.add(
                            compileError != null
                                    ? outcome(plan, "the snippet does not compile: " + compileError)
                                    : check(plan, runners.call(plan), server));
                } else if (item instanceof String page) {
                    DocsPage p = samples.get(page);
                    outcomes.add(new Outcome(
                            page, p.responseLine(), "Response sample", responseSample(p, runners.reader(page)), false));
                }
            }
        }
        return outcomes;
    }

    /** A plan for the example, or an Outcome saying why it cannot be checked. */
    Object plan(String page, DocsPage.DocExample example) {
        if (example.problem() != null) {
            return new Outcome(page, example.line(), example.title(), example.problem(), false);
        }
        Curl curl = example.curl();
        Map<String, String> pathValues = new LinkedHashMap<>();
        Operation op = operation(curl.path(), pathValues);
        if (op == null) {
            return new Outcome(
                    page,
                    example.line(),
                    example.title(),
                    "request path " + curl.path() + ": no operation of the spec has this path",
                    false);
        }
        JsonNode body;
        try {
            body = curl.body() == null || curl.body().isBlank() ? null : Json.parse(curl.body());
        } catch (IllegalArgumentException e) {
            return new Outcome(page, example.line(), example.title(), "the cURL body is " + e.getMessage(), false);
        }
        Map<String, Parameter> params = new LinkedHashMap<>();
        op.parameters().forEach(p -> params.put(p.name(), p));
        boolean wholeBody = op.parameters().stream().anyMatch(p -> p.location() == Parameter.Location.BODY_VALUE);
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (body != null && !wholeBody) {
            if (!body.isObject()) {
                return new Outcome(
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
        Naming.AuthMethod auth = auth(curl, credentials, expectedHeaders);
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
                return new Outcome(
                        page,
                        example.line(),
                        example.title(),
                        "request header " + h.getKey() + ": the client has no parameter or credential that sends it",
                        false);
            }
        }
        for (String name : (Iterable<String>) () -> request.fieldNames()) {
            if (!params.containsKey(name)) {
                return new Outcome(
                        page,
                        example.line(),
                        example.title(),
                        "request /" + name + ": expected " + request.get(name) + " but " + op.httpMethod() + " "
                                + op.path() + " has no such parameter",
                        false);
            }
        }
        String answer = example.tabs().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("curl"))
                .map(e -> e.getValue().output())
                .findFirst()
                .orElse(null);
        answer = stripHttpHead(answer);
        JsonNode wire;
        try {
            wire = answer == null || answer.isBlank() ? null : Json.parse(answer);
        } catch (IllegalArgumentException e) {
            return new Outcome(page, example.line(), example.title(), "the cURL output is " + e.getMessage(), false);
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
                return new Outcome(page, example.line(), example.title(), "request " + mismatch, false);
            }
        }
        JsonNode snippetInput = wholeBody ? body : request;
        SnippetEmitter.Snippet snippet = snippets.call(op, snippetInput);
        DocsPage.Tab java = example.tabs().get("Java");
        if (java != null && java.code() != null) {
            String differs =
                    firstDifferentLine(snippet.code().strip(), java.code().strip());
            if (differs != null) {
                return new Outcome(page, java.line(), example.title(), "Java tab " + differs, false);
            }
        }
        return new Plan(
                page,
                example,
                op,
                auth,
                credentials,
                expectedHeaders,
                wholeBody ? body : bodyFields(op, request),
                wire == null ? "{\"ok\":true}" : answer,
                expectedResult,
                snippet);
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

    private Operation operation(String path, Map<String, String> pathValues) {
        for (Operation op : model.operations()) {
            Matcher names = PATH_PARAMETER.matcher(op.path());
            StringBuilder regex = new StringBuilder();
            List<String> captured = new ArrayList<>();
            int last = 0;
            while (names.find()) {
                regex.append(Pattern.quote(op.path().substring(last, names.start())))
                        .append("([^/]+)");
                captured.add(names.group(1));
                last = names.end();
            }
            regex.append(Pattern.quote(op.path().substring(last)));
            Matcher m = Pattern.compile(regex.toString()).matcher(path);
            if (m.matches()) {
                for (int i = 0; i < captured.size(); i++) {
                    pathValues.put(captured.get(i), m.group(i + 1));
                }
                return op;
            }
        }
        return null;
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

    /**
     * Picks the client's credential method that sends the cURL command's auth headers, and makes up
     * a credential for each {@code $VARIABLE} so the check can tell the headers apart.
     */
    private Naming.AuthMethod auth(Curl curl, List<String> credentials, Map<String, String> expected) {
        Map<String, String> headers = new LinkedHashMap<>();
        curl.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), fill(v)));
        Naming.AuthMethod best = null;
        int bestCount = 0;
        List<String> bestArgs = null;
        Map<String, String> bestHeaders = null;
        for (Naming.AuthMethod method : naming.authMethods()) {
            List<String> args = new ArrayList<>();
            Map<String, String> sent = new LinkedHashMap<>();
            boolean fits = true;
            for (String id : method.mode().schemeIds()) {
                AuthScheme scheme = model.scheme(id);
                String value = headers.get(scheme.headerName().toLowerCase(Locale.ROOT));
                String credential = null;
                if (value != null
                        && scheme.kind() == AuthScheme.Kind.BEARER
                        && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    credential = value.substring(7).strip();
                } else if (value != null && scheme.kind() == AuthScheme.Kind.API_KEY_HEADER) {
                    credential = value;
                }
                if (credential == null) {
                    fits = false;
                    break;
                }
                args.add(credential);
                sent.put(scheme.headerName(), value);
                for (String also : scheme.alsoHeaders()) {
                    if (!credential.equals(headers.get(also.toLowerCase(Locale.ROOT)))) {
                        fits = false;
                    }
                    sent.put(also, credential);
                }
            }
            if (fits && sent.size() > bestCount) {
                best = method;
                bestCount = sent.size();
                bestArgs = args;
                bestHeaders = sent;
            }
        }
        if (best != null) {
            credentials.addAll(bestArgs);
            expected.putAll(bestHeaders);
        }
        return best;
    }

    private static String fill(String value) {
        return VARIABLE.matcher(value)
                .replaceAll(m -> Matcher.quoteReplacement("test_" + m.group(1).toLowerCase(Locale.ROOT)));
    }

    private static String stripHttpHead(String output) {
        if (output == null || !output.startsWith("HTTP/")) {
            return output;
        }
        int blank = output.indexOf("\n\n");
        return blank < 0 ? "" : output.substring(blank + 2);
    }

    /** Runs one call against the server and compares what was sent and what came back. */
    Outcome check(Plan plan, Call call, CheckingServer server) {
        server.answerWith(plan.answer());
        Object result;
        try {
            result = call.run(server.url());
        } catch (Exception e) {
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            return outcome(plan, "the call threw " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        List<CheckingServer.Received> received = server.received();
        if (received.size() != 1) {
            return outcome(plan, "expected one request but the client sent " + received.size());
        }
        String failure = request(plan, received.get(0));
        if (failure == null && plan.op().result() != null && plan.expectedResult() != null) {
            JsonNode actual = Json.parse(Json.toJson(result));
            failure = JsonDiff.first(plan.expectedResult(), actual)
                    .map(d -> "result " + d)
                    .orElse(null);
        }
        return outcome(plan, failure);
    }

    private static String request(Plan plan, CheckingServer.Received r) {
        Curl curl = plan.example().curl();
        if (!r.method().equals(curl.method())) {
            return "request method: expected " + curl.method() + " but was " + r.method();
        }
        String path = Curl.decode(r.rawPath());
        if (!path.equals(curl.path())) {
            return "request path: expected " + curl.path() + " but was " + path;
        }
        JsonNode expectedQuery = Json.parse(Json.toJson(curl.query()));
        JsonNode actualQuery = Json.parse(Json.toJson(Curl.query(r.rawQuery())));
        Optional<JsonDiff.Difference> q = JsonDiff.first(expectedQuery, actualQuery);
        if (q.isPresent()) {
            return "request query " + q.get();
        }
        for (Map.Entry<String, String> h : plan.expectedHeaders().entrySet()) {
            String actual = r.header(h.getKey());
            boolean same = h.getKey().equalsIgnoreCase("Content-Type")
                    ? actual != null
                            && actual.toLowerCase(Locale.ROOT)
                                    .startsWith(h.getValue().toLowerCase(Locale.ROOT))
                    : h.getValue().equals(actual);
            if (!same) {
                return "request header " + h.getKey() + ": expected \"" + h.getValue() + "\" but was "
                        + (actual == null ? "(absent)" : "\"" + actual + "\"");
            }
        }
        JsonNode expectedBody = plan.expectedBody();
        JsonNode actualBody;
        try {
            actualBody = r.body().isBlank() ? null : Json.parse(r.body());
        } catch (IllegalArgumentException e) {
            return "request body: the client sent " + e.getMessage();
        }
        if (expectedBody == null || expectedBody.isObject() && expectedBody.isEmpty()) {
            boolean empty = actualBody == null || actualBody.isObject() && actualBody.isEmpty();
            return empty ? null : "request body: expected none but was " + actualBody;
        }
        return JsonDiff.first(expectedBody, actualBody)
                .map(d -> "request body " + d)
                .orElse(null);
    }

    /** The page's Response sample must read into the result type and write back the same. */
    static String responseSample(DocsPage page, Method reader) {
        JsonNode sample;
        try {
            sample = Json.parse(page.responseSample());
        } catch (IllegalArgumentException e) {
            return "the sample is " + e.getMessage();
        }
        if (reader == null) {
            return "the reader does not compile";
        }
        try {
            Object value = reader.invoke(null, page.responseSample());
            return JsonDiff.first(sample, Json.parse(Json.toJson(value)))
                    .map(d -> "round trip " + d)
                    .orElse(null);
        } catch (InvocationTargetException e) {
            return "does not read: " + e.getCause().getMessage();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static Outcome outcome(Plan plan, String failure) {
        return new Outcome(plan.page(), plan.example().line(), plan.example().title(), failure, false);
    }

    /** A Java string literal, for credentials written into runner code. */
    static String literal(String s) {
        return CodeBlock.of("$S", s).toString();
    }
}
