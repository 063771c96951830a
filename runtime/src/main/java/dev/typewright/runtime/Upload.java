package dev.typewright.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file or other binary content to send: a multipart file part, or a whole request body such as
 * {@code application/octet-stream}. Immutable; {@link #withFilename} and {@link #withContentType}
 * return copies.
 *
 * <p>A file or bytes can be sent again, so a call carrying them is retried like any other. A stream
 * is read once, as the request goes out: a call carrying one is never retried.
 */
public final class Upload {
    private final Path file;
    private final byte[] bytes;
    private final InputStream stream;
    private final String filename;
    private final String contentType;

    private Upload(Path file, byte[] bytes, InputStream stream, String filename, String contentType) {
        this.file = file;
        this.bytes = bytes;
        this.stream = stream;
        this.filename = filename;
        this.contentType = contentType;
    }

    /**
     * A file on disk, read when the request is sent; its name is the filename, and its content
     * type is what the platform guesses from the name, if anything.
     */
    public static Upload of(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String guessed;
        try {
            guessed = Files.probeContentType(file);
        } catch (IOException unknown) {
            guessed = null;
        }
        return new Upload(file, null, null, name == null ? null : name.toString(), guessed);
    }

    /** Bytes in memory, copied. */
    public static Upload of(byte[] bytes) {
        return new Upload(null, Objects.requireNonNull(bytes, "bytes").clone(), null, null, null);
    }

    /** A stream, read to its end as the request goes out; the caller still closes it. */
    public static Upload of(InputStream stream) {
        return new Upload(null, null, Objects.requireNonNull(stream, "stream"), null, null);
    }

    /** This content under another filename, as a multipart part names it. */
    public Upload withFilename(String filename) {
        return new Upload(file, bytes, stream, Objects.requireNonNull(filename, "filename"), contentType);
    }

    /** This content with a content type of its own, sent instead of the one the spec gives. */
    public Upload withContentType(String contentType) {
        return new Upload(file, bytes, stream, filename, Headers.requireValue("content type", contentType));
    }

    /** The filename a multipart part gives, or null when none was set. */
    public String filename() {
        return filename;
    }

    /** The content type set or guessed, or null when none was. */
    public String contentType() {
        return contentType;
    }

    /** Whether the content can be sent a second time, as a retry needs. */
    public boolean isRepeatable() {
        return stream == null;
    }

    HttpRequest.BodyPublisher publisher() {
        if (bytes != null) {
            return HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        if (file != null) {
            try {
                return HttpRequest.BodyPublishers.ofFile(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return HttpRequest.BodyPublishers.ofInputStream(() -> stream);
    }

    @Override
    public String toString() {
        String what = file != null ? file.toString() : bytes != null ? bytes.length + " bytes" : "a stream";
        return "Upload[" + what + (filename == null ? "" : ", filename=" + filename)
                + (contentType == null ? "" : ", contentType=" + contentType) + "]";
    }
}
