package dev.typewright.generator.docs;

import dev.typewright.generator.emit.SnippetEmitter;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Credential;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.naming.Naming;
import java.util.ArrayList;
import java.util.List;

/** Renders the generated client's README from the model, the names and the documented examples. */
public final class ReadmeRenderer {
    static final String TEMPLATE = "README.md.mustache";

    private ReadmeRenderer() {}

    public static TextFile render(ApiModel model, Naming naming, Templates templates, String runtimeVersion) {
        SnippetEmitter snippets = new SnippetEmitter(model, naming);
        List<ReadmeContext.AuthMethod> auth = new ArrayList<>();
        for (Naming.AuthMethod method : naming.authMethods()) {
            Credential credential = method.credential();
            List<String> headers = new ArrayList<>();
            for (Credential.Header header : credential.headers()) {
                headers.add("`" + header.shown() + "`");
            }
            List<String> args = new ArrayList<>();
            for (int i = 0; i < credential.inputs().size(); i++) {
                String prefix = credential.inputs().get(i).prefix();
                args.add("\""
                        + (prefix.isEmpty() ? placeholder(method.parameters().get(i)) : prefix + "...") + "\"");
            }
            auth.add(new ReadmeContext.AuthMethod(
                    method.name(), String.join(", ", args), String.join(", ", headers), credential.description()));
        }
        List<ReadmeContext.Operation> operations = new ArrayList<>();
        for (Operation op : model.operations()) {
            if (op.unlisted() != null) {
                continue;
            }
            List<ReadmeContext.Example> examples = new ArrayList<>();
            if (op.examples().isEmpty()) {
                examples.add(new ReadmeContext.Example(
                        null, snippets.call(op, null).code().strip()));
            }
            op.examples()
                    .forEach(e -> examples.add(new ReadmeContext.Example(
                            e.synthesized() ? null : e.summary(),
                            snippets.call(op, e.request()).code().strip())));
            operations.add(new ReadmeContext.Operation(
                    op.title() == null ? op.httpMethod() + " " + op.path() : op.title(),
                    op.httpMethod(),
                    op.path(),
                    op.description(),
                    op.deprecation().deprecated(),
                    examples));
        }
        ReadmeContext context = new ReadmeContext(
                model.title() == null ? naming.clientName() : model.title(),
                model.description(),
                naming.clientName(),
                naming.clientPackage(),
                naming.modelPackage(),
                snippets.clientVariable(),
                runtimeVersion,
                model.defaultServerUrl(),
                auth,
                auth.isEmpty() ? null : auth.get(0),
                operations);
        return new TextFile("README.md", templates.render(TEMPLATE, context));
    }

    private static String placeholder(String parameter) {
        return "<" + parameter.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + ">";
    }
}
