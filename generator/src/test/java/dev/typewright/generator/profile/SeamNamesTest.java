package dev.typewright.generator.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Seam's conventions live in Seam-named files only; the generic core knows only OpenAPI. */
class SeamNamesTest {
    static final List<String> SEAM_NAMES =
            List.of("action_attempt", "seam-", "page_cursor", "next_page_cursor", "_errors", "x-fern");

    @Test
    void noGenericSourceNamesASeamPathFieldHeaderOrExtension() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of(
                "src/main/java",
                "../runtime/src/main/java",
                "../generator-maven-plugin/src/main/java",
                "../templates")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (seamNamed(file)) {
                        continue;
                    }
                    String text = Files.readString(file);
                    SEAM_NAMES.stream().filter(text::contains).forEach(name -> found.add(file + " names " + name));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void onlyTheSeamFilesKeepTheScanGreen() throws IOException {
        String seamPoller = Files.readString(
                Path.of("../runtime/src/main/java/dev/typewright/runtime/seam/ActionAttemptPoller.java"));
        assertThat(SEAM_NAMES.stream().filter(seamPoller::contains)).isNotEmpty();
    }

    private static boolean seamNamed(Path file) {
        for (Path part : file) {
            if (part.toString().equals("seam") || part.toString().startsWith("Seam")) {
                return true;
            }
        }
        return false;
    }
}
