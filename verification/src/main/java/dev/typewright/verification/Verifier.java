package dev.typewright.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.emit.SnippetEmitter;
import dev.typewright.generator.load.SpecException;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.naming.Naming;
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

    private final Naming naming;
    private final SnippetEmitter snippets;
    private final List<JavaFile> client;
    private final Planner planner;

    private Verifier(Generator.Output output) {
        this.naming = output.naming();
        this.snippets = new SnippetEmitter(output.model(), naming);
        this.client = output.javaFiles();
        this.planner = new Planner(output.model(), naming, snippets);
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
                                    : Checks.check(plan, runners.call(plan), server));
                } else if (item instanceof String page) {
                    DocsPage p = samples.get(page);
                    outcomes.add(new Outcome(
                            page,
                            p.responseLine(),
                            "Response sample",
                            Checks.responseSample(p, runners.reader(page)),
                            false));
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
