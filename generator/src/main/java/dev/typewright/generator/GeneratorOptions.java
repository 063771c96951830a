package dev.typewright.generator;

import dev.typewright.generator.load.Customizations;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What to generate, from where, to where.
 *
 * @param templateDirectory a folder of Mustache templates that replace the packaged ones, or null
 * @param docsOutputDirectory where to write a docs page per operation, or null for none
 * @param profile the name of the API's conventions ({@code standard}, {@code seam}); null for
 *     the standard profile
 * @param policies run-time policies the user supplies, by kind ({@code retryPolicy},
 *     {@code errorDecoder}, {@code pager}, {@code poller}, {@code interceptor}): the fully qualified
 *     name of a class with a public no-argument constructor, which the generated builder installs
 * @param customizations type and schema mappings and the operations to generate; none if null
 */
public record GeneratorOptions(
        Path spec,
        Path outputDirectory,
        String packageName,
        String clientName,
        Path templateDirectory,
        Path docsOutputDirectory,
        String profile,
        Map<String, String> policies,
        Customizations customizations) {

    /** The kinds of run-time policy a user can supply, as the builder's methods name them. */
    public static final List<String> POLICY_KINDS =
            List.of("retryPolicy", "errorDecoder", "pager", "poller", "interceptor");

    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
                    + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");

    public GeneratorOptions(
            Path spec,
            Path outputDirectory,
            String packageName,
            String clientName,
            Path templateDirectory,
            Path docsOutputDirectory) {
        this(
                spec,
                outputDirectory,
                packageName,
                clientName,
                templateDirectory,
                docsOutputDirectory,
                null,
                Map.of(),
                Customizations.NONE);
    }

    public GeneratorOptions(
            Path spec, Path outputDirectory, String packageName, String clientName, Path templateDirectory) {
        this(spec, outputDirectory, packageName, clientName, templateDirectory, null);
    }

    public GeneratorOptions {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(packageName, "packageName");
        policies = Collections.unmodifiableMap(new TreeMap<>(policies == null ? Map.of() : policies));
        customizations = customizations == null ? Customizations.NONE : customizations;
        for (Map.Entry<String, String> policy : policies.entrySet()) {
            if (!POLICY_KINDS.contains(policy.getKey())) {
                throw new IllegalArgumentException(
                        "unknown policy " + policy.getKey() + "; the kinds are " + String.join(", ", POLICY_KINDS));
            }
            if (policy.getValue() == null
                    || !CLASS_NAME.matcher(policy.getValue()).matches()) {
                throw new IllegalArgumentException(
                        "policy " + policy.getKey() + " must name a class, such as com.example.MyPager");
            }
        }
    }

    /** These options with the profile and policies set. */
    public GeneratorOptions withProfile(String profile, Map<String, String> policies) {
        return new GeneratorOptions(
                spec,
                outputDirectory,
                packageName,
                clientName,
                templateDirectory,
                docsOutputDirectory,
                profile,
                policies,
                customizations);
    }

    /** These options with the user's type and schema mappings and operation filters. */
    public GeneratorOptions withCustomizations(Customizations customizations) {
        return new GeneratorOptions(
                spec,
                outputDirectory,
                packageName,
                clientName,
                templateDirectory,
                docsOutputDirectory,
                profile,
                policies,
                customizations);
    }
}
