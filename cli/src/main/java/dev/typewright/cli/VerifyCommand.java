package dev.typewright.cli;

import dev.typewright.verification.Verification;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code typewright verify}: runs an API's documented examples against the client of its spec. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = Typewright.Version.class,
        description = "Generates the client of a spec, checks every example of the Markdown pages under a docs folder"
                + " against the spec's schemas, runs the ones that agree against the client (the request it sends"
                + " and the result it returns), and prints a line per example (PASS, FAIL, DOCS for an example"
                + " that disagrees with the spec, SKIP) and a total.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no example failed (documentation problems aside, unless --strict)",
            "1:an example failed (or, with --strict, disagrees with the spec), or the run could not finish",
            "2:bad arguments, a docs folder that is not one or holds no example to check, or a bad spec"
        },
        usageHelpAutoWidth = true)
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The OpenAPI document, YAML or JSON.")
    Path specFile;

    @Option(
            names = "--docs",
            paramLabel = "DIR",
            description = "The folder of docs pages; every .md file under it is read, in path order. Without it,"
                    + " the examples the spec itself carries (example or examples of a request body, its"
                    + " parameters and its success response) are checked.")
    Path docs;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = "seam",
            description = "The API's conventions (the pages are in Seam's docs format). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(
            names = "--client-name",
            paramLabel = "NAME",
            description = "The root client's class name the pages were generated with (generate --client-name)."
                    + " Default: the one generate derives from the spec's title.")
    String clientName;

    @Option(
            names = "--strict",
            description = "Fail (exit 1) on documentation problems too: examples that disagree with the spec.")
    boolean strict;

    @Override
    public Integer call() {
        return Verification.verify(
                specFile,
                docs,
                profile,
                clientName,
                strict,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
