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

    /** {@link #verify(Path, Path, String, boolean, PrintWriter, PrintWriter)}, not strict. */
    public static int verify(Path spec, Path docs, String profile, PrintWriter out, PrintWriter err) {
        return verify(spec, docs, profile, false, out, err);
    }

    /**
     * @param docs a folder of docs pages, or null to check the examples the spec itself carries
     * @param docs a folder of docs pages, or null to check the examples the spec itself carries
     * @param strict whether a documentation problem (an example that disagrees with the spec)
     *     fails the run like a failure of the client
     * @return 0 when nothing failed, 1 when something did (or, strict, the docs disagree with the
     *     spec) or the run could not finish, 2 for a docs folder that is not one or holds no example
     *     to check, or a bad spec
     */
    public static int verify(Path spec, Path docs, String profile, boolean strict, PrintWriter out, PrintWriter err) {
        if (docs != null && !Files.isDirectory(docs)) {
            err.println("typewright verify: " + docs + " is not a folder");
            return 2;
        }
        Path work = null;
        try {
            Verifier verifier = Verifier.forSpec(spec, profile);
            work = Files.createTempDirectory("typewright-verify");
            Path pages = docs;
            if (docs == null) {
                pages = Files.createDirectories(work.resolve("spec-examples"));
                if (verifier.writeSpecPages(pages) == 0) {
                    err.println("typewright verify: " + spec
                            + " carries no examples to check (example or examples of a request body, its"
                            + " parameters or its success response); give --docs a folder of docs pages");
                    return 2;
                }
            }
            List<Verifier.Outcome> outcomes = verifier.verify(pages, work.resolve("classes"));
            long passed = count(outcomes, Verifier.Verdict.PASS);
            long failed = count(outcomes, Verifier.Verdict.FAIL);
            long documentation = count(outcomes, Verifier.Verdict.DOCS);
            outcomes.forEach(out::println);
            out.println(passed + " passed, " + failed + " failed, " + documentation + " documentation problems, "
                    + count(outcomes, Verifier.Verdict.SKIP) + " skipped");
            if (passed + failed + documentation == 0) {
                // A mistyped folder must not pass a build as "0 passed, 0 failed".
                err.println("typewright verify: no documented example to check under "
                        + (docs == null ? "the spec's own examples" : docs));
                return 2;
            }
            return failed > 0 || (strict && documentation > 0) ? 1 : 0;
        } catch (SpecException | IllegalArgumentException e) {
            err.println("typewright verify: " + e.getMessage());
            return 2;
        } catch (IOException | IllegalStateException e) {
            err.println("typewright verify: " + e.getMessage());
            return 1;
        } finally {
            delete(work);
        }
    }

    private static long count(List<Verifier.Outcome> outcomes, Verifier.Verdict verdict) {
        return outcomes.stream().filter(o -> o.verdict() == verdict).count();
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
