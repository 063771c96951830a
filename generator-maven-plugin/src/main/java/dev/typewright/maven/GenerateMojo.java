package dev.typewright.maven;

import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.load.Customizations;
import dev.typewright.generator.load.SpecException;
import dev.typewright.generator.report.ApiSurface;
import dev.typewright.generator.report.ChangeReport;
import dev.typewright.generator.write.GenerationState;
import dev.typewright.generator.write.Inputs;
import dev.typewright.generator.write.OutputWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a Java client from an OpenAPI document and adds it to the sources to compile. It
 * regenerates only when something that affects the output changed, removes files a schema no
 * longer generates, and reports what changed for callers of the client.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
    static final String REPORT = "typewright-changes.md";
    private static final int LOGGED_CHANGES = 50;

    /** The OpenAPI 3.0 or 3.1 document, YAML or JSON; files it references by {@code $ref} count as input too. */
    @Parameter(property = "typewright.spec", required = true)
    private File spec;

    /** The Java package of the client; models go in its {@code model} sub-package. */
    @Parameter(property = "typewright.packageName", required = true)
    private String packageName;

    /** The client's class name; by default the words of the spec's title but API, REST and versions, then {@code Client}. */
    @Parameter(property = "typewright.clientName")
    private String clientName;

    /**
     * The API's conventions: {@code standard} (plain OpenAPI and Typewright's {@code x-typewright-}
     * extensions) or {@code seam} (Seam's extensions, pages, action attempts and errors).
     */
    @Parameter(property = "typewright.profile", defaultValue = "standard")
    private String profile;

    /**
     * Run-time policies of your own, by kind: {@code retryPolicy}, {@code errorDecoder},
     * {@code pager}, {@code poller} or {@code interceptor}, each the name of a class with a public
     * no-argument constructor that the generated client's builder installs, such as
     * {@code <pager>com.example.PageNumberPager</pager>}. The class is compiled with the client.
     */
    @Parameter
    private Map<String, String> policies;

    /**
     * Java classes for OpenAPI types, each {@code type=class} or {@code type+format=class}:
     * {@code <typeMapping>string+uuid=java.util.UUID</typeMapping>},
     * {@code <typeMapping>integer=Long</typeMapping>}. A simple name is one of {@code java.lang}.
     */
    @Parameter(property = "typewright.typeMappings")
    private List<String> typeMappings;

    /**
     * Classes of your own for schemas of {@code components/schemas}, each {@code Schema=class}:
     * {@code <schemaMapping>Money=com.example.Money</schemaMapping>}. The class stands wherever
     * the schema is used, Jackson reads and writes it, and no type is generated for the schema.
     */
    @Parameter(property = "typewright.schemaMappings")
    private List<String> schemaMappings;

    /**
     * The operations to generate, if not all: each an {@code operationId}, {@code tag:} and a tag,
     * or a path with {@code *} for one segment and {@code **} for any, after a method or not
     * ({@code <include>GET /pets/**</include>}). Only the types these operations use are generated.
     */
    @Parameter(property = "typewright.includeOperations")
    private List<String> includeOperations;

    /** Operations to leave out, written as for {@code includeOperations}. */
    @Parameter(property = "typewright.excludeOperations")
    private List<String> excludeOperations;

    /** Where the sources go; the folder is added to the project's compile sources. */
    @Parameter(
            property = "typewright.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/typewright")
    private File outputDirectory;

    /** A folder of Mustache templates that replace the packaged ones of the same name. */
    @Parameter(property = "typewright.templateDirectory")
    private File templateDirectory;

    /**
     * Where to write a Markdown docs page per operation, each with a Java tab whose code is the
     * snippet the verifier runs; no pages unless set.
     */
    @Parameter(property = "typewright.docsOutputDirectory")
    private File docsOutputDirectory;

    /**
     * Where the plugin remembers what it generated last (one file per execution), to skip
     * unchanged builds, remove stale files and report changes. Point it at a folder that survives
     * {@code mvn clean} to get change reports across clean builds.
     */
    @Parameter(property = "typewright.stateDirectory", defaultValue = "${project.build.directory}/typewright-state")
    private File stateDirectory;

    /**
     * A file holding the API surface of the last released client (one entry per line), committed
     * beside the spec. When set, every generation reports its changes against it rather than
     * against the previous build, so a fresh clone reports too, and the report says whether the
     * next release is a major, minor or patch version. A missing file is written with the current
     * surface; {@code -Dtypewright.updateBaseline} rewrites it when you release.
     */
    @Parameter(property = "typewright.baseline")
    private File baseline;

    /** Rewrites the {@code baseline} file with the surface just generated (do it when you release). */
    @Parameter(property = "typewright.updateBaseline", defaultValue = "false")
    private boolean updateBaseline;

    /** Fails the build when the regenerated client breaks callers of the previous one (or of the baseline). */
    @Parameter(property = "typewright.failOnBreakingChange", defaultValue = "false")
    private boolean failOnBreakingChange;

    /** Regenerates even when nothing changed. */
    @Parameter(property = "typewright.force", defaultValue = "false")
    private boolean force;

    /** Skips generation altogether. */
    @Parameter(property = "typewright.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        if (skip) {
            getLog().info("Typewright: skipped (typewright.skip)");
            return;
        }
        quietSwaggerParser(getLog());
        try {
            GeneratorOptions options = new GeneratorOptions(
                    spec.toPath(),
                    outputDirectory.toPath(),
                    packageName,
                    clientName,
                    templateDirectory == null ? null : templateDirectory.toPath(),
                    docsOutputDirectory == null ? null : docsOutputDirectory.toPath(),
                    profile,
                    policies,
                    Customizations.of(typeMappings, schemaMappings, includeOperations, excludeOperations));
            Path stateFile = stateDirectory
                    .toPath()
                    .resolve(execution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_") + ".properties");
            GenerationState previous = GenerationState.read(stateFile);
            String identityStamp = Generator.identityStamp();
            if (!force
                    && previous != null
                    && previous.stamp().equals(Inputs.stamp(options, identityStamp, previous.inputs()))
                    && previous.filesPresent()) {
                skipped(start, previous.inputs().size() + " spec files unchanged on disk");
                return;
            }
            Inputs.Fingerprint fingerprint = Inputs.fingerprint(options, Generator.identity());
            String stamp = Inputs.stamp(options, identityStamp, fingerprint.files());
            if (!force
                    && previous != null
                    && previous.fingerprint().equals(fingerprint.value())
                    && previous.filesPresent()) {
                // Touched but not changed: the new stamp spares the next build reading them.
                new GenerationState(fingerprint.value(), stamp, fingerprint.files(), previous.files())
                        .write(stateFile, GenerationState.surface(stateFile));
                skipped(start, fingerprint.specFiles() + " spec files, " + fingerprint.templates() + " templates");
                return;
            }
            generate(options, fingerprint, stamp, previous, stateFile);
        } catch (SpecException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Typewright cannot write the output: " + OutputWriter.explain(e), e);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    /**
     * Swagger Parser logs into Maven's log what Typewright's one error message already says, some
     * of it with a stack trace; it is heard only with {@code -X}. Maven's SLF4J backend reads a
     * logger's level from this property when the logger is made, which is when Swagger Parser's
     * classes first load, after this.
     */
    static void quietSwaggerParser(org.apache.maven.plugin.logging.Log log) {
        if (!log.isDebugEnabled()) {
            System.setProperty("org.slf4j.simpleLogger.log.io.swagger", "off");
        }
    }

    private void skipped(long start, String inputs) {
        getLog().info("Typewright: skipped, nothing changed since the last generation (" + inputs
                + ", the configuration and generator " + Generator.version() + ") in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    private void generate(
            GeneratorOptions options,
            Inputs.Fingerprint fingerprint,
            String stamp,
            GenerationState previous,
            Path stateFile)
            throws SpecException, IOException, MojoFailureException {
        Generator.Result result = Generator.generate(options);
        result.warnings().forEach(w -> getLog().warn("Typewright: " + w));
        Map<String, String> surface =
                ApiSurface.of(result.output().model(), result.output().naming());
        Set<Path> current = new TreeSet<>(result.written());
        Map<String, String> before = baselineSurface(surface);
        if (before == null && previous != null) {
            before = GenerationState.surface(stateFile);
        }
        List<ChangeReport.Change> changes = before == null ? List.of() : ChangeReport.diff(before, surface);
        long breaking = changes.stream().filter(ChangeReport.Change::breaking).count();
        if (!changes.isEmpty()) {
            Path report = outputDirectory.toPath().toAbsolutePath().normalize().resolve(REPORT);
            Files.writeString(
                    report, ChangeReport.markdown(changes, "Changes to the generated client"), StandardCharsets.UTF_8);
            current.add(report);
            // A big spec change would bury the build log; the report file has every change.
            changes.stream().limit(LOGGED_CHANGES).forEach(c -> {
                if (c.impact() != ChangeReport.Impact.COMPATIBLE) {
                    getLog().warn("Typewright: " + c);
                } else {
                    getLog().info("Typewright: " + c);
                }
            });
            if (changes.size() > LOGGED_CHANGES) {
                getLog().info("Typewright: ... and " + (changes.size() - LOGGED_CHANGES) + " more changes in "
                        + report);
            }
        }
        List<Path> roots = new ArrayList<>(
                List.of(outputDirectory.toPath().toAbsolutePath().normalize()));
        if (docsOutputDirectory != null) {
            roots.add(docsOutputDirectory.toPath().toAbsolutePath().normalize());
        }
        int stale = previous == null ? 0 : previous.deleteStale(current, roots);
        getLog().info("Typewright: " + result.summary() + " from " + spec
                + (stale == 0 ? "" : ", " + stale + " stale files removed")
                + (before == null
                        ? ""
                        : ", " + changes.size() + " API changes (" + breaking + " breaking) since the "
                                + (baseline != null ? "baseline" : "last generation")));
        if (failOnBreakingChange && breaking > 0) {
            throw new MojoFailureException(
                    "Typewright: " + breaking + " breaking changes for callers of the client (see "
                            + outputDirectory.toPath().resolve(REPORT)
                            + "); set typewright.failOnBreakingChange=false to accept them");
        }
        new GenerationState(fingerprint.value(), stamp, fingerprint.files(), current).write(stateFile, surface);
    }

    /**
     * The baseline's surface to report against, or null without a baseline; writes the file when it
     * is missing or when asked to, and then reports nothing.
     */
    private Map<String, String> baselineSurface(Map<String, String> surface) throws IOException, MojoFailureException {
        if (baseline == null) {
            return null;
        }
        Path file = baseline.toPath();
        if (updateBaseline || !Files.exists(file)) {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, ApiSurface.text(surface), StandardCharsets.UTF_8);
            getLog().info("Typewright: recorded the API surface as the baseline in " + file);
            return surface;
        }
        try {
            return ApiSurface.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Typewright: the baseline " + file + " is not an API surface: "
                    + e.getMessage() + "; delete it to record the current one");
        }
    }
}
