package dev.typewright.verification;

import dev.typewright.generator.load.SpecLoader;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Example;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.profile.seam.SeamProfile;
import java.nio.file.Path;

/** The documented examples of spec/, read through the generator's own loader. */
final class Documented {
    private static ApiModel model;

    private Documented() {}

    static synchronized ApiModel model() throws Exception {
        if (model == null) {
            model = SpecLoader.load(
                            Path.of(System.getProperty(
                                    "typewright.spec", "../generator/src/test/resources/specs/seam-seed.yaml")),
                            new SeamProfile())
                    .model();
        }
        return model;
    }

    static Operation operation(String path) throws Exception {
        return model().operations().stream()
                .filter(op -> op.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("spec has no operation " + path));
    }

    static Example example(String path, String name) throws Exception {
        return operation(path).examples().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " has no example " + name));
    }
}
