package dev.typewright.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.typewright.runtime.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a call sent and returned, held against what its example documents. */
final class Checks {
    private Checks() {}

    /** Runs one call against the server and compares what was sent and what came back. */
    static Verifier.Outcome check(Verifier.Plan plan, Verifier.Call call, CheckingServer server) {
        server.answerWith(plan.answer());
        Object result;
        try {
            result = call.run(server.url() + plan.basePath());
        } catch (Exception e) {
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            return Verifier.outcome(
                    plan, "the call threw " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        List<CheckingServer.Received> received = server.received();
        if (received.size() != 1) {
            return Verifier.outcome(plan, "expected one request but the client sent " + received.size());
        }
        String failure = request(plan, received.get(0));
        if (failure == null && plan.op().result() != null && plan.expectedResult() != null) {
            JsonNode actual = Json.parse(Json.toJson(result));
            failure = JsonDiff.first(plan.expectedResult(), actual)
                    .map(d -> "result " + d)
                    .orElse(null);
        }
        return Verifier.outcome(plan, failure);
    }

    private static String request(Verifier.Plan plan, CheckingServer.Received r) {
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

    /**
     * The page's Response sample must read into the result type and write back the same. Seam's
     * pages show a list result as one of its elements ("Returns: Array of ..."), so for an
     * operation that returns a list, a sample that is not one stands for a list of it.
     */
    static String responseSample(DocsPage page, Method reader, boolean listResult) {
        JsonNode sample;
        try {
            sample = Json.parse(page.responseSample());
        } catch (IllegalArgumentException e) {
            return "the sample is " + e.getMessage();
        }
        if (reader == null) {
            return "the reader does not compile";
        }
        if (listResult && !sample.isArray()) {
            sample = JsonNodeFactory.instance.arrayNode().add(sample);
        }
        try {
            Object value = reader.invoke(null, sample.toString());
            return JsonDiff.first(sample, Json.parse(Json.toJson(value)))
                    .map(d -> "round trip " + d)
                    .orElse(null);
        } catch (InvocationTargetException e) {
            return "does not read: " + e.getCause().getMessage();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
