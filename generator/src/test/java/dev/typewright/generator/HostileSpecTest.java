package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.docs.DocsPageRenderer;
import dev.typewright.generator.docs.TextFile;
import dev.typewright.runtime.Json;
import dev.typewright.runtime.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec whose names and descriptions try to break out of identifiers, comments and strings, and
 * whose types are named like java.lang's. The generated client must compile without a warning,
 * keep valid Javadoc, and still send and read exactly what the spec says.
 */
class HostileSpecTest {
    private static final String DRIVER = """
      package driver;

      import evil.EvilClient;
      import evil.model.ThingsClassRequest;
      import evil.model.ThingsFindRequest;
      import evil.model.ThingsRawRequest;
      import evil.model.ThreadModel;
      import dev.typewright.runtime.Json;

      public final class Driver {
          public static String find(String url) {
              EvilClient client = EvilClient.builder().endpoint(url).build();
              return Json.toJson(client.things().find(ThingsFindRequest.builder().thingKey("k").build()));
          }

          public static void raw(String url) {
              EvilClient client = EvilClient.builder().endpoint(url).build();
              client.things().raw(ThingsRawRequest.builder().body(Json.parse("[1,\\\"two\\\",null]")).build());
          }

          public static String run(String url) {
              EvilClient client = EvilClient.builder().endpoint(url).build();
              ThreadModel thread = client.things().class_(ThingsClassRequest.builder()
                      .thingId("a/b c")
                      .xTrace("trace-1")
                      .limit(5)
                      .class_("c")
                      .weirdNameHere(7L)
                      ._1st(true)
                      ._1stQuery(false)
                      .toStringValue("s")
                      .nullableThing(null)
                      .build());
              return Json.toJson(thread);
          }

          public static String shapeOf(String json) {
              ThreadModel thread = Json.fromJson(json, ThreadModel.class);
              return thread.shape().getClass().getName() + " " + thread.mood().isKnown()
                      + (thread.shape().kind().value().equals(Json.parse(json).at("/shape/kind").asText()) ? "" : " wrong kind");
          }
      }
      """;

