package dev.typewright.generator.write;

import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.docs.TextFile;
import dev.typewright.generator.emit.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.function.Consumer;

/**
 * The edge where generated files meet the disk. A file whose bytes did not change is left alone,
 * so its timestamp stays put and incremental compilers do not recompile it.
 */
public final class OutputWriter {
    private OutputWriter() {}

    /** Writes every file and returns their absolute paths. */
    public static List<Path> write(Path root, List<JavaFile> javaFiles, List<TextFile> textFiles) throws IOException {
        Streaming out = new Streaming(root);
        try {
            javaFiles.forEach(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (TextFile file : textFiles) {
            out.write(file);
        }
        return out.written();
    }

    /**
     * Renders and writes each Java file as it is handed over, so that no more than one rendered
     * file is held at a time. (Rendering on a second thread while the next file is made was tried:
     * on 2 cores it was slower, the JIT compiler and the collector wanting that core too.) A
     * failure to write is thrown as an {@link UncheckedIOException} by the call that hit it.
     */
    public static final class Streaming implements Consumer<JavaFile> {
        private final Path base;
        private final List<Path> written = new ArrayList<>();
        private long nanos;

        public Streaming(Path root) {
            this.base = root.toAbsolutePath().normalize();
        }

        @Override
        public void accept(JavaFile file) {
            long start = System.nanoTime();
            Path target = base.resolve(file.packageName().replace('.', '/'))
                    .resolve(file.typeSpec().name() + ".java");
            try {
                writeIfChanged(target, SourceText.render(file).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.add(target);
            nanos += System.nanoTime() - start;
        }

        public void write(TextFile file) throws IOException {
            long start = System.nanoTime();
            Path target = base.resolve(file.path()).normalize();
            writeIfChanged(target, file.content().getBytes(StandardCharsets.UTF_8));
            written.add(target);
            nanos += System.nanoTime() - start;
        }

        /** The time spent rendering and writing so far. */
        public long millis() {
            return nanos / 1_000_000;
        }

        /** The absolute paths of every file written so far. */
        public List<Path> written() {
            return List.copyOf(written);
        }
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
