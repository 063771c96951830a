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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The edge where generated files meet the disk. A file whose bytes did not change is left alone,
 * so its timestamp stays put and incremental compilers do not recompile it.
 */
public final class OutputWriter {
    private OutputWriter() {}

    /** Writes every file and returns their absolute paths. */
    public static List<Path> write(Path root, List<JavaFile> javaFiles, List<TextFile> textFiles) throws IOException {
        try (Streaming out = new Streaming(root)) {
            try {
                javaFiles.forEach(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (TextFile file : textFiles) {
                out.write(file);
            }
            return out.finish();
        }
    }

    /**
     * Renders and writes each Java file as it is handed over, on a thread per core when the machine
     * has more than one, so that the caller makes the next file meanwhile (rendering takes about
     * twice as long as making); at most {@value #IN_FLIGHT} files wait, so the whole client is
     * never held. A failure to render or write is thrown by the next file handed over, or by
     * {@link #finish()}: an {@link IOException} as an {@link UncheckedIOException} there.
     */
    public static final class Streaming implements Consumer<JavaFile>, AutoCloseable {
        private static final int IN_FLIGHT = 16;

        private final Path base;
        private final List<Path> written = new ArrayList<>();
        private final ExecutorService writer;
        private final Semaphore room = new Semaphore(IN_FLIGHT);
        private final AtomicLong nanos = new AtomicLong();
        private volatile Throwable failure;

        public Streaming(Path root) {
            this.base = root.toAbsolutePath().normalize();
            int cores = Runtime.getRuntime().availableProcessors();
            this.writer = cores > 1
                    ? Executors.newFixedThreadPool(cores, r -> {
                        Thread t = new Thread(r, "typewright-writer");
                        t.setDaemon(true);
                        return t;
                    })
                    : null;
        }

        @Override
        public void accept(JavaFile file) {
            rethrow();
            Path target = base.resolve(file.packageName().replace('.', '/'))
                    .resolve(file.typeSpec().name() + ".java");
            written.add(target);
            if (writer == null) {
                render(file, target);
                rethrow();
                return;
            }
            room.acquireUninterruptibly();
            writer.execute(() -> {
                try {
                    render(file, target);
                } finally {
                    room.release();
                }
            });
        }

        private void render(JavaFile file, Path target) {
            long start = System.nanoTime();
            try {
                if (failure == null) {
                    writeIfChanged(target, SourceText.render(file).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException | Error e) {
                // On a writer thread nobody else would hear of it, and the file would be missing.
                failure = e;
            }
            nanos.addAndGet(System.nanoTime() - start);
        }

        private void rethrow() {
            Throwable f = failure;
            if (f instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }

        public void write(TextFile file) throws IOException {
            long start = System.nanoTime();
            Path target = base.resolve(file.path()).normalize();
            writeIfChanged(target, file.content().getBytes(StandardCharsets.UTF_8));
            written.add(target);
            nanos.addAndGet(System.nanoTime() - start);
        }

        /** Waits until every file handed over is written; returns the absolute paths of all. */
        public List<Path> finish() throws IOException {
            room.acquireUninterruptibly(IN_FLIGHT);
            room.release(IN_FLIGHT);
            if (failure instanceof IOException io) {
                throw io;
            }
            rethrow();
            return List.copyOf(written);
        }

        /** The time spent rendering and writing so far, on whichever thread. */
        public long millis() {
            return nanos.get() / 1_000_000;
        }

        @Override
        public void close() {
            if (writer != null) {
                writer.shutdownNow();
            }
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
