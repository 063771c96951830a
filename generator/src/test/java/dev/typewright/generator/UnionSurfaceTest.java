package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Java 17 code does with a union and an enum: visit every variant, test and cast, read the
 * properties all variants share, switch on known values, and pass an enum a response returned
 * straight to a filter that lists the same values. The driver below is that code; it compiles
 * only if the generated types offer it all.
 */
class UnionSurfaceTest {
    private static final String DRIVER = """
      package driver;

      import dev.typewright.runtime.Json;
      import java.util.List;
      import zoo.model.Cat;
      import zoo.model.Dog;
      import zoo.model.Friend;
      import zoo.model.Pet;
      import zoo.model.PetsListRequest;
      import zoo.model.Size;

      public final class Driver {
          public static String describe(String json) {
              Pet pet = Json.fromJson(json, Pet.class);
              String visited = pet.accept(new Pet.Visitor<String>() {
                  @Override
                  public String visitCat(Cat value) {
                      return "cat with " + value.lives() + " lives";
                  }

                  @Override
                  public String visitDog(Dog value) {
                      return "dog";
                  }

                  @Override
                  public String visitUnknown(Pet.Unknown value) {
                      return "unknown " + value.json().get("pet_type").asText();
                  }
              });
              String known = switch (pet.petType().known()) {
                  case CAT -> "CAT";
                  case DOG -> "DOG";
                  case _UNKNOWN -> "other";
              };
              return visited + "; " + known + "; " + pet.name() + "; isDog " + pet.isDog();
          }

          public static String asDog(String json) {
              return Json.fromJson(json, Pet.class).asDog().name();
          }

          /** What a response returned goes straight into the filter that lists the same values. */
          public static String filterLike(String json) {
              Pet pet = Json.fromJson(json, Pet.class);
              Size size = pet instanceof Cat cat ? cat.size() : Size.SMALL;
              return Json.toJson(PetsListRequest.builder()
                      .petType(pet.petType())
                      .petTypes(List.of(pet.petType()))
                      .sizes(List.of(size))
                      .build());
          }

          public static String friend(String json) {
              Friend friend = Json.fromJson(json, Friend.class);
              return friend.accept(new Friend.Visitor<String>() {
                  @Override
                  public String visitCat(Cat value) {
                      return "cat";
                  }

                  @Override
                  public String visitBird(zoo.model.Bird value) {
                      return "bird";
                  }

                  @Override
                  public String visitUnknown(Friend.Unknown value) {
                      return "unknown";
                  }
              });
          }
      }
      """;

    private static ClassLoader loader;

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        Generator.Output output = Generator.emit(
                new GeneratorOptions(HostileSpecTest.spec("zoo.yaml"), dir.resolve("src"), "zoo", "Zoo", null)
                        .withProfile("standard", Map.of()));
        loader = InProcessCompiler.compile(
                output.javaFiles(),
                "driver.Driver",
                DRIVER,
                dir.resolve("classes"),
                List.of("-Xlint:all", "-Xdoclint:html,syntax", "-Werror"));
    }

    private static Object call(String method, String json) throws Exception {
        Method m = loader.loadClass("driver.Driver").getMethod(method, String.class);
        try {
            return m.invoke(null, json);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void aVisitorTestsAndSharedPropertiesReachEveryVariant() throws Exception {
        assertThat(call("describe", "{\"pet_type\":\"cat\",\"name\":\"Tom\",\"lives\":9}"))
                .isEqualTo("cat with 9 lives; CAT; Tom; isDog false");
        assertThat(call("describe", "{\"pet_type\":\"dog\",\"name\":\"Rex\",\"is_cat\":true}"))
                .isEqualTo("dog; DOG; Rex; isDog true");
        assertThat(call("asDog", "{\"pet_type\":\"dog\",\"name\":\"Rex\"}")).isEqualTo("Rex");
    }

    @Test
    void aVariantFromANewerServerIsVisitedAsUnknownWithItsSharedProperties() throws Exception {
        assertThat(call("describe", "{\"pet_type\":\"ferret\",\"name\":\"Fred\"}"))
                .isEqualTo("unknown ferret; other; Fred; isDog false");
    }

    @Test
    void castingToAnotherVariantSaysWhichItIs() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> call("asDog", "{\"pet_type\":\"cat\",\"name\":\"Tom\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this is a Cat, not a Dog");
    }

    @Test
    void anEnumAResponseReturnsIsWhatTheFilterTakes() throws Exception {
        assertThat(call("filterLike", "{\"pet_type\":\"cat\",\"name\":\"Tom\",\"size\":\"large\"}"))
                .isEqualTo("{\"pet_type\":\"cat\",\"pet_types\":[\"cat\"],\"sizes\":[\"large\"]}");
    }

    /**
     * A dog's own {@code is_cat} field takes the name of the test for cats, and the cat is a
     * variant of two unions, which would both give it an {@code isCat()}: so there is none.
     */
    @Test
    void testsThatWouldClashAreLeftOut() throws Exception {
        List<String> methods = java.util.Arrays.stream(
                        loader.loadClass("zoo.model.Pet").getMethods())
                .map(Method::getName)
                .toList();
        assertThat(methods)
                .contains("isDog", "asDog", "accept", "petType", "name")
                .doesNotContain("isCat", "asCat");
    }

    @Test
    void aVariantOfTwoUnionsServesBoth() throws Exception {
        assertThat(call("friend", "{\"pet_type\":\"cat\",\"name\":\"Tom\"}")).isEqualTo("cat");
        assertThat(call("friend", "{\"kind\":\"bird\"}")).isEqualTo("bird");
    }
}
