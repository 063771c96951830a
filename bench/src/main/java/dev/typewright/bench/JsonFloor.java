package dev.typewright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The floor of generation: a fresh JVM that only reads the spec into a Jackson tree. Prints the
 * in-process milliseconds; the benchmark script also times the whole process.
 */
public final class JsonFloor {
    private JsonFloor() {}

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        JsonNode spec = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("read " + spec.size() + " top-level fields in " + millis + " ms");
    }
}
