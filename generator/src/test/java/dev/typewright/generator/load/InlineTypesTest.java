package dev.typewright.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Placement;
import dev.typewright.generator.profile.StandardProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineTypesTest {
    static final String OWNER =
            "{type: object, properties: {id: {type: string}, address: {type: object, properties: {city: {type: string}}}}}";

    static String operation(String group, String key, String owner) {
        return """
          /%1$s/get:
            post:
              x-typewright-group: [%1$s]
              x-typewright-method-name: get
              x-typewright-response-key: %2$s
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: object, properties: {%2$s: {type: object, properties: {owner_info: %3$s}}}}
        """.formatted(group, key, owner);
    }

    @Test
    void anInlineShapeWrittenOutTwiceIsOneTypeNamedAfterWhatItsPlacesShare(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(
                spec,
                "openapi: 3.0.3\ninfo: {title: Zoo, version: '1'}\npaths:\n"
                        + operation("pets", "pet", OWNER) + operation("toys", "toy", OWNER)
                        + operation("cars", "car", OWNER.replace("city", "town")));

        ApiModel model = SpecLoader.load(spec, new StandardProfile()).model();

        assertThat(model.types().keySet())
                .containsExactlyInAnyOrder(
                        "pet",
                        "toy",
                        "car",
                        "owner_info",
                        "owner_info_address",
                        "car_owner_info",
                        "car_owner_info_address");
        // The shared shape belongs to no one place; what stands in one place belongs to it.
        assertThat(model.placements())
                .containsOnlyKeys("owner_info_address", "car_owner_info", "car_owner_info_address")
                .containsEntry("owner_info_address", new Placement("owner_info", "address"))
                .containsEntry("car_owner_info", new Placement("car", "owner_info"))
                .containsEntry("car_owner_info_address", new Placement("car_owner_info", "address"));
    }

    @Test
    void shapesWithTheSameFieldsInAnotherOrderStayApart(@TempDir Path dir) throws Exception {
        // Swagger Parser's hash of a schema ignores the order of its properties; a record's
        // components follow that order, so two such shapes are two types.
        String reordered =
                "{type: object, properties: {address: {type: object, properties: {city: {type: string}}}, id: {type: string}}}";
        Path spec = dir.resolve("api.yaml");
        Files.writeString(
                spec,
                "openapi: 3.0.3\ninfo: {title: Zoo, version: '1'}\npaths:\n" + operation("pets", "pet", OWNER)
                        + operation("toys", "toy", reordered));

        ApiModel model = SpecLoader.load(spec, new StandardProfile()).model();

        assertThat(model.types().keySet())
                .contains("pet_owner_info", "toy_owner_info")
                .doesNotContain("owner_info");
    }

    @Test
    void theSharedNameIsTheWordsEveryPlaceEndsWith() {
        assertThat(InlineTypes.commonSuffix(
                        List.of("event_a_connected_account_errors_item", "event_b_connected_account_errors_item")))
                .isEqualTo("connected_account_errors_item");
        assertThat(InlineTypes.commonSuffix(List.of("a_item", "b_thing"))).isEmpty();
    }
}
