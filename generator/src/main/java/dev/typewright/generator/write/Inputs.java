package dev.typewright.generator.write;

import dev.typewright.generator.GeneratorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything a generation depends on, reduced to one fingerprint without parsing the spec: the
 * spec and every file it reaches through {@code $ref}, the options, the templates in the template
 * folder, and the generator's version. The same fingerprint means the same output.
 */
public final class Inputs {
    /** A {@code $ref} to another file: its value up to any {@code #}, in JSON or YAML. */
    private static final Pattern FILE_REF = Pattern.compile("[\"']?\\$ref[\"']?\\s*:\\s*[\"']?([^\"'#\\s}{,]+)");

    private Inputs() {}

    /**
     * @param generatorIdentity the generator's version, plus anything that tells two builds of one
     *     SNAPSHOT apart
     * @return the fingerprint, and how many files went into it
     */
    public static Fingerprint fingerprint(GeneratorOptions options, String generatorIdentity) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "generator " + generatorIdentity);
        options(digest, options);
        Set<Path> specFiles = specFiles(options.spec());
        for (Path file : specFiles) {
            update(digest, "spec " + file);
            digest.update(Files.readAllBytes(file));
        }
        int templates = 0;
        Path root = templateRoot(options);
        if (root != null) {
            update(digest, "templates " + root);
            for (Path file : templates(root)) {
                update(digest, "template " + root.relativize(file));
                digest.update(Files.readAllBytes(file));
                templates++;
            }
        }
        return new Fingerprint(
                HexFormat.of().formatHex(digest.digest()), specFiles.size(), templates, List.copyOf(specFiles));
    }

    /**
     * What the inputs look like on disk, without reading them: the options, the size and time of
     * last change of each spec file and template, and the generator's own stamp. While the stamp
     * stays the same, so does the fingerprint; a changed stamp (a file touched, say) sends the
     * plugin back to the fingerprint, which reads every file.
     *
     * @param specFiles the spec files the last fingerprint covered; any new file a spec reaches
     *     is reached through a changed spec file
     * @param generatorStamp the generator's version, plus its jar's size and time for a SNAPSHOT
     */
    public static String stamp(GeneratorOptions options, String generatorStamp, List<Path> specFiles)
            throws IOException {
        MessageDigest digest = sha256();
        update(digest, "generator " + generatorStamp);
        options(digest, options);
        for (Path file : specFiles) {
            update(digest, "spec " + file + " " + stat(file));
        }
        Path root = templateRoot(options);
        if (root != null) {
            for (Path file : templates(root)) {
                update(digest, "template " + file + " " + stat(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A file's size and time of last change, or {@code missing}. */
    public static String stat(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "missing";
        }
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toInstant();
    }

    private static void options(MessageDigest digest, GeneratorOptions options) {
        update(digest, "package " + options.packageName());
        update(digest, "client " + options.clientName());
        update(digest, "profile " + options.profile());
        update(digest, "policies " + options.policies());
        update(digest, "customizations " + options.customizations());
        update(digest, "output " + options.outputDirectory().toAbsolutePath().normalize());
        update(
                digest,
                "docs "
                        + (options.docsOutputDirectory() == null
                                ? ""
                                : options.docsOutputDirectory().toAbsolutePath().normalize()));
    }

    private static Path templateRoot(GeneratorOptions options) {
        return options.templateDirectory() != null && Files.isDirectory(options.templateDirectory())
                ? options.templateDirectory().toAbsolutePath().normalize()
                : null;
    }

    private static List<Path> templates(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * What a fingerprint covered, for the line the plugin logs.
     *
     * @param files the spec files, in a stable order
     */
    public record Fingerprint(String value, int specFiles, int templates, List<Path> files) {}

    /** The spec and the files its {@code $ref}s reach, transitively, in a stable order. */
    static Set<Path> specFiles(Path spec) throws IOException {
        Set<Path> seen = new TreeSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        todo.add(spec.toAbsolutePath().normalize());
        while (!todo.isEmpty()) {
            Path file = todo.poll();
            if (!seen.add(file) || !Files.isRegularFile(file)) {
                continue;
            }
            Matcher m = FILE_REF.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String ref = m.group(1);
                if (!ref.isEmpty() && !ref.contains("://")) {
                    todo.add(file.getParent().resolve(ref).normalize());
                }
            }
        }
        seen.removeIf(p -> !Files.isRegularFile(p));
        return seen;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
