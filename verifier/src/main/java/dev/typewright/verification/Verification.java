package dev.typewright.verification;

import dev.typewright.generator.load.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Verifies an API's documented examples: generates the client for the spec with the profile's
 * conventions, runs every example of every page under the docs folder against it, prints a line
 * per example and a total. The command line's {@code typewright verify} calls this.
 */
public final class Verification {
    private Verification() {}

    /**
     * @param docs a folder of docs pages, or null to check the examples the spec itself carries
     * @param clientName the root client's class name the pages' Java tabs use, as generated; null
     *     for the one derived from the spec's title
     * @param strict whether a documentation problem (an example that disagrees with the spec)
     *     fails the run like a failure of the client
     * @return 0 when nothing failed, 1 when something did (or, strict, the docs disagree with the
     *     spec) or the run could not finish, 2 for a docs folder that is not one or holds no example
     *     to check, or a bad spec
     */
    public static int verify(
            Path spec, Path docs, String profile, String clientName, boolean strict, PrintWriter out, PrintWriter err) {
        Report report;
        try {
            report = check(spec, docs, profile, clientName);
        } catch (NothingToCheckException | SpecException | IllegalArgumentException e) {
            err.println("typewright verify: " + e.getMessage());
            return 2;
        } catch (IOException | IllegalStateException e) {
            err.println("typewright verify: " + e.getMessage());
            return 1;
        }
        report.results().forEach(out::println);
        out.println(report.summary());
        return report.failed(strict) ? 1 : 0;
    }

    /**
     * Checks the examples of every page under {@code docs}, or those the spec carries.
     *
     * @param docs a folder of docs pages, or null for the spec's own examples
     * @param clientName the root client's class name, or null for the one derived from the title
     * @throws NothingToCheckException when the folder is not one, or there is no example to check
     *     (a mistyped folder must not pass a build)
     * @throws SpecException when the spec cannot be generated from
     */
    public static Report check(Path spec, Path docs, String profile, String clientName)
            throws NothingToCheckException, SpecException, IOException {
        if (docs != null && !Files.isDirectory(docs)) {
            throw new NothingToCheckException(docs + " is not a folder");
        }
        Path work = null;
        try {
            Verifier verifier = Verifier.forSpec(spec, profile, clientName, docs == null);
            work = Files.createTempDirectory("typewright-verify");
            Path pages = docs;
            if (docs == null) {
                pages = Files.createDirectories(work.resolve("spec-examples"));
                if (verifier.writeSpecPages(pages) == 0) {
                    throw new NothingToCheckException(spec
                            + " carries no examples to check (example or examples of a request body, its"
                            + " parameters or its success response); give a folder of docs pages");
                }
            }
            List<Result> results = verifier.verify(pages, work.resolve("classes")).stream()
                    .map(Verifier.Outcome::result)
                    .toList();
            Report report = new Report(results);
            if (report.count("PASS") + report.count("FAIL") + report.count("DOCS") == 0) {
                throw new NothingToCheckException(
                        "no documented example to check under " + (docs == null ? "the spec's own examples" : docs));
            }
            return report;
        } finally {
            delete(work);
        }
    }

    /**
     * One checked example or sample.
     *
     * @param verdict {@code PASS}; {@code FAIL}, the example agrees with the spec and the client gets
     *     it wrong; {@code DOCS}, the example disagrees with the spec; {@code SKIP}, nothing to check
     * @param message why it failed, disagrees or was skipped; null when it passed
     */
    public record Result(String page, int line, String title, String verdict, String message) {
        @Override
        public String toString() {
            return verdict + "  " + page + (line > 0 ? ":" + line : "") + "  " + title
                    + (message == null ? "" : ": " + message);
        }
    }

    /** What a run found, in page and line order. */
    public record Report(List<Result> results) {
        public Report {
            results = List.copyOf(results);
        }

        public long count(String verdict) {
            return results.stream().filter(r -> r.verdict().equals(verdict)).count();
        }

        /** Whether the run fails a build: a FAIL, or, when strict, a documentation problem. */
        public boolean failed(boolean strict) {
            return count("FAIL") > 0 || (strict && count("DOCS") > 0);
        }

        public String summary() {
            return count("PASS") + " passed, " + count("FAIL") + " failed, " + count("DOCS")
                    + " documentation problems, " + count("SKIP") + " skipped";
        }
    }

    /** There is nothing to check where the run was pointed. */
    public static final class NothingToCheckException extends Exception {
        private static final long serialVersionUID = 1L;

        NothingToCheckException(String message) {
            super(message);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException leftBehind) {
            // A temporary folder that cannot be removed does not change the verdict.
        }
    }
}
