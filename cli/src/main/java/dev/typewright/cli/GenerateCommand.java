package dev.typewright.cli;

import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.load.Customizations;
import dev.typewright.generator.load.SpecException;
import dev.typewright.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code typewright generate}: an OpenAPI document in, the sources of its Java client out. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = Typewright.Version.class,
        description = "Generates the Java client of an OpenAPI 3.0 or 3.1 document: request, response and model"
                + " classes, a client per resource, and a README.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the client was generated",
            "1:the output could not be written",
            "2:bad arguments, or a spec that cannot be generated from (every problem is listed)"
        },
        usageHelpAutoWidth = true)
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The OpenAPI document, YAML or JSON.")
    Path specFile;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "DIR",
            description = "Where the sources and the README go; files that did not change are left alone.")
    Path output;

    @Option(
            names = "--package",
            required = true,
            paramLabel = "NAME",
            description = "The client's Java package; models go in NAME.model.")
    String packageName;

    @Option(
            names = "--client-name",
            paramLabel = "NAME",
            description =
                    "The root client's class name. Default: the words of the spec's title but API, REST and versions, and Client (Swagger Petstore: SwaggerPetstoreClient).")
    String clientName;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "Mustache templates that replace the packaged ones of the same name.")
    Path templates;

    @Option(names = "--docs-output", paramLabel = "DIR", description = "Also write a Markdown page per operation here.")
    Path docsOutput;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = "standard",
            description = "The API's conventions: standard (plain OpenAPI) or seam. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(
            names = "--policy",
            paramLabel = "KIND=CLASS",
            description = "A run-time policy of your own for the generated client, by kind: retryPolicy, errorDecoder,"
                    + " pager, poller or interceptor; may be repeated.")
    Map<String, String> policies = new LinkedHashMap<>();

    @Option(
            names = "--type-mapping",
            paramLabel = "TYPE=CLASS",
            description = "A Java class for an OpenAPI type, by type or type+format: integer=Long,"
                    + " string+uuid=java.util.UUID; may be repeated.")
    List<String> typeMappings = new ArrayList<>();

    @Option(
            names = "--schema-mapping",
            paramLabel = "SCHEMA=CLASS",
            description = "A class of your own for a schema of components/schemas, which is then not generated:"
                    + " Money=com.example.Money; may be repeated.")
    List<String> schemaMappings = new ArrayList<>();

    @Option(
            names = "--include",
            paramLabel = "FILTER",
            description = "Generate only matching operations: an operationId, tag:NAME, or a path with * and **"
                    + " after a method or not ('GET /pets/**'); may be repeated.")
    List<String> include = new ArrayList<>();

    @Option(
            names = "--exclude",
            paramLabel = "FILTER",
            description = "Leave out matching operations, written as for --include; may be repeated.")
    List<String> exclude = new ArrayList<>();

    @Option(
            names = "--timings",
            arity = "0..1",
            paramLabel = "true|false",
            description = "Also print the time each stage took.")
    boolean timings;

    @Override
    public Integer call() {
        try {
            Generator.Result result = Generator.generate(new GeneratorOptions(
                    specFile,
                    output,
                    packageName,
                    clientName,
                    templates,
                    docsOutput,
                    profile,
                    policies,
                    Customizations.of(typeMappings, schemaMappings, include, exclude)));
            result.warnings().forEach(w -> spec.commandLine().getErr().println("typewright: warning: " + w));
            spec.commandLine().getOut().println("typewright: " + result.summary());
            if (timings) {
                spec.commandLine().getOut().println("typewright: " + result.timings());
            }
            return 0;
        } catch (SpecException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("typewright: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("typewright: cannot write the output: " + OutputWriter.explain(e));
            return 1;
        }
    }
}
