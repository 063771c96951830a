package dev.typewright.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How mappings and operation filters are written, and what a mistake in one says. */
class CustomizationsTest {
    @Test
    void aMappingByTypeAndFormatWinsOverOneByType() {
        Customizations c = Customizations.of(
                List.of("string=java.lang.CharSequence", "string+uuid=java.util.UUID", " integer = Long "),
                null,
                null,
                null);

        assertThat(c.javaType("string", "uuid")).isEqualTo("java.util.UUID");
        assertThat(c.javaType("string", "email")).isEqualTo("java.lang.CharSequence");
        assertThat(c.javaType("string", null)).isEqualTo("java.lang.CharSequence");
        assertThat(c.javaType("integer", "int32")).isEqualTo("Long");
        assertThat(c.javaType("number", null)).isNull();
        assertThat(c.filters()).isFalse();
    }

    @Test
    void filtersPickOperationsByIdTagOrPathAndSayWhichMatchedNothing() {
        Customizations.Selector s = Customizations.of(
                        null, null, List.of("getPet", "tag:store", "/users/*", "post /admin/**"), List.of("tag:legacy"))
                .selector();

        assertThat(s.selects("GET", "/pets/{id}", "getPet", List.of())).isTrue();
        assertThat(s.selects("GET", "/orders", "listOrders", List.of("store"))).isTrue();
        assertThat(s.selects("GET", "/orders", "oldOrders", List.of("store", "legacy")))
                .as("excluded wins")
                .isFalse();
        assertThat(s.selects("GET", "/users/{name}", "getUser", List.of())).isTrue();
        assertThat(s.selects("GET", "/users/{name}/pets", "getUserPets", List.of()))
                .as("* stays within a segment")
                .isFalse();
        assertThat(s.selects("POST", "/admin/a/b", "reset", List.of())).isTrue();
        assertThat(s.selects("GET", "/admin/a/b", "status", List.of())).isFalse();
        assertThat(s.unused()).isEmpty();

        Customizations.Selector none =
                Customizations.of(null, null, List.of("nope"), List.of("tag:x")).selector();
        none.selects("GET", "/pets", "listPets", List.of());
        assertThat(none.unused()).containsExactly("include nope", "exclude tag:x");
    }

    @Test
    void aMistakeInAMappingOrFilterSaysWhichAndHowToWriteIt() {
        assertThatThrownBy(() -> Customizations.of(List.of("uuid=java.util.UUID"), null, null, null))
                .hasMessageContaining("type mapping uuid=java.util.UUID")
                .hasMessageContaining("string+uuid");
        assertThatThrownBy(() -> Customizations.of(List.of("integer"), null, null, null))
                .hasMessage("type mapping integer must be written name=class");
        assertThatThrownBy(() -> Customizations.of(null, List.of("Money=com.example.Mo ney"), null, null))
                .hasMessageContaining("schema mapping Money must name a Java class");
        assertThatThrownBy(() -> Customizations.of(List.of("integer=Long", "integer=Integer"), null, null, null))
                .hasMessage("type mapping integer is given twice");
        assertThatThrownBy(() -> Customizations.of(null, null, List.of("GET pets"), null))
                .hasMessageContaining("operation filter GET pets");
    }

    @Test
    void aSchemaMappedWhereItIsAUnionsVariantIsAnErrorWithItsPointer(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
                    Cat: {type: object, properties: {meows: {type: boolean}}}
                    Dog: {type: object, properties: {barks: {type: boolean}}}
                """);
        Customizations mapped = Customizations.of(null, List.of("Cat=com.example.Cat"), null, null);

        assertThatThrownBy(() ->
                        SpecLoader.load(spec, new dev.typewright.generator.profile.StandardProfile(), false, mapped))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("/components/schemas/Pet/oneOf/0")
                .hasMessageContaining("schema mapping Cat maps a variant of this union to a class of your own");
        assertThat(SpecLoader.load(
                                spec,
                                new dev.typewright.generator.profile.StandardProfile(),
                                false,
                                Customizations.of(null, List.of("Pet=com.example.Pet"), null, null))
                        .model()
                        .types())
                .as("the union mapped whole: its variants are still types of their own")
                .doesNotContainKey("Pet")
                .containsKeys("Cat", "Dog");
    }
}