    @Test
    void hostileNamesAndTextCompileCleanlyAndStillCallTheApi(@TempDir Path dir) throws Exception {
        ClassLoader loader = compile(dir);

        String response = "{\"thing\":{\"name\":\"n\",\"Name\":\"N\",\"tags\":[\"a\"],\"meta\":{\"k\":1},"
                + "\"child\":{\"depth\":2.5},\"extra\":[true,null],\"mood\":\"*/\","
                + "\"shape\":{\"kind\":\"Deserializer\",\"json\":\"j\"}},\"ok\":true}";
        try (TestServer server = new TestServer()) {
            server.respond(200, response, Map.of());
            String result = (String) loader.loadClass("driver.Driver")
                    .getMethod("run", String.class)
                    .invoke(null, server.url());

            TestServer.Recorded r = server.requests.get(0);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.uri())
                    .as("a query parameter named like a body field keeps its own setter")
                    .isEqualTo("/things/a%2Fb%20c/do?limit=5&1st=false");
            assertThat(r.header("X-Trace")).isEqualTo("trace-1");
            assertThat(Json.parse(r.body()))
                    .isEqualTo(
                            Json.parse(
                                    "{\"class\":\"c\",\"weird name-here\":7,\"1st\":true,\"toString\":\"s\",\"nullable_thing\":null}"));
            assertThat(Json.parse(result)).isEqualTo(Json.parse(response).get("thing"));
        }
    }

    @Test
    void hostileEnumValuesAndUnionVariantsGetUsableNamesAndParse(@TempDir Path dir) throws Exception {
        var shapeOf = compile(dir).loadClass("driver.Driver").getMethod("shapeOf", String.class);

        assertThat(shapeOf.invoke(null, "{\"shape\":{\"kind\":\"*/ evil\",\"size\":1},\"mood\":\"a\\\"b\"}"))
                .isEqualTo("evil.model.ThreadModel$Shape$Evil true");
        assertThat(shapeOf.invoke(null, "{\"shape\":{\"kind\":\"Deserializer\"},\"mood\":\"KNOWN\"}"))
                .isEqualTo("evil.model.ThreadModel$Shape$DeserializerModel true");
        assertThat(shapeOf.invoke(null, "{\"shape\":{\"kind\":\"new\"},\"mood\":\"new\"}"))
                .isEqualTo("evil.model.ThreadModel$Shape$Unknown false");
        assertThat(shapeOf.invoke(null, "{\"shape\":{\"kind\":\"String\"},\"mood\":\"\"}"))
                .isEqualTo("evil.model.ThreadModel$Shape$StringModel true");
    }

    @Test
    void alternativeBodiesMergeAndAnEndpointUnderGetAndPostIsCalledOnceAsPost(@TempDir Path dir) throws Exception {
        Class<?> driver = compile(dir).loadClass("driver.Driver");
        try (TestServer server = new TestServer()) {
            server.respond(200, "{\"thing\":{\"name\":\"n\"}}", Map.of());

            String found = (String) driver.getMethod("find", String.class).invoke(null, server.url());

            TestServer.Recorded r = server.requests.get(0);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.uri()).isEqualTo("/things/find");
            assertThat(Json.parse(r.body())).isEqualTo(Json.parse("{\"thing_key\":\"k\"}"));
            assertThat(Json.parse(found)).isEqualTo(Json.parse("{\"name\":\"n\"}"));
        }
    }

    @Test
    void aBodyWithNoKnownPropertiesIsSentWhole(@TempDir Path dir) throws Exception {
        Class<?> driver = compile(dir).loadClass("driver.Driver");
        try (TestServer server = new TestServer()) {
            server.respond(200, "{\"ok\":true}", Map.of());

            driver.getMethod("raw", String.class).invoke(null, server.url());

            TestServer.Recorded r = server.requests.get(0);
            assertThat(r.uri()).isEqualTo("/things/raw");
            assertThat(Json.parse(r.body())).isEqualTo(Json.parse("[1,\"two\",null]"));
        }
    }

    private static ClassLoader compile(Path dir) throws Exception {
        Generator.Output output =
                Generator.emit(new GeneratorOptions(spec("hostile.yaml"), dir.resolve("src"), "evil", null, null)
                        .withProfile("seam", Map.of()));
        return InProcessCompiler.compile(
                output.javaFiles(),
                "driver.Driver",
                DRIVER,
                dir.resolve("classes"),
                List.of("-Xlint:all", "-Xdoclint:html,syntax", "-Werror"));
    }

    @Test
    void javaLangNamesAndCaseCollisionsGetDistinctNames(@TempDir Path dir) throws Exception {
        Generator.Output output = Generator.emit(
                new GeneratorOptions(spec("hostile.yaml"), dir, "evil", null, null).withProfile("seam", Map.of()));

        List<String> names =
                output.javaFiles().stream().map(f -> f.typeSpec().name()).toList();
        assertThat(names)
                .contains(
                        "StringModel",
                        "ThreadModel",
                        "ThreadModel2",
                        "ThingsClassRequest",
                        "EvilClient",
                        "ThingsClient")
                .doesNotContain("String", "Thread");
        assertThat(names.stream().map(String::toLowerCase)).doesNotHaveDuplicates();
    }

    @Test
    void docsPagesStayInsideTheirFolderAndSpecTextCannotCloseACodeBlock(@TempDir Path dir) throws Exception {
        Generator.Output output =
                Generator.emit(new GeneratorOptions(spec("hostile.yaml"), dir, "evil", null, null, dir.resolve("docs"))
                        .withProfile("seam", Map.of()));

        // Undocumented and draft operations stay callable (the driver calls them) but out of the docs.
        assertThat(output.textFiles().get(0).content()).doesNotContain("/things/raw", "/things/find");
        assertThat(output.docsPages())
                .extracting(TextFile::path)
                .containsExactly("things/thing_id/do.md")
                .allSatisfy(p -> assertThat(
                                dir.resolve("docs").resolve(p).normalize().startsWith(dir.resolve("docs")))
                        .as(p)
                        .isTrue());
        assertThat(DocsPageRenderer.fence("a ``` b ````` c")).isEqualTo("``````");
    }

    static Path spec(String name) {
        return Path.of("src/test/resources/specs", name);
    }
}
