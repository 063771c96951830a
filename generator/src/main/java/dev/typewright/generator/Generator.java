package dev.typewright.generator;

import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.docs.DocsPageRenderer;
import dev.typewright.generator.docs.ReadmeRenderer;
import dev.typewright.generator.docs.Templates;
import dev.typewright.generator.docs.TextFile;
import dev.typewright.generator.emit.JavaEmitter;
import dev.typewright.generator.load.SpecException;
import dev.typewright.generator.load.SpecLoader;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.naming.Identifiers;
import dev.typewright.generator.naming.Naming;
import dev.typewright.generator.profile.Profiles;
import dev.typewright.generator.write.Inputs;
import dev.typewright.generator.write.OutputWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/** The whole pipeline: load the spec, name everything, emit Java and docs, write the files. */
public final class Generator {
    private Generator() {}

    /**
     * What one run produced, for the one line the plugin and the command line print.
     *
     * @param written every file the run wrote or found already up to date, as absolute paths
     * @param writeMillis the time from the last Java file made to the last file written
     * @param renderMillis the time rendering and writing took in all, most of it on a second thread
     *     while the next files were made
     */
    public record Result(Output output, List<Path> written, long millis, long writeMillis, long renderMillis) {
        /** Where the time went, for benchmarks: {@code parse 812 ms, model 95 ms, ...}. */
        public String timings() {
            return "parse " + output.parseMillis() + " ms, model " + output.modelMillis() + " ms, emit "
                    + output.emitMillis() + " ms, write " + writeMillis + " ms (rendering and writing took "
                    + renderMillis + " ms, most of it beside emitting)";
        }

        public String summary() {
            return output.model().operations().size() + " operations, "
                    + output.model().types().size() + " types, " + written.size() + " files in " + millis + " ms";
        }

        public List<String> warnings() {
            return output.warnings();
        }
    }

    /**
     * The files a spec generates, in memory: the pure part of the pipeline.
     *
     * @param docsPages a page per operation, relative to the docs folder; empty unless asked for
     */
    public record Output(
            ApiModel model,
            Naming naming,
            List<JavaFile> javaFiles,
            List<TextFile> textFiles,
            List<TextFile> docsPages,
            List<String> warnings,
            long parseMillis,
            long modelMillis,
            long emitMillis) {}

    public static Output emit(GeneratorOptions options) throws SpecException {
        List<JavaFile> java = new ArrayList<>();
        return emit(options, java::add, java);
    }

    /**
     * Emits into {@code sink}; {@code kept} is what the returned output lists as its Java files.
     */
    private static Output emit(GeneratorOptions options, Consumer<JavaFile> sink, List<JavaFile> kept)
            throws SpecException {
        SpecLoader.Loaded loaded = SpecLoader.load(
                options.spec(),
                Profiles.named(options.profile()),
                options.docsOutputDirectory() != null,
                options.customizations());
        long emitStart = System.nanoTime();
        ApiModel model = loaded.model();
        Naming naming = Naming.of(model, options.packageName(), clientName(options, model));
        JavaEmitter.emit(model, naming, options.policies(), sink);
        Templates templates = Templates.of(options.templateDirectory());
        TextFile readme = ReadmeRenderer.render(model, naming, templates, version());
        List<TextFile> docs =
                options.docsOutputDirectory() == null ? List.of() : DocsPageRenderer.render(model, naming, templates);
        return new Output(
                model,
                naming,
                kept,
                List.of(readme),
                docs,
                loaded.warnings(),
                loaded.parseMillis(),
                loaded.modelMillis(),
                (System.nanoTime() - emitStart) / 1_000_000);
    }

    /**
     * Generates and writes; each Java file is rendered and written as soon as it is made, so the
     * returned output lists no Java files (they are on disk) and the whole client is never held.
     */
    public static Result generate(GeneratorOptions options) throws SpecException, IOException {
        long start = System.nanoTime();
        Output output;
        List<Path> written;
        long emitted;
        long rendering;
        try (OutputWriter.Streaming out = new OutputWriter.Streaming(options.outputDirectory())) {
            try {
                output = emit(options, out, List.of());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            emitted = System.nanoTime();
            for (TextFile text : output.textFiles()) {
                out.write(text);
            }
            written = new ArrayList<>(out.finish());
            rendering = out.millis();
        }
        if (options.docsOutputDirectory() != null) {
            written.addAll(OutputWriter.write(options.docsOutputDirectory(), List.of(), output.docsPages()));
        }
        long end = System.nanoTime();
        return new Result(
                output, List.copyOf(written), (end - start) / 1_000_000, (end - emitted) / 1_000_000, rendering);
    }

    /** The client's class name: as configured, else {@link #clientName(String)} of the API's title. */
    static String clientName(GeneratorOptions options, ApiModel model) {
        return options.clientName() != null ? options.clientName() : clientName(model.title());
    }

    /** Words of a title that say nothing about which API it is. */
    private static final java.util.regex.Pattern GENERIC_WORD =
            java.util.regex.Pattern.compile("(?i)api|apis|rest|restful|http|openapi|v?\\d+(\\.\\d+)*");

    /**
     * The API's title as a class name, with {@code Client}: every word but the generic ones (API,
     * REST, a version) and possessives, at most four words ({@code "Swagger Petstore"} is
     * {@code SwaggerPetstoreClient}, {@code "GitHub's v3 REST API"} {@code GitHubClient}); {@code
     * ApiClient} for a title with nothing else.
     */
    static String clientName(String title) {
        StringBuilder name = new StringBuilder();
        int words = 0;
        for (String word : (title == null ? "" : title).split("[^\\p{L}\\p{N}.'’]+")) {
            String bare = word.replaceAll("['’]s$", "").replaceAll("['’.]", "");
            if (bare.isEmpty()
                    || GENERIC_WORD.matcher(word.replaceAll("['’]s$", "")).matches()
                    || words == 4) {
                continue;
            }
            name.append(Character.toUpperCase(bare.charAt(0))).append(bare.substring(1));
            words++;
        }
        String pascal = Identifiers.pascal(name.length() == 0 ? "api" : name.toString());
        return pascal + "Client";
    }

    /**
     * What identifies this generator's code for skip-if-unchanged checks: the version, and for a
     * SNAPSHOT (whose code changes under one version) the hash of its jar too.
     */
    public static String identity() {
        return version(jar ->
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar))));
    }

    /**
     * {@link #identity()} without reading the jar: the version, and for a SNAPSHOT the jar's path,
     * size and time of last change.
     */
    public static String identityStamp() {
        return version(jar -> jar + " " + Inputs.stat(jar));
    }

    private interface JarFact {
        String of(Path jar) throws IOException, NoSuchAlgorithmException;
    }

    /** The version, and for a SNAPSHOT loaded from a jar, what {@code fact} says of that jar. */
    private static String version(JarFact fact) {
        String version = version();
        Path jar = version.endsWith("-SNAPSHOT") ? jar() : null;
        if (jar == null) {
            return version;
        }
        try {
            return version + " " + fact.of(jar);
        } catch (IOException | NoSuchAlgorithmException unreadable) {
            // Without the jar to read, the version alone identifies the generator.
            return version;
        }
    }

    /** The jar this generator was loaded from, or null when it was not loaded from one. */
    private static Path jar() {
        try {
            var source = Generator.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            return location != null && Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException | IllegalArgumentException unknown) {
            return null;
        }
    }

    /** This generator's version, which the generated README pins the runtime to. */
    public static String version() {
        try (InputStream in = Generator.class.getResourceAsStream("/typewright/generator.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
