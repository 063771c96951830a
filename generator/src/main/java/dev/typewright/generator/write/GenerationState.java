package dev.typewright.generator.write;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last generation of one plugin execution left behind: the fingerprint of its inputs and
 * their stamp, the files it wrote, and (in a file beside it, read only when generating again) the
 * Java-facing surface of the API, so that the next build can skip, clean up stale files and report
 * what changed.
 *
 * @param stamp the inputs' {@link Inputs#stamp stamp}, which can be checked without reading them
 * @param inputs the spec files the fingerprint covered
 */
public record GenerationState(String fingerprint, String stamp, List<Path> inputs, Set<Path> files) {
    private static final String FINGERPRINT = "fingerprint";
    private static final String STAMP = "stamp";
    private static final String INPUT = "input.";
    private static final String FILE = "file.";
    private static final String SURFACE = "surface.";

    /** The state stored in {@code file}, or null when there is none or it cannot be read. */
    public static GenerationState read(Path file) {
        Properties p = load(file);
        if (p == null) {
            return null;
        }
        Set<Path> files = new TreeSet<>();
        Map<Integer, Path> inputs = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(FILE)) {
                files.add(Path.of(p.getProperty(key)));
            } else if (key.startsWith(INPUT)) {
                try {
                    inputs.put(Integer.parseInt(key.substring(INPUT.length())), Path.of(p.getProperty(key)));
                } catch (NumberFormatException foreign) {
                    return null;
                }
            }
        }
        return new GenerationState(
                p.getProperty(FINGERPRINT, ""), p.getProperty(STAMP, ""), List.copyOf(inputs.values()), files);
    }

    /**
     * The API surface the generation that wrote {@code file} recorded, or null when there is none;
     * a state written before the surface had a file of its own carries it inside.
     */
    public static Map<String, String> surface(Path file) {
        Properties own = load(surfaceFile(file));
        Properties p = own != null ? own : load(file);
        if (p == null) {
            return null;
        }
        Map<String, String> surface = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(SURFACE)) {
                surface.put(key.substring(SURFACE.length()), p.getProperty(key));
            }
        }
        return own != null || !surface.isEmpty() ? surface : null;
    }

    private static Properties load(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
        return p;
    }

    private static Path surfaceFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(
                (dot > 0 ? name.substring(0, dot) : name) + ".surface" + (dot > 0 ? name.substring(dot) : ""));
    }

    /** Writes this state to {@code file}, and {@code surface} beside it unless it is null. */
    public void write(Path file, Map<String, String> surface) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        lines.add(FINGERPRINT + "=" + fingerprint);
        lines.add(STAMP + "=" + stamp);
        int i = 0;
        for (Path input : inputs) {
            lines.add(escape(INPUT + (i++)) + "=" + escape(input.toString()));
        }
        i = 0;
        for (Path f : files) {
            lines.add(escape(FILE + (i++)) + "=" + escape(f.toString()));
        }
        if (surface != null) {
            List<String> surfaceLines = new ArrayList<>();
            new TreeMap<>(surface).forEach((k, v) -> surfaceLines.add(escape(SURFACE + k) + "=" + escape(v)));
            writeLines(surfaceFile(file), surfaceLines);
        }
        writeLines(file, lines);
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    /** Whether every file the last generation wrote is still there. */
    public boolean filesPresent() {
        return files.stream().allMatch(Files::isRegularFile);
    }

    /**
     * Deletes the files the last generation wrote that this one did not, and folders they leave
     * empty, but only inside {@code roots}: nothing else is ever touched.
     *
     * @return how many files were deleted
     */
    public int deleteStale(Set<Path> current, List<Path> roots) throws IOException {
        int deleted = 0;
        for (Path old : files) {
            Path root =
                    roots.stream().filter(r -> old.startsWith(r)).findFirst().orElse(null);
            if (root == null || current.contains(old) || !Files.isRegularFile(old)) {
                continue;
            }
            Files.delete(old);
            deleted++;
            for (Path dir = old.getParent();
                    dir != null && dir.startsWith(root) && !dir.equals(root);
                    dir = dir.getParent()) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(dir);
            }
        }
        return deleted;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '=', ':', '#', '!', ' ' -> out.append('\\').append(c);
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
