package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.typewright.generator.Generator;
import dev.typewright.generator.GeneratorOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Class names stay readable and every file fits the file system, on the two biggest specs we
 * generate: Seam's whole API and GitHub's (from the npm package {@code @octokit/openapi}).
 */
class GeneratedNamesTest {
    static Stream<Arguments> specs() {
        Path github = Path.of(System.getProperty("typewright.nodeModules", "node_modules"))
                .resolve("@octokit/openapi/generated/api.github.com.json");
        return Stream.of(
                Arguments.of(PrismContractTest.SPEC, "dev.typewright.seam", "seam"),
                Arguments.of(github, "com.github.api", "standard"));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void classNamesAreShortWithoutStutterAndFilesFitTheFileSystem(Path spec, String pkg, String profile)
            throws Exception {
        Generator.Output output = Generator.emit(
                new GeneratorOptions(spec, Path.of("unused"), pkg, null, null).withProfile(profile, Map.of()));

        List<String> binaryNames = new ArrayList<>();
        for (JavaFile file : output.javaFiles()) {
            assertThat((file.typeSpec().name() + ".java").getBytes(StandardCharsets.UTF_8))
                    .hasSizeLessThanOrEqualTo(200);
            collect(file.typeSpec(), "", binaryNames);
        }

        assertThat(binaryNames).hasSizeGreaterThan(700);
        for (String binary : binaryNames) {
            String simple = binary.substring(binary.lastIndexOf('$') + 1);
            assertThat(simple).as(binary).hasSizeLessThanOrEqualTo(80);
            assertThat((binary + ".class").getBytes(StandardCharsets.UTF_8))
                    .as(binary)
                    .hasSizeLessThanOrEqualTo(200);
            assertThat(stutter(simple)).as(binary).isNull();
        }
    }

    private static void collect(TypeSpec type, String outer, List<String> names) {
        String name = outer.isEmpty() ? type.name() : outer + "$" + type.name();
        names.add(name);
        type.typeSpecs().forEach(nested -> collect(nested, name, names));
    }

    /** The word a name says twice in a row ({@code ErrorError}), or null. */
    static String stutter(String name) {
        String[] words = name.split("(?<=[a-z0-9])(?=[A-Z])");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equalsIgnoreCase(words[i - 1])) {
                return words[i];
            }
        }
        return null;
    }
}
