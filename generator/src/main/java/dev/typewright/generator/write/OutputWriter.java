package dev.typewright.generator.write;

import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.docs.TextFile;
import dev.typewright.generator.emit.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The edge where generated files meet the disk. A file whose bytes did not change is left alone,
 * so its timestamp stays put and incremental compilers do not recompile it.
 */
public final class OutputWriter {
    private OutputWriter() {}

    /** Writes every file and returns their absolute paths. */
    public static List<Path> write(Path root, List<JavaFile> javaFiles, List<TextFile> textFiles) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        for (JavaFile file : javaFiles) {
            String dir = file.packageName().replace('.', '/');
            Path target = base.resolve(dir).resolve(file.typeSpec().name() + ".java");
            writeIfChanged(target, SourceText.render(file).getBytes(StandardCharsets.UTF_8));
            written.add(target);
        }
        for (TextFile file : textFiles) {
            Path target = base.resolve(file.path()).normalize();
            writeIfChanged(target, file.content().getBytes(StandardCharsets.UTF_8));
            written.add(target);
        }
        return written;
    }

    /**
     * A failure to write, as a sentence about the path rather than the exception's text: a file
     * where a folder is needed, a folder that may not be written.
     */
    public static String explain(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is a file, where a folder is needed";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + " cannot be written: permission denied";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            for (Path at = Path.of(f.getFile()); at != null; at = at.getParent()) {
                if (Files.isRegularFile(at)) {
                    return at + " is a file, where a folder is needed";
                }
            }
            return f.getFile() + (f.getReason() == null ? " cannot be written" : ": " + f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }
}
