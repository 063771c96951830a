package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.typewright.generator.emit.SourceText;
import dev.typewright.runtime.Json;
import dev.typewright.runtime.JsonNullable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One feature of the generated types per test, each from a tiny spec written inline, in the style
 * of Wire's JavaGeneratorTest: the emitted code is asserted for review, and the behaviour by
 * compiling it and reading and writing JSON with it.
 */
class GeneratedTypesTest {
    static final String PACKAGE = "com.example.features.model.";

    /** A spec of nothing but the given component schemas, indented as they are under {@code schemas}. */
    static Generated generate(Path dir, String schemas) throws Exception {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(
                spec,
                "openapi: 3.0.3\ninfo: {title: Features, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                        + schemas.stripIndent().indent(4));
        Generator.Output output =
                Generator.emit(new GeneratorOptions(spec, dir.resolve("src"), "com.example.features", "Features", null)
                        .withProfile("standard", Map.of()));
        return new Generated(output, dir);
    }

    record Generated(Generator.Output output, Path dir) {
        List<String> files() {
            return output.javaFiles().stream()
                    .map(f -> f.typeSpec().name())
                    .sorted()
                    .toList();
        }

        String source(String name) {
            JavaFile file = output.javaFiles().stream()
                    .filter(f -> f.typeSpec().name().equals(name))
                    .findFirst()
                    .orElseThrow();
            return SourceText.render(file);
        }

        ClassLoader compile() throws Exception {
            return InProcessCompiler.compile(
                    output.javaFiles(), null, null, dir.resolve("classes"), List.of("-Xlint:all", "-Werror"));
        }
    }

    static Object read(ClassLoader loader, String type, String json) throws Exception {
        return Json.fromJson(json, loader.loadClass(PACKAGE + type));
    }

    static Object get(Object value, String accessor) throws Exception {
        return value.getClass().getMethod(accessor).invoke(value);
    }

    @Test
    void inlineTypesNestInTheTypeTheyStandInAndASharedShapeStandsAlone(@TempDir Path dir) throws Exception {
        Generated generated = generate(dir, """
                device:
                  type: object
                  properties:
                    location: {type: object, properties: {city: {type: string}, geo: {type: object, properties: {lat: {type: number}}}}}
                    home_address: {type: object, properties: {street: {type: string}, zip: {type: string}}}
                acs_user:
                  type: object
                  properties:
                    location: {type: object, properties: {building: {type: string}}}
                    home_address: {type: object, properties: {street: {type: string}, zip: {type: string}}}
                """);

        assertThat(generated.files()).containsExactly("AcsUser", "Device", "Features", "HomeAddress");
        assertThat(generated.source("Device"))
                .contains("public record Device(@JsonProperty(\"location\") Device. @Nullable Location location,")
                .contains("@JsonProperty(\"home_address\") @Nullable HomeAddress homeAddress,")
                .contains("    public record Location(@JsonProperty(\"city\") @Nullable String city,")
                .contains("        public record Geo(@JsonProperty(\"lat\") @Nullable Double lat,");
        assertThat(generated.source("AcsUser"))
                .contains("    public record Location(@JsonProperty(\"building\") @Nullable String building,");

        ClassLoader loader = generated.compile();
        String json = "{\"location\":{\"city\":\"Oslo\",\"geo\":{\"lat\":59.9}},\"home_address\":{\"zip\":\"0154\"}}";
        Object device = read(loader, "Device", json);
        assertThat(get(get(device, "location"), "geo").getClass().getName()).isEqualTo(PACKAGE + "Device$Location$Geo");
        assertThat(get(read(loader, "AcsUser", "{\"home_address\":{}}"), "homeAddress")
                        .getClass())
                .isSameAs(get(device, "homeAddress").getClass());
        assertThat(Json.parse(Json.toJson(device))).isEqualTo(Json.parse(json));
    }

    @Test
    void aDeeplyNestedSchemaKeepsEveryFileNameWithinFileSystemLimits(@TempDir Path dir) throws Exception {
        StringBuilder schema = new StringBuilder("tree:\n");
        StringBuilder json = new StringBuilder();
        String indent = "  ";
        // 15 levels: the YAML parser refuses documents nested deeper than 50 mappings.
        for (int level = 1; level <= 15; level++) {
            String property = "level_" + level + "_of_a_deliberately_long_and_descriptive_property_name";
            schema.append(indent)
                    .append("type: object\n")
                    .append(indent)
                    .append("properties:\n")
                    .append(indent)
                    .append("  ")
                    .append(property)
                    .append(":\n");
            indent += "    ";
            json.append("{\"").append(property).append("\":");
        }
        schema.append(indent).append("type: string\n");
        json.append("\"leaf\"").append("}".repeat(15));

        Generated generated = generate(dir, schema.toString());
        ClassLoader loader = generated.compile();

        try (Stream<Path> classes = Files.walk(dir.resolve("classes"))) {
            List<String> names = classes.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .toList();
            assertThat(names).hasSizeGreaterThan(30);
            assertThat(names)
                    .allSatisfy(name ->
                            assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(200));
        }
        assertThat(Json.parse(Json.toJson(read(loader, "Tree", json.toString()))))
                .isEqualTo(Json.parse(json.toString()));
    }

    @Test
    void namesSayEachWordOnceAndStayShort(@TempDir Path dir) throws Exception {
        String longName =
                IntStream.rangeClosed(1, 30).mapToObj(i -> "segment" + i + "_").collect(Collectors.joining())
                        + "long_schema_name";
        Generated generated = generate(dir, """
                device_device_manufacturer: {type: object, properties: {name: {type: string}}}
                %s: {type: object, properties: {error: {type: object, properties: {error: {type: string}}}}}
                """.formatted(longName));

        assertThat(generated.files()).contains("DeviceManufacturer");
        String shortened = generated.files().stream()
                .filter(n -> n.endsWith("LongSchemaName"))
                .findFirst()
                .orElseThrow();
        assertThat(shortened).hasSizeLessThanOrEqualTo(80).startsWith("Segment");
        assertThat(generated.source(shortened))
                .contains("public record ErrorModel(@JsonProperty(\"error\") @Nullable String error,");

        generated.compile();
    }

    @Test
    void aUnionWithADiscriminatorReadsTheVariantItNamesAndKeepsOneItDoesNotKnow(@TempDir Path dir) throws Exception {
        Generated generated = generate(dir, """
                pet:
                  oneOf: [{$ref: '#/components/schemas/cat'}, {$ref: '#/components/schemas/dog'}]
                  discriminator: {propertyName: pet_type, mapping: {cat: '#/components/schemas/cat', dog: '#/components/schemas/dog'}}
                cat: {type: object, required: [pet_type], properties: {pet_type: {type: string}, lives: {type: integer}}}
                dog: {type: object, required: [pet_type], properties: {pet_type: {type: string}, good_boy: {type: boolean}}}
                """);

        assertThat(generated.source("Pet"))
                .contains("public sealed interface Pet permits Cat, Dog, Pet.Unknown {")
                .contains("    @Nullable PetType petType();")
                .contains("shape(Cat.class, Map.of(\"pet_type\", \"cat\")");
        assertThat(generated.source("Cat")).contains(") implements Pet {");

        ClassLoader loader = generated.compile();
        assertThat(read(loader, "Pet", "{\"pet_type\":\"dog\",\"good_boy\":true}")
                        .getClass()
                        .getName())
                .isEqualTo(PACKAGE + "Dog");
        String bird = "{\"pet_type\":\"bird\",\"wings\":2}";
        Object unknown = read(loader, "Pet", bird);
        assertThat(unknown.getClass().getName()).isEqualTo(PACKAGE + "Pet$Unknown");
        assertThat(get(unknown, "petType")).hasToString("bird");
        assertThat(Json.parse(Json.toJson(unknown))).isEqualTo(Json.parse(bird));
    }

    @Test
    void aSchemaNamedTwiceAmongAUnionsAlternativesIsOneVariant(@TempDir Path dir) throws Exception {
        Generated generated = generate(dir, """
                wrapper: {type: object, required: [status], properties: {status: {type: string}}}
                either:
                  oneOf: [{$ref: '#/components/schemas/wrapper'}, {$ref: '#/components/schemas/wrapper'}]
                """);

        assertThat(generated.source("Either"))
                .contains("public sealed interface Either permits Wrapper, Either.Unknown {");

        ClassLoader loader = generated.compile();
        assertThat(read(loader, "Either", "{\"status\":\"on\"}").getClass().getName())
                .isEqualTo(PACKAGE + "Wrapper");
    }

    @Test
    void aUnionWithoutADiscriminatorReadsTheVariantTheShapeFits(@TempDir Path dir) throws Exception {
        Generated generated = generate(dir, """
                drawing:
                  type: object
                  properties:
                    outline:
                      oneOf:
                        - {type: object, required: [radius], properties: {radius: {type: number}}}
                        - {type: object, required: [width, height], properties: {width: {type: number}, height: {type: number}}}
                """);

        assertThat(generated.source("Drawing"))
                .contains(
                        "    public sealed interface Outline permits Outline.Variant1, Outline.Variant2, Outline.Unknown {");

        ClassLoader loader = generated.compile();
        for (String[] c : new String[][] {
            {"{\"outline\":{\"radius\":2.0}}", "Variant1"},
            {"{\"outline\":{\"width\":1.0,\"height\":2.0}}", "Variant2"},
            {"{\"outline\":{\"sides\":5}}", "Unknown"}
        }) {
            Object drawing = read(loader, "Drawing", c[0]);
            assertThat(get(drawing, "outline").getClass().getName()).isEqualTo(PACKAGE + "Drawing$Outline$" + c[1]);
            assertThat(Json.parse(Json.toJson(drawing))).isEqualTo(Json.parse(c[0]));
        }
    }

    @Test
    void aReferenceWithADescriptionBesideItIsTheReferencedTypeEvenWhereItRefersToItself(@TempDir Path dir)
            throws Exception {
        Generated generated = generate(dir, """
                Mappings:
                  type: array
                  items: {$ref: '#/components/schemas/Mapping'}
                Mapping:
                  type: object
                  properties:
                    name: {type: string}
                    children:
                      allOf: [{$ref: '#/components/schemas/Mappings'}, {description: The nested mappings.}]
                    parent:
                      allOf: [{$ref: '#/components/schemas/Mapping'}, {description: The mapping above.}]
                """);
        ClassLoader loader = generated.compile();

        assertThat(generated.files()).containsExactly("Features", "Mapping");
        Object mapping =
                read(loader, "Mapping", "{\"name\":\"a\",\"children\":[{\"name\":\"b\"}],\"parent\":{\"name\":\"p\"}}");
        assertThat(get(((java.util.List<?>) get(mapping, "children")).get(0), "name"))
                .isEqualTo("b");
        assertThat(get(get(mapping, "parent"), "name")).isEqualTo("p");
    }

    @Test
    void anAllOfThatOnlyNarrowsAStringIsAString(@TempDir Path dir) throws Exception {
        Generated generated = generate(dir, """
                page:
                  type: object
                  properties:
                    slug: {allOf: [{type: string}, {type: string, minLength: 1}], description: The slug.}
                """);
        ClassLoader loader = generated.compile();

        assertThat(get(read(loader, "Page", "{\"slug\":\"intro\"}"), "slug")).isEqualTo("intro");
    }

    @Test
    void anOpenEnumKeepsAValueItDoesNotKnow(@TempDir Path dir) throws Exception {
        Generated generated =
                generate(dir, "lamp: {type: object, properties: {mode: {type: string, enum: ['on', 'off']}}}");

        assertThat(generated.source("Lamp"))
                .contains("    public static final class Mode extends OpenEnum<Mode.Known> {")
                .contains("        public static final Mode ON = new Mode(\"on\", Known.ON);");

        ClassLoader loader = generated.compile();
        Class<?> mode = loader.loadClass(PACKAGE + "Lamp$Mode");
        assertThat(get(read(loader, "Lamp", "{\"mode\":\"on\"}"), "mode"))
                .isSameAs(mode.getField("ON").get(null));
        Object dimmed = read(loader, "Lamp", "{\"mode\":\"dimmed\"}");
        assertThat(get(get(dimmed, "mode"), "isKnown")).isEqualTo(false);
        assertThat(Json.toJson(dimmed)).isEqualTo("{\"mode\":\"dimmed\"}");
    }

    @Test
    void aNullableFieldTellsAbsentFromNull(@TempDir Path dir) throws Exception {
        Generated generated = generate(dir, """
                pet_record:
                  type: object
                  required: [owner]
                  properties: {owner: {type: string, nullable: true}, nickname: {type: string, nullable: true}}
                """);

        assertThat(generated.source("PetRecord"))
                .as("a server may leave out even a required field; a round trip must not add it")
                .contains("@JsonInclude(JsonInclude.Include.NON_EMPTY) JsonNullable<String> owner,")
                .contains("@JsonInclude(JsonInclude.Include.NON_EMPTY) JsonNullable<String> nickname,");

        ClassLoader loader = generated.compile();
        for (String json : List.of(
                "{}",
                "{\"nickname\":\"Rex\"}",
                "{\"owner\":null}",
                "{\"owner\":\"ann\",\"nickname\":null}",
                "{\"owner\":\"ann\",\"nickname\":\"Rex\"}")) {
            assertThat(Json.parse(Json.toJson(read(loader, "PetRecord", json)))).isEqualTo(Json.parse(json));
        }
        assertThat(get(read(loader, "PetRecord", "{\"owner\":null}"), "nickname"))
                .isEqualTo(JsonNullable.absent());
        assertThat(get(read(loader, "PetRecord", "{\"owner\":null,\"nickname\":null}"), "nickname"))
                .isEqualTo(JsonNullable.ofNull());
        assertThat(get(read(loader, "PetRecord", "{}"), "owner")).isEqualTo(JsonNullable.absent());
        assertThat(get(read(loader, "PetRecord", "{\"owner\":\"ann\"}"), "owner"))
                .isEqualTo(JsonNullable.of("ann"));
    }

    @Test
    void namesThatCollideGetDistinctOnes(@TempDir Path dir) throws Exception {
        Generated generated = generate(dir, """
                thing:
                  type: object
                  properties:
                    name: {type: string}
                    Name: {type: string}
                    class: {type: string}
                    builder: {type: string}
                    status: {type: object, properties: {code: {type: integer}}}
                Thing: {type: object, properties: {id: {type: string}}}
                status: {type: object, properties: {text: {type: string}}}
                """);

        assertThat(generated.files()).contains("Thing", "Thing2", "Status");
        assertThat(generated.source("Thing2"))
                .contains("@JsonProperty(\"Name\") @Nullable String name2,")
                .contains("@JsonProperty(\"class\") @Nullable String class_,")
                .contains("@JsonProperty(\"builder\") @Nullable String builderValue,")
                .contains("public record Status(@JsonProperty(\"code\") @Nullable Integer code,");

        ClassLoader loader = generated.compile();
        String json = "{\"name\":\"a\",\"Name\":\"B\",\"class\":\"c\",\"builder\":\"d\",\"status\":{\"code\":1}}";
        assertThat(Json.parse(Json.toJson(read(loader, "Thing2", json)))).isEqualTo(Json.parse(json));
    }

    @Test
    void nullsTheServerSendsForFieldsThatCannotHoldOneAreWrittenBack(@TempDir Path dir) throws Exception {
        String wide = IntStream.range(0, 260)
                .mapToObj(i -> "f" + i + ": {type: string}")
                .collect(Collectors.joining(", ", "{", "}"));
        Generated generated = generate(dir, """
                pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    tags: {type: array, items: {type: string}}
                    owner: {$ref: '#/components/schemas/owner'}
                owner: {type: object, properties: {id: {type: integer}}}
                wide: {type: object, properties: %s}
                """.formatted(wide));
        ClassLoader loader = generated.compile();

        for (String json : List.of(
                "{\"name\":null,\"tags\":null,\"owner\":{\"id\":null},\"odd\":null}",
                "{\"owner\":null,\"tags\":[null],\"name\":\"Rex\"}",
                "{\"f0\":null,\"f259\":\"z\",\"odd\":1}")) {
            String type = json.contains("f0") ? "Wide" : "Pet";
            assertThat(Json.parse(Json.toJson(read(loader, type, json)))).isEqualTo(Json.parse(json));
        }

        Object pet = read(loader, "Pet", "{\"name\":null,\"odd\":null}");
        Object builder = get(pet, "toBuilder");
        builder.getClass().getMethod("name", String.class).invoke(builder, "Rex");
        assertThat(Json.toJson(get(builder, "build")))
                .as("a field set on a copy is written once")
                .isEqualTo("{\"name\":\"Rex\",\"odd\":null}");
    }

    @Test
    void aFieldNamedLikeTheUnknownFieldsIsAFieldLikeAnyOther(@TempDir Path dir) throws Exception {
        Generated generated = generate(dir, """
                settings:
                  type: object
                  properties:
                    additionalProperties: {type: boolean}
                    unknownFields: {type: string}
                    '': {type: string}
                    value: {type: string}
                """);

        assertThat(generated.source("Settings"))
                .contains("@JsonProperty(\"additionalProperties\") @Nullable Boolean additionalPropertiesValue,")
                .contains("@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields2")
                .contains("public Builder putUnknownField2(String name, JsonNode value)");

        ClassLoader loader = generated.compile();
        assertThat(generated.output().warnings())
                .singleElement()
                .asString()
                .contains("/components/schemas/settings/properties/")
                .contains("a property without a name is kept with the type's unknown fields");
        String json =
                "{\"additionalProperties\":true,\"unknownFields\":\"u\",\"\":\"e\",\"value\":\"v\",\"other\":[1]}";
        Object settings = read(loader, "Settings", json);
        assertThat(get(settings, "additionalPropertiesValue")).isEqualTo(true);
        assertThat(Json.parse(Json.toJson(settings))).isEqualTo(Json.parse(json));
    }
}
