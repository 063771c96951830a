package dev.typewright.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.docs.DocsPageRenderer;
import dev.typewright.generator.docs.Templates;
import dev.typewright.generator.docs.TextFile;
import dev.typewright.generator.emit.SnippetEmitter;
import dev.typewright.generator.load.SpecException;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.naming.Naming;
import dev.typewright.runtime.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** A call under test: given the server's URL, make the documented call and return the result. */
    @FunctionalInterface
    interface Call {
        Object run(String endpoint) throws Exception;
    }

    /** The result of one check; {@code failure} is null when it passed, {@code skipped} when nothing could be checked. */
    /**
     * What came of one example or sample.
     *
     * @param failure why it failed, or why it was skipped; null when it passed
     * @param docs how the documentation disagrees with the spec, which makes the verdict
     *     {@link Verdict#DOCS}; null when it agrees
     */
    record Outcome(String page, int line, String title, String failure, boolean skipped, String docs) {
        Outcome(String page, int line, String title, String failure, boolean skipped) {
            this(page, line, title, failure, skipped, null);
        }

        static Outcome docs(String page, int line, String title, List<String> disagreements) {
            String first = disagreements.get(0);
            return new Outcome(
                    page,
                    line,
                    title,
                    null,
                    false,
                    disagreements.size() == 1 ? first : first + " (and " + (disagreements.size() - 1) + " more)");
        }

        Verdict verdict() {
            return skipped ? Verdict.SKIP : docs != null ? Verdict.DOCS : failure == null ? Verdict.PASS : Verdict.FAIL;
        }

        boolean passed() {
            return verdict() == Verdict.PASS;
        }

        /** The outcome as reports show it. */
        Verification.Result result() {
            return new Verification.Result(page, line, title, verdict().name(), docs != null ? docs : failure);
        }

        @Override
        public String toString() {
            return result().toString();
        }
    }

    /**
     * PASS: the example agrees with the spec and our client honours it. FAIL: it agrees with the
     * spec and our client does not (our bug). DOCS: it disagrees with the spec (the
     * documentation's bug). SKIP: nothing to check, with the reason.
     */
    enum Verdict {
        PASS,
        FAIL,
        DOCS,
        SKIP
    }

    /**
     * Everything needed to check one example.
     *
     * @param expectedHeaders headers the client must send, with credentials filled in
     * @param expectedResult what the call must return, serialized; null when it returns nothing
     * @param basePath the path of the spec's server URL, which the client's endpoint carries
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
            SnippetEmitter.Snippet snippet,
            String basePath) {}

    private final Naming naming;
    private final SnippetEmitter snippets;
    private final List<JavaFile> client;
    private final Planner planner;

    private final SpecConformance conformance;

    private final List<TextFile> specPages;

    private Verifier(Generator.Output output, SpecConformance conformance, boolean specPages) {
        this.specPages = !specPages
                ? List.of()
                : DocsPageRenderer.render(output.model(), output.naming(), Templates.of(null), false).stream()
                        .filter(page -> page.content().contains("{% tab title=\"cURL\" %}"))
                        .toList();
        this.naming = output.naming();
        this.snippets = new SnippetEmitter(output.model(), naming);
        this.client = output.javaFiles();
        this.conformance = conformance;
        this.planner = new Planner(output.model(), naming, snippets, conformance);
    }

    /** Seam's docs format goes with Seam's conventions. */
    static Verifier forSpec(Path spec) throws SpecException {
        return forSpec(spec, "seam");
    }

    static Verifier forSpec(Path spec, String profile) throws SpecException {
        return forSpec(spec, profile, false);
    }

    /** @param specPages whether to render the spec's own examples as pages ({@link #writeSpecPages}) */
    static Verifier forSpec(Path spec, String profile, boolean specPages) throws SpecException {
        return forSpec(spec, profile, null, specPages);
    }

    /**
     * @param clientName the root client's class name the pages were written with, or null for the
     *     one the generator derives from the spec's title
     */
    static Verifier forSpec(Path spec, String profile, String clientName, boolean specPages) throws SpecException {
        // The pages are rendered, never written: the docs folder the options name is not used.
        Generator.Output output =
                Generator.emit(new GeneratorOptions(spec, Path.of("unused"), CLIENT_PACKAGE, clientName, null, null)
                        .withProfile(profile, Map.of()));
        JsonNode raw;
        try {
            raw = SpecConformance.tree(spec);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + spec + " again: " + e.getMessage(), e);
        }
        return new Verifier(output, new SpecConformance(spec, raw), specPages);
    }

    /** How a Response sample disagrees with the spec; nothing when it does not parse (the check says so). */
    private List<String> sampleDisagreements(Operation op, String sample, boolean list) {
        JsonNode json;
        try {
            json = Json.parse(sample);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (list && !json.isArray()) {
            json = JsonNodeFactory.instance.arrayNode().add(json);
        }
        return conformance.result(op, json).stream().map(p -> "sample " + p).toList();
    }

    /**
     * Writes a docs page, in Seam's format, for each operation whose spec carries examples
     * ({@code example} or {@code examples} of its body, parameters and response), so that a spec's
     * own examples are checked like documented ones.
     *
     * @return how many pages there are
     */
    int writeSpecPages(Path dir) throws IOException {
        for (TextFile page : specPages) {
            Path file = dir.resolve(page.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.content(), StandardCharsets.UTF_8);
        }
        return specPages.size();
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
                }
                pageOp = pageOp == null ? planner.operation(example) : pageOp;
            }
            if (page.responseSample() != null && pageOp != null) {
                samples.put(name, page);
                sampleOps.put(name, pageOp);
                order.add(name);
            } else if (page.responseSample() != null) {
                order.add(new Outcome(
                        name,
                        page.responseLine(),
                        "Response sample",
                        "no example on the page names its operation",
                        true));
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
                                    : Checks.check(plan, runners.call(plan), server));
                } else if (item instanceof String page) {
                    DocsPage p = samples.get(page);
                    Operation op = sampleOps.get(page);
                    boolean list = op.result() instanceof TypeRef.ListOf;
                    List<String> disagreements = sampleDisagreements(op, p.responseSample(), list);
                    outcomes.add(
                            disagreements.isEmpty()
                                    ? new Outcome(
                                            page,
                                            p.responseLine(),
                                            "Response sample",
                                            Checks.responseSample(p, runners.reader(page), list),
                                            false)
                                    : Outcome.docs(page, p.responseLine(), "Response sample", disagreements));
                }
            }
        }
        // Pages in path order, and within a page in the order a reader meets them: the Response
        // sample sits between the main example and the ones under Examples.
        outcomes.sort(Comparator.comparing(Outcome::page).thenComparingInt(Outcome::line));
        return outcomes;
    }

    /** A plan for the example, or an Outcome saying why it cannot be checked. */
    Object plan(String page, DocsPage.DocExample example) {
        return planner.plan(page, example);
    }

    /** Runs one call against the server and compares what was sent and what came back. */
    Outcome check(Plan plan, Call call, CheckingServer server) {
        return Checks.check(plan, call, server);
    }

    static Outcome outcome(Plan plan, String failure) {
        return new Outcome(plan.page(), plan.example().line(), plan.example().title(), failure, false);
    }

    /** A Java string literal, for credentials written into runner code. */
    static String literal(String s) {
        return CodeBlock.of("$S", s).toString();
    }
}
