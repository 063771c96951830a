package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.typewright.generator.load.SpecException;
import dev.typewright.generator.load.SpecLoader;
import dev.typewright.generator.profile.StandardProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad spec gets one clear error naming the file and the JSON pointer. */
class SpecErrorsTest {
    private static Path spec(String name) {
        return HostileSpecTest.spec(name);
    }

    @Test
    void refToAMissingSchemaNamesItsPointer() {
        assertThatThrownBy(() -> SpecLoader.load(spec("broken-ref.yaml"), new StandardProfile()))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.file()).endsWith("broken-ref.yaml");
                    assertThat(e.getMessage()).contains("broken-ref.yaml");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.pointer())
                                .isEqualTo("/paths/~1a~1b/post/requestBody/content/application~1json/schema"
                                        + "/properties/item/$ref");
                        assertThat(p.message()).isEqualTo("$ref #/components/schemas/missing names no schema");
                    });
                });
    }

    @Test
    void independentProblemsAreAllReportedInOneRunOverBothFiles() {
        // Three problems in three places: a missing schema, a parameter without "in", and a
        // reference that breaks inside the second file.
        assertThatThrownBy(() -> SpecLoader.load(spec("split/api.yaml"), new StandardProfile()))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.problems())
                            .extracting(SpecException.Problem::toString)
                            .containsExactly(
                                    "at /paths/~1owners/get/parameters/0/in: is missing",
                                    "at /paths/~1toys/get/responses/200/content/application~1json/schema/$ref:"
                                            + " $ref #/components/schemas/Toy names no schema",
                                    "at schemas.yaml#/Pet/properties/owner/$ref: cannot resolve $ref #/Owner");
                    assertThat(e.getMessage()).startsWith("invalid OpenAPI document " + spec("split/api.yaml"));
                });
    }

    @Test
    void aReferenceToAFileThatIsNotThereIsOneProblemAtTheReference(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Ext, version: '1'}
                paths:
                  /owners:
                    get:
                      operationId: owners
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: './gone.yaml#/Owner'}
                """);

        assertThatThrownBy(() -> SpecLoader.load(spec, new StandardProfile()))
                .isInstanceOfSatisfying(
                        SpecException.class,
                        e -> assertThat(e.problems())
                                .extracting(SpecException.Problem::toString)
                                .containsExactly(
                                        "at /paths/~1owners/get/responses/200/content/application~1json/schema/$ref:"
                                                + " cannot resolve $ref ./gone.yaml#/Owner: there is no file gone.yaml"));
    }

    @Test
    void responseKeyThatIsNotInTheResponseNamesTheOperation() {
        assertThatThrownBy(() -> SpecLoader.load(spec("bad-response-key.yaml"), new StandardProfile()))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("bad-response-key.yaml")
                .hasMessageContaining("at /paths/~1a~1get/post/responses")
                .hasMessageContaining("the response key \"thing\"");
    }

    @Test
    void aDocumentSlightlyOffTheStandardGeneratesWithEachDepartureAWarningAtItsPointer(@TempDir Path dir)
            throws Exception {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Loose, version: '1', license: {name: MIT, url: not a url}}
                paths:
                  /things:
                    post:
                      operationId: add
                      x-ok: fine
                      requestBody:
                        content:
                          multipart/form-data:
                            schema: {type: object, properties: {tags: {type: array}}}
                            encoding: {other: {contentType: text/plain}}
                  /gone:
                    get:
                      operationId: gone
                      responses: {'200': {description: ok}}
                      nonsense: true
                """);

        SpecLoader.Loaded loaded = SpecLoader.load(spec, new StandardProfile());

        assertThat(loaded.model().operations()).hasSize(2);
        assertThat(loaded.warnings())
                .contains(
                        "/paths/~1things/post/responses: is missing",
                        "/paths/~1things/post/requestBody/content/multipart~1form-data/schema/items: is missing",
                        "/info/license: not a url",
                        "/paths/~1gone/get/nonsense: is unexpected");
    }

    @Test
    void swaggerParserProblemsBecomePointers() {
        assertThatThrownBy(() -> SpecLoader.load(spec("missing-info.yaml"), new StandardProfile()))
                .isInstanceOfSatisfying(
                        SpecException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p.pointer() + " " + p.message())
                                        .contains("/info")
                                        .contains("missing")));
    }

    @Test
    void unparseableYamlAndMissingFilesAreReportedNotThrownRaw() {
        assertThatThrownBy(() -> SpecLoader.load(spec("not-yaml.yaml"), new StandardProfile()))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith(
                        "invalid OpenAPI document " + spec("not-yaml.yaml")
                                + " syntax error at line 2, column 13: while scanning a quoted scalar; found unexpected end of stream");
        assertThatThrownBy(() -> SpecLoader.load(spec("split"), new StandardProfile()))
                .hasMessageEndingWith("split is a folder, not a file");
        assertThatThrownBy(() -> SpecLoader.load(spec("no-such-file.yaml"), new StandardProfile()))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("no-such-file.yaml")
                .hasMessageContaining("no such file");
    }
}
