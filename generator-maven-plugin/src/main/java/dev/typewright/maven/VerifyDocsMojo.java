package dev.typewright.maven;

import dev.typewright.generator.load.SpecException;
import dev.typewright.verification.Reports;
import dev.typewright.verification.Verification;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks an API's documented examples against its spec and against the client generated from
 * it, as {@code typewright verify} does: each example is PASS, FAIL (the client gets an example
 * that agrees with the spec wrong), DOCS (the example disagrees with the spec) or SKIP. Writes a
 * JUnit XML report, which CI servers show, and a Markdown summary; fails the build on a FAIL (and,
 * with {@code strict}, on a documentation problem), and when there is no example to check.
 */
@Mojo(name = "verify-docs", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyDocsMojo extends AbstractMojo {
    static final String JUNIT = "TEST-typewright-docs.xml";
    static final String SUMMARY = "typewright-docs.md";

    /** The OpenAPI 3.0 or 3.1 document, YAML or JSON. */
    @Parameter(property = "typewright.spec", required = true)
    private File spec;

    /**
     * A folder of docs pages in Seam's format; every {@code .md} file under it is read. Without it,
     * the examples the spec itself carries are checked.
     */
    @Parameter(property = "typewright.docs")
    private File docs;

    /** The API's conventions, as for {@code generate}: {@code standard} or {@code seam}. */
    @Parameter(property = "typewright.profile", defaultValue = "standard")
    private String profile;

    /**
     * The root client's class name, as given to {@code generate}, for pages written with it; the
     * default is the one derived from the spec's title.
     */
    @Parameter(property = "typewright.clientName")
    private String clientName;

    /** Fails the build on documentation problems (examples that disagree with the spec) too. */
    @Parameter(property = "typewright.strict", defaultValue = "false")
    private boolean strict;

    /** Where the JUnit XML report and the Markdown summary go. */
    @Parameter(property = "typewright.reportsDirectory", defaultValue = "${project.build.directory}/typewright-reports")
    private File reportsDirectory;

    /** Skips the check. */
    @Parameter(property = "typewright.verify.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Typewright: documented examples not checked (typewright.verify.skip)");
            return;
        }
        GenerateMojo.quietSwaggerParser(getLog());
        Verification.Report report;
        try {
            report = Verification.check(spec.toPath(), docs == null ? null : docs.toPath(), profile, clientName);
        } catch (Verification.NothingToCheckException | SpecException | IllegalArgumentException e) {
            throw new MojoFailureException("Typewright: " + e.getMessage());
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("Typewright: the examples could not be checked: " + e.getMessage(), e);
        }
        for (Verification.Result r : report.results()) {
            switch (r.verdict()) {
                case "FAIL" -> getLog().error("Typewright: " + r);
                case "DOCS" -> {
                    if (strict) {
                        getLog().error("Typewright: " + r);
                    } else {
                        getLog().warn("Typewright: " + r);
                    }
                }
                default -> getLog().info("Typewright: " + r);
            }
        }
        Path dir = reportsDirectory.toPath();
        try {
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve(JUNIT),
                    Reports.junitXml(report, "typewright verify-docs " + spec.getName(), strict),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    dir.resolve(SUMMARY),
                    Reports.markdown(report, "Documented examples of " + spec.getName()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Typewright cannot write the reports in " + dir + ": " + e.getMessage(), e);
        }
        getLog().info("Typewright: " + report.summary() + " (reports in " + dir + ")");
        if (report.failed(strict)) {
            throw new MojoFailureException("Typewright: " + report.summary()
                    + (report.count("FAIL") > 0 ? "" : "; with strict, documentation problems fail the build")
                    + " (see " + dir.resolve(SUMMARY) + ")");
        }
    }
}
