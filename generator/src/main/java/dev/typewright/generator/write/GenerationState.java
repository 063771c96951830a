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
 * What the last generation of one plugin execution left behind: the fingerprint of its inputs,
 * the files it wrote, and the Java-facing surface of the API, so the next build can skip, clean
 * up stale files and report what changed.
 *
 * @param surface the API as Java callers see it (see {@code ApiSurface})
 */
public record GenerationState(String fingerprint, Set<Path> files, Map<String, String> surface) {
    private static final String FINGERPRINT = "fingerprint";
    private static final String FILE = "file.";
    private static final String SURFACE = "surface.";

    /** The state stored in {@code file}, or null when there is none or it cannot be read. */
    public static GenerationState read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
        Set<Path> files = new TreeSet<>();
        Map<String, String> surface = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(FILE)) {
                files.add(Path.of(p.getProperty(key)));
            } else if (key.startsWith(SURFACE)) {
                surface.put(key.substring(SURFACE.length()), p.getProperty(key));
            }
        }
        return new GenerationState(p.getProperty(FINGERPRINT, ""), files, surface);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        lines.add(FINGERPRINT + "=" + fingerprint);
        int i = 0;
        for (Path f : files) {
            lines.add(escape(FILE + (i++)) + "=" + escape(f.toString()));
        }
        surface.forEach((k, v) -> lines.add(escape(SURFACE + k) + "=" + escape(v)));
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
