package dev.typewright.cli;

import dev.typewright.generator.load.SpecException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code typewright} command. Every failure is one line on stderr, never a stack trace unless
 * {@code --stacktrace} asks for it; help and version go to stdout with exit 0.
 */
@Command(
        name = "typewright",
        mixinStandardHelpOptions = true,
        versionProvider = Typewright.Version.class,
        description = "Generates typed Java clients from OpenAPI documents, and checks an API's documented examples"
                + " against the client generated from its spec.",
        subcommands = {GenerateCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true)
public final class Typewright implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--stacktrace",
            scope = ScopeType.INHERIT,
            description = "On a failure, print the stack trace after the message.")
    boolean stacktrace;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Typewright());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("typewright: " + ex.getMessage());
            failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for its usage.");
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            failed.getErr().println("typewright: " + ex.getMessage());
            if (stacktrace) {
                ex.printStackTrace(failed.getErr());
            }
            return ex instanceof SpecException || ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: generate or verify");
    }

    /** The version of the jar, as its manifest gives it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Typewright.class.getPackage().getImplementationVersion();
            return new String[] {"typewright " + (version == null ? "(a development build)" : version)};
        }
    }
}
