package dev.typewright.generator.docs;

import dev.typewright.generator.emit.SnippetEmitter;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.naming.Naming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the generated client's README from the model, the names and the documented examples. */
public final class ReadmeRenderer {
    static final String TEMPLATE = "README.md.mustache";

    private ReadmeRenderer() {}

    public static TextFile render(ApiModel model, Naming naming, Templates templates, String runtimeVersion) {
        SnippetEmitter snippets = new SnippetEmitter(model, naming);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("title", model.title() == null ? naming.clientName() : model.title());
        context.put("description", model.description());
        context.put("clientName", naming.clientName());
        context.put("clientPackage", naming.clientPackage());
        context.put("modelPackage", naming.modelPackage());
        context.put("clientVariable", snippets.clientVariable());
        context.put("runtimeVersion", runtimeVersion);
        context.put("defaultEndpoint", model.defaultServerUrl());

        List<Map<String, Object>> auth = new ArrayList<>();
        for (Naming.AuthMethod method : naming.authMethods()) {
            List<String> headers = new ArrayList<>();
            List<String> args = new ArrayList<>();
            for (int i = 0; i < method.mode().schemeIds().size(); i++) {
                AuthScheme scheme = model.scheme(method.mode().schemeIds().get(i));
                headers.add(
                        scheme.kind() == AuthScheme.Kind.BEARER
                                ? "`Authorization: Bearer`"
                                : "`" + scheme.headerName() + "`");
                scheme.alsoHeaders().forEach(h -> headers.add("`" + h + "`"));
                args.add("\"" + placeholder(method.parameters().get(i)) + "\"");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", method.name());
            m.put("arguments", String.join(", ", args));
            m.put("headers", String.join(", ", headers));
            m.put("description", model.scheme(method.mode().schemeIds().get(0)).description());
            auth.add(m);
        }
        context.put("authModes", auth);
        context.put("firstAuth", auth.isEmpty() ? null : auth.get(0));

        List<Map<String, Object>> operations = new ArrayList<>();
        for (Operation op : model.operations()) {
            if (op.unlisted() != null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", op.title() == null ? op.httpMethod() + " " + op.path() : op.title());
            m.put("httpMethod", op.httpMethod());
            m.put("path", op.path());
            m.put("description", op.description());
            m.put("deprecated", op.deprecation().deprecated());
            List<Map<String, Object>> examples = new ArrayList<>();
            if (op.examples().isEmpty()) {
                examples.add(example(null, snippets.call(op, null)));
            }
            op.examples().forEach(e -> examples.add(example(e.summary(), snippets.call(op, e.request()))));
            m.put("examples", examples);
            operations.add(m);
        }
        context.put("operations", operations);
        return new TextFile("README.md", templates.render(TEMPLATE, context));
    }

    private static Map<String, Object> example(String summary, SnippetEmitter.Snippet snippet) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", summary);
        m.put("code", snippet.code().strip());
        return m;
    }

    private static String placeholder(String parameter) {
        return "<" + parameter.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + ">";
    }
}
