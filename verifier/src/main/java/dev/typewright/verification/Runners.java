package dev.typewright.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.emit.SnippetEmitter;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.naming.Naming;
import dev.typewright.runtime.ClientCore;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The generated client and one small class per example, compiled together in this JVM. An
 * example whose snippet does not compile fails on its own; the others still run.
 */
final class Runners {
    private final Map<Verifier.Plan, String> classNames;
    private final Map<String, String> readerNames;
    private final Map<String, String> errors;
    private final ClassLoader loader;

    private Runners(
            Map<Verifier.Plan, String> classNames,
            Map<String, String> readerNames,
            Map<String, String> errors,
            ClassLoader loader) {
        this.classNames = classNames;
        this.readerNames = readerNames;
        this.errors = errors;
        this.loader = loader;
    }

    /** How many runners one javac run compiles. */
    private static final int BATCH = 200;

    static Runners compile(
            List<JavaFile> client,
            List<Verifier.Plan> plans,
            Map<String, Operation> samples,
            Naming naming,
            SnippetEmitter snippets,
            java.nio.file.Path work)
            throws IOException {
        Map<Verifier.Plan, String> classNames = new IdentityHashMap<>();
        Map<String, String> readerNames = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        int n = 0;
        for (Verifier.Plan plan : plans) {
            String name = "Example" + (++n);
            classNames.put(plan, name);
            sources.put(name, runner(name, plan, naming, snippets));
        }
        for (Map.Entry<String, Operation> e : samples.entrySet()) {
            SnippetEmitter.Snippet read = snippets.read(e.getValue());
            if (read != null) {
                String name = "Response" + (++n);
                readerNames.put(e.getKey(), name);
                sources.put(name, reader(name, read));
            }
        }
        java.nio.file.Files.createDirectories(work);
        List<JavaFileObject> clientSources = new ArrayList<>();
        client.forEach(f -> clientSources.add(f.toJavaFileObject()));
        Map<String, String> clientErrors = javac(clientSources, work, classpath());
        if (!clientErrors.isEmpty()) {
            throw new IllegalStateException("the generated client does not compile: "
                    + clientErrors.values().iterator().next());
        }
        // The runners compile against the client's classes, a batch at a time, so that a big API's
        // hundreds of examples neither hold every syntax tree at once nor recompile the client.
        String classpath = classpath() + File.pathSeparator + work;
        Map<String, String> errors = new HashMap<>();
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(sources.keySet()));
        for (int from = 0; from < names.size(); from += BATCH) {
            List<String> pending = new ArrayList<>(names.subList(from, Math.min(names.size(), from + BATCH)));
            while (!pending.isEmpty()) {
                List<JavaFileObject> batch = new ArrayList<>();
                pending.forEach(name -> batch.add(source(name, sources.get(name))));
                Map<String, String> failed = javac(batch, work, classpath);
                if (failed.isEmpty()) {
                    break;
                }
                if (failed.containsKey(null)) {
                    throw new IllegalStateException("the examples' runners do not compile: " + failed.get(null));
                }
                errors.putAll(failed);
                pending.removeAll(failed.keySet());
            }
        }
        ClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, Runners.class.getClassLoader());
        return new Runners(classNames, readerNames, errors, loader);
    }

    String error(Verifier.Plan plan) {
        return errors.get(classNames.get(plan));
    }

    Verifier.Call call(Verifier.Plan plan) {
        try {
            Method run = loader.loadClass(Verifier.RUNNER_PACKAGE + "." + classNames.get(plan))
                    .getMethod("run", String.class);
            return endpoint -> run.invoke(null, endpoint);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a compiled runner cannot be loaded", e);
        }
    }

    Method reader(String page) {
        String name = readerNames.get(page);
        if (name == null || errors.containsKey(name)) {
            return null;
        }
        try {
            return loader.loadClass(Verifier.RUNNER_PACKAGE + "." + name).getMethod("read", String.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a compiled reader cannot be loaded", e);
        }
    }

    private static String runner(String name, Verifier.Plan plan, Naming naming, SnippetEmitter snippets) {
        StringBuilder build = new StringBuilder(naming.clientName()).append(".builder().endpoint(endpoint)");
        if (plan.auth() != null) {
            build.append('.').append(plan.auth().name()).append('(');
            for (int i = 0; i < plan.credentials().size(); i++) {
                build.append(i == 0 ? "" : ", ")
                        .append(Verifier.literal(plan.credentials().get(i)));
            }
            build.append(')');
        }
        // An example shows one request and the response it gets; polling on from there would
        // check the server's next answers, which no page shows.
        build.append(".waitForCompletion(false).build()");
        SnippetEmitter.Snippet s = plan.snippet();
        return header(s.imports(), naming.clientPackage() + "." + naming.clientName())
                + "public final class " + name + " {\n"
                + "  private " + name + "() {}\n\n"
                + "  public static Object run(String endpoint) throws Exception {\n"
                + "    " + naming.clientName() + " " + snippets.clientVariable() + " = " + build + ";\n"
                + indent(s.code())
                + "    return " + (s.resultVariable() == null ? "null" : s.resultVariable()) + ";\n"
                + "  }\n}\n";
    }

    private static String reader(String name, SnippetEmitter.Snippet read) {
        return header(read.imports(), null)
                + "public final class " + name + " {\n"
                + "  private " + name + "() {}\n\n"
                + "  public static Object read(String json) {\n"
                + indent(read.code())
                + "    return " + read.resultVariable() + ";\n"
                + "  }\n}\n";
    }

    private static String header(List<String> imports, String clientClass) {
        Set<String> lines = new LinkedHashSet<>(imports);
        if (clientClass != null) {
            lines.add("import " + clientClass + ";");
        }
        return "package " + Verifier.RUNNER_PACKAGE + ";\n\n" + String.join("\n", lines) + "\n\n";
    }

    private static String indent(String code) {
        StringBuilder s = new StringBuilder();
        for (String line : code.strip().split("\n")) {
            s.append("    ").append(line).append('\n');
        }
        return s.toString();
    }

    private static JavaFileObject source(String name, String text) {
        URI uri = URI.create("string:///" + Verifier.RUNNER_PACKAGE.replace('.', '/') + "/" + name + ".java");
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /**
     * Compiles, and returns the first error of each runner that failed by class name, with the key
     * null for an error in the client itself; empty when everything compiled.
     */
    private static Map<String, String> javac(List<JavaFileObject> sources, java.nio.file.Path out, String classpath)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime; run with a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options =
                List.of("-d", out.toString(), "-classpath", classpath, "-proc:none", "-encoding", "UTF-8", "-nowarn");
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            if (javac.getTask(null, fm, diagnostics, options, null, sources).call()) {
                return Map.of();
            }
        }
        Map<String, String> failed = new HashMap<>();
        String prefix = "/" + Verifier.RUNNER_PACKAGE.replace('.', '/') + "/";
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String path = d.getSource() == null ? "" : d.getSource().toUri().getPath();
            String runner = path != null && path.startsWith(prefix)
                    ? path.substring(prefix.length()).replace(".java", "")
                    : null;
            String message =
                    d.getMessage(Locale.ROOT).lines().findFirst().orElse("") + " (line " + d.getLineNumber() + ")";
            failed.putIfAbsent(runner, runner == null ? path + ": " + message : message);
        }
        if (failed.isEmpty()) {
            failed.put(null, "javac failed without an error message");
        }
        return failed;
    }

    /**
     * The runtime, Jackson, JSpecify's annotations and whatever this JVM was started with: all the
     * generated code needs.
     */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(
                ClientCore.class,
                ObjectMapper.class,
                JsonProperty.class,
                JsonFactory.class,
                JavaTimeModule.class,
                org.jspecify.annotations.Nullable.class)) {
            var source = c.getProtectionDomain().getCodeSource();
            if (source == null) {
                throw new IllegalStateException("cannot locate the classes of " + c.getName());
            }
            try {
                entries.add(new File(source.getLocation().toURI()).getPath());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the classes of " + c.getName(), e);
            }
        }
        entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        return String.join(File.pathSeparator, entries);
    }
}
