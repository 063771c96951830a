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
     * @return 0 when nothing failed, 1 when something did or the run could not finish, 2 for a
     *     docs folder that is not one or holds no example to check, or a bad spec
     */
    public static int verify(Path spec, Path docs, String profile, PrintWriter out, PrintWriter err) {
        if (!Files.isDirectory(docs)) {
            err.println("typewright verify: " + docs + " is not a folder");
            return 2;
        }
        Path work = null;
        try {
            Verifier verifier = Verifier.forSpec(spec, profile);
            work = Files.createTempDirectory("typewright-verify");
            List<Verifier.Outcome> outcomes = verifier.verify(docs, work);
            long passed = outcomes.stream().filter(Verifier.Outcome::passed).count();
            long failed = outcomes.stream()
                    .filter(o -> o.failure() != null && !o.skipped())
                    .count();
            outcomes.forEach(out::println);
            out.println(passed + " passed, " + failed + " failed");
            if (passed + failed == 0) {
                // A mistyped folder must not pass a build as "0 passed, 0 failed".
                err.println("typewright verify: no documented example to check under " + docs);
                return 2;
            }
            return failed == 0 ? 0 : 1;
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
