package dev.typewright.verification;

import dev.typewright.generator.load.SpecException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code java -jar typewright-verify.jar --spec FILE --docs DIR [--profile NAME]}: generates the
 * client for the spec with the profile's conventions ({@code seam} by default, since the pages are
 * in Seam's docs format), runs every example of every page under DIR against it, prints a line per example and a
 * total. Exits 0 when nothing failed, 1 when something did, 2 on bad arguments or a bad spec.
 */
public final class VerifyMain {
    static final String USAGE = "usage: java -jar typewright-verify.jar --spec FILE --docs DIR [--profile NAME]";

    private VerifyMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path spec = null;
        Path docs = null;
        String profile = "seam";
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length
                    || !List.of("--spec", "--docs", "--profile").contains(args[i])) {
                err.println("typewright-verify: unknown or incomplete option " + args[i]);
                err.println(USAGE);
                return 2;
            }
            if (args[i].equals("--spec")) {
                spec = Path.of(args[i + 1]);
            } else if (args[i].equals("--profile")) {
                profile = args[i + 1];
            } else {
                docs = Path.of(args[i + 1]);
            }
        }
        if (spec == null || docs == null) {
            err.println(USAGE);
            return 2;
        }
        if (!Files.isDirectory(docs)) {
            err.println("typewright-verify: " + docs + " is not a folder");
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
            return failed == 0 ? 0 : 1;
        } catch (SpecException | IllegalArgumentException e) {
            err.println("typewright-verify: " + e.getMessage());
            return 2;
        } catch (IOException | IllegalStateException e) {
            err.println("typewright-verify: " + e.getMessage());
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
