package dev.typewright.generator;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate, from where, to where.
 *
 * @param templateDirectory a folder of Mustache templates that replace the packaged ones, or null
 * @param docsOutputDirectory where to write a docs page per operation, or null for none
 */
public record GeneratorOptions(
        Path spec,
        Path outputDirectory,
        String packageName,
        String clientName,
        Path templateDirectory,
        Path docsOutputDirectory) {

    public GeneratorOptions(
            Path spec, Path outputDirectory, String packageName, String clientName, Path templateDirectory) {
        this(spec, outputDirectory, packageName, clientName, templateDirectory, null);
    }

    public GeneratorOptions {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(packageName, "packageName");
    }
}
