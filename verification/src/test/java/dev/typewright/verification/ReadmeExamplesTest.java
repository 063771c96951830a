package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run-time examples compile against the whole-API client, as written. */
class ReadmeExamplesTest {
    static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyRunTimeExampleCompiles(@TempDir Path out) throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String section = section(readme, "## Using the Seam client") + section(readme, "## The client at run time");
        List<String> examples = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(section);
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(7);

        StringBuilder source = new StringBuilder("""
        package readme;

        import dev.typewright.runtime.*;
        import dev.typewright.runtime.seam.*;
        import dev.typewright.seam.*;
        import dev.typewright.seam.model.*;
        import java.time.Duration;
        import java.time.OffsetDateTime;
        import java.util.*;
        import java.util.concurrent.CompletableFuture;

        final class Examples {
        """);
        for (int i = 0; i < examples.size(); i++) {
            source.append("  static void example")
                    .append(i)
                    .append("(Seam seam) throws Exception {\n")
                    .append(examples.get(i))
                    .append("  }\n\n");
        }
        source.append("}\n");

        SourceCompiler.compile(out, "readme.Examples", source);
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        return readme.substring(start, readme.indexOf("\n## ", start + 1));
    }
}
