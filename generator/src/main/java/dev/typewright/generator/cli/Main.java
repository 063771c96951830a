package dev.typewright.generator.cli;

import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.load.SpecException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code typewright generate --spec FILE --output DIR --package NAME [--client-name NAME]
 * [--templates DIR] [--docs-output DIR] [--profile NAME] [--policy KIND=CLASS]... [--timings true]}. Exits 0 on success, 2 on a bad spec or bad arguments, 1 when the output
 * cannot be written; every failure is one message, never a stack trace.
 */
public final class Main {
    static final String USAGE =
            "usage: typewright generate --spec FILE --output DIR --package NAME [--client-name NAME] [--templates DIR]"
                    + " [--docs-output DIR] [--profile standard|seam] [--policy KIND=CLASS]... [--timings true]";
    private static final Set<String> OPTIONS = Set.of(
            "--spec",
            "--output",
            "--package",
            "--client-name",
            "--templates",
            "--docs-output",
            "--profile",
            "--policy",
            "--timings");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> policies = new HashMap<>();
        if (args.length == 0 || !args[0].equals("generate")) {
            err.println(USAGE);
            return 2;
        }
        for (int i = 1; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                err.println("typewright: unknown or incomplete option " + args[i]);
                err.println(USAGE);
                return 2;
            }
            if (args[i].equals("--policy")) {
                String[] policy = args[i + 1].split("=", 2);
                if (policy.length != 2) {
                    err.println("typewright: --policy takes KIND=CLASS, such as pager=com.example.PageNumberPager");
                    return 2;
                }
                policies.put(policy[0], policy[1]);
            }
            values.put(args[i], args[i + 1]);
        }
        for (String required : new String[] {"--spec", "--output", "--package"}) {
            if (!values.containsKey(required)) {
                err.println("typewright: " + required + " is required");
                err.println(USAGE);
                return 2;
            }
        }
        try {
            GeneratorOptions options = new GeneratorOptions(
                    Path.of(values.get("--spec")),
                    Path.of(values.get("--output")),
                    values.get("--package"),
                    values.get("--client-name"),
                    values.containsKey("--templates") ? Path.of(values.get("--templates")) : null,
                    values.containsKey("--docs-output") ? Path.of(values.get("--docs-output")) : null,
                    values.get("--profile"),
                    policies);
            Generator.Result result = Generator.generate(options);
            result.warnings().forEach(w -> err.println("typewright: warning: " + w));
            out.println("typewright: " + result.summary());
            if (Boolean.parseBoolean(values.get("--timings"))) {
                out.println("typewright: " + result.timings());
            }
            return 0;
        } catch (SpecException | IllegalArgumentException e) {
            err.println("typewright: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("typewright: cannot write the output: " + e);
            return 1;
        }
    }
}
