package dev.typewright.generator.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.typewright.generator.emit.SnippetEmitter;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Credential;
import dev.typewright.generator.model.Example;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.naming.Naming;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders one docs page per operation, in the format of Seam's API reference, with a Java tab
 * whose code is the snippet the verifier compiles and runs, beside a cURL tab that shows the wire.
 */
public final class DocsPageRenderer {
    static final String PAGE = "docs-page.md.mustache";
    static final String EXAMPLE = "docs-example.md.mustache";
    private static final ObjectWriter PRETTY = new ObjectMapper()
            .writer(new DefaultPrettyPrinter()
                    .withSeparators(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
    private static final Pattern BACKTICKS = Pattern.compile("`{3,}");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final ApiModel model;
    private final Naming naming;
    private final Templates templates;
    private final SnippetEmitter snippets;
    private final boolean synthesized;

    private DocsPageRenderer(ApiModel model, Naming naming, Templates templates, boolean synthesized) {
        this.synthesized = synthesized;
        this.model = model;
        this.naming = naming;
        this.templates = templates;
        this.snippets = new SnippetEmitter(model, naming);
    }

    /**
     * One page per documented operation (undocumented and draft ones stay out), at a path made of
     * the operation's path segments.
     */
    public static List<TextFile> render(ApiModel model, Naming naming, Templates templates) {
        return render(model, naming, templates, true);
    }

    /**
     * @param synthesized whether a call the spec shows no example of gets one made up from its
     *     schemas; without, its page has no example
     */
    public static List<TextFile> render(ApiModel model, Naming naming, Templates templates, boolean synthesized) {
        DocsPageRenderer renderer = new DocsPageRenderer(model, naming, templates, synthesized);
        List<TextFile> pages = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Operation op : model.operations()) {
            if (op.unlisted() == null) {
                pages.add(new TextFile(renderer.pagePath(op, taken), renderer.page(op)));
            }
        }
        return pages;
    }

    /**
     * A relative file path that the spec cannot steer out of the docs folder: every segment is
     * reduced to safe characters, and pages that would collide (ignoring case) get the method.
     */
    private String pagePath(Operation op, Set<String> taken) {
        List<String> segments = new ArrayList<>();
        for (String segment : op.path().split("/")) {
            String safe = segment.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
            if (!safe.isEmpty()) {
                segments.add(safe);
            }
        }
        String base = segments.isEmpty() ? "index" : String.join("/", segments);
        String path = base;
        if (!taken.add(path.toLowerCase(Locale.ROOT))) {
            path = base + "_" + op.httpMethod().toLowerCase(Locale.ROOT);
            for (int i = 2; !taken.add(path.toLowerCase(Locale.ROOT)); i++) {
                path = base + "_" + op.httpMethod().toLowerCase(Locale.ROOT) + i;
            }
        }
        return path + ".md";
    }

    private String page(Operation op) {
        List<Example> examples = op.examples().stream()
                .filter(e -> synthesized || !e.synthesized())
                .toList();
        List<DocsPageContext.MoreExample> more = new ArrayList<>();
        for (Example e : examples.subList(Math.min(1, examples.size()), examples.size())) {
            more.add(new DocsPageContext.MoreExample(e.summary() == null ? e.name() : e.summary(), example(op, e)));
        }
        JsonNode sample = examples.isEmpty() ? null : result(op, examples.get(0).response());
        String json = sample == null ? null : pretty(sample);
        DocsPageContext context = new DocsPageContext(
                op.title() == null ? op.httpMethod() + " " + op.path() : op.title(),
                op.description(),
                op.deprecation().deprecated(),
                op.deprecation().note(),
                examples.isEmpty() ? null : example(op, examples.get(0)),
                more,
                !more.isEmpty(),
                authMethods(),
                parameters(op),
                naming.outcomeTypeName(op) != null
                        ? naming.outcomeTypeName(op)
                        : op.result() == null ? null : snippets.javaType(op.result()),
                json,
                json == null ? null : fence(json));
        return templates.render(PAGE, context);
    }

    private String example(Operation op, Example example) {
        String code = snippets.call(op, example.request()).code().strip();
        JsonNode result = result(op, example.response());
        String output = result == null ? null : pretty(result);
        String curl = curl(op, example.request());
        String wire = example.response() == null ? null : pretty(example.response());
        DocsExampleContext context = new DocsExampleContext(
                example.summary(),
                code,
                fence(code),
                output,
                output == null ? null : fence(output),
                curl,
                fence(curl),
                wire,
                wire == null ? null : fence(wire));
        return templates.render(EXAMPLE, context).strip();
    }

    /** What the Java call returns: the response key's value, or the whole body. */
    private static JsonNode result(Operation op, JsonNode response) {
        if (op.result() == null || response == null) {
            return null;
        }
        return op.responseKey() != null && response.has(op.responseKey()) ? response.get(op.responseKey()) : response;
    }

    /** The same call as a cURL command: the wire format the Java call must produce. */
    private String curl(Operation op, JsonNode request) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        op.parameters().forEach(p -> byName.put(p.name(), p));
        String path = op.path();
        List<String> query = new ArrayList<>();
        List<String> headers = new ArrayList<>(authHeaders());
        JsonNode body = null;
        if (request != null) {
            Parameter whole = op.parameters().stream()
                    .filter(p -> p.location() == Parameter.Location.BODY_VALUE)
                    .findFirst()
                    .orElse(null);
            if (whole != null) {
                body = request;
            } else {
                com.fasterxml.jackson.databind.node.ObjectNode fields = new ObjectMapper().createObjectNode();
                for (Map.Entry<String, JsonNode> e : request.properties()) {
                    Parameter p = byName.get(e.getKey());
                    Parameter.Location at = p == null
                            ? (op.hasBody() ? Parameter.Location.BODY : Parameter.Location.QUERY)
                            : p.location();
                    String text = e.getValue().isValueNode()
                            ? e.getValue().asText()
                            : e.getValue().toString();
                    switch (at) {
                        case PATH ->
                            path = path.replace(
                                    "{" + e.getKey() + "}", encode(text).replace("+", "%20"));
                        case QUERY -> query.add(encode(e.getKey()) + "=" + encode(text));
                        case HEADER -> headers.add(shell(e.getKey()) + ": " + shell(text));
                        default -> fields.set(e.getKey(), e.getValue());
                    }
                }
                body = fields.isEmpty() && !op.hasBody() ? null : fields;
            }
        }
        Matcher unfilled = PATH_PARAMETER.matcher(shell(path));
        path = unfilled.replaceAll(r -> Matcher.quoteReplacement("$" + constant(r.group(1))));
        String base = model.defaultServerUrl() == null
                ? "https://api.example.com"
                : model.defaultServerUrl().replaceAll("/+$", "");
        String url = shell(base) + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        StringBuilder s = new StringBuilder("curl --include --request ")
                .append(op.httpMethod())
                .append(" \"")
                .append(url)
                .append('"');
        for (String header : headers) {
            s.append(" \\\n  --header \"").append(header).append('"');
        }
        if (body != null) {
            s.append(" \\\n  --json @- <<EOF\n")
                    .append(hereDocument(pretty(body)))
                    .append("\nEOF");
        }
        return s.toString();
    }

