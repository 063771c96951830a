package dev.typewright.maven;

import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import dev.typewright.generator.load.SpecException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Generates a Java client from an OpenAPI document and adds it to the sources to compile. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
  /** The OpenAPI 3.0 or 3.1 document, YAML or JSON. */
  @Parameter(property = "typewright.spec", required = true)
  private File spec;

  /** The Java package of the client; models go in its {@code model} sub-package. */
  @Parameter(property = "typewright.packageName", required = true)
  private String packageName;

  /** The client's class name; by default the spec's title followed by {@code Client}. */
  @Parameter(property = "typewright.clientName")
  private String clientName;

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

  /** Skips generation altogether. */
  @Parameter(property = "typewright.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Typewright: skipped (typewright.skip)");
      return;
    }
    GeneratorOptions options;
    try {
      options =
          new GeneratorOptions(
              spec.toPath(),
              outputDirectory.toPath(),
              packageName,
              clientName,
              templateDirectory == null ? null : templateDirectory.toPath(),
              docsOutputDirectory == null ? null : docsOutputDirectory.toPath());
      Generator.Result result = Generator.generate(options);
      result.warnings().forEach(w -> getLog().warn("Typewright: " + w));
      getLog().info("Typewright: " + result.summary() + " from " + spec);
    } catch (SpecException | IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Typewright cannot write " + outputDirectory + ": " + e, e);
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
  }
}