    private List<String> authHeaders() {
        if (naming.authMethods().isEmpty()) {
            return List.of();
        }
        Naming.AuthMethod method = naming.authMethods().get(0);
        List<String> headers = new ArrayList<>();
        if (method.credential().headers().stream().anyMatch(h -> !h.bearer() && !h.plainHeader())) {
            return headers;
        }
        for (Credential.Header header : method.credential().headers()) {
            String variable = "$"
                    + constant(snippets.clientVariable() + "_"
                            + method.parameters().get(header.input()));
            headers.add(header.bearer() ? "Authorization: Bearer " + variable : shell(header.name()) + ": " + variable);
        }
        return headers;
    }

    private List<DocsPageContext.AuthMethod> authMethods() {
        List<DocsPageContext.AuthMethod> methods = new ArrayList<>();
        for (Naming.AuthMethod method : naming.authMethods()) {
            List<String> headers = new ArrayList<>();
            method.credential().headers().forEach(h -> headers.add("`" + h.shown() + "`"));
            methods.add(new DocsPageContext.AuthMethod(method.name(), String.join(", ", headers)));
        }
        return methods;
    }

    private List<DocsPageContext.Parameter> parameters(Operation op) {
        List<DocsPageContext.Parameter> parameters = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            parameters.add(new DocsPageContext.Parameter(
                    p.location() == Parameter.Location.BODY_VALUE ? naming.parameterName(op, p) : p.name(),
                    snippets.javaType(p.type()),
                    p.required(),
                    p.deprecation().deprecated(),
                    p.description()));
        }
        return parameters;
    }

    private static String constant(String camelOrSnake) {
        return camelOrSnake
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_")
                .toUpperCase(Locale.ROOT);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Spec text made literal inside a double-quoted shell word. */
    private static String shell(String s) {
        return s.replaceAll("([\"\\\\`$])", "\\\\$1");
    }

    /** Text made literal inside an unquoted here-document, where double quotes are not special. */
    private static String hereDocument(String s) {
        return s.replaceAll("([\\\\`$])", "\\\\$1");
    }

    /** A code fence longer than any run of backticks in the text, so the text cannot close it. */
    public static String fence(String text) {
        int longest = 2;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return "`".repeat(longest + 1);
    }

    static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree always serializes", e);
        }
    }
}
