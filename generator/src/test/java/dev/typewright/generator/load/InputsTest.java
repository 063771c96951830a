package dev.typewright.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.model.TypeRef;
import dev.typewright.generator.profile.seam.SeamProfile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Seam's whole spec says about inputs in ways a caller must see: sets of inputs of which a
 * call needs one, and date-times described only in words.
 */
class InputsTest {
    private static ApiModel seam;

    @BeforeAll
    static void load() throws Exception {
        seam = SpecLoader.load(Path.of("../spec/seam.json"), new SeamProfile()).model();
    }

    private static Operation op(String path) {
        return seam.operations().stream()
                .filter(o -> o.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    private static Parameter input(String path, String name) {
        return op(path).parameters().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aOneOfOfRequiredFieldsIsAChoice() {
        assertThat(op("/access_grants/get").inputChoices())
                .containsExactly(List.of("access_grant_id"), List.of("access_grant_key"));
        assertThat(op("/access_grants/get").inputsOptional()).isFalse();
    }

    @Test
    void seamsYouMustIncludeSentenceIsAChoice() {
        assertThat(op("/events/list").inputChoices()).containsExactly(List.of("since"), List.of("between"));
        assertThat(op("/access_codes/get").inputChoices())
                .containsExactly(List.of("access_code_id"), List.of("device_id", "code"));
        assertThat(op("/devices/list").inputChoices()).isEmpty();
        assertThat(op("/devices/list").inputsOptional()).isTrue();
    }

    @Test
    void anInputDescribedAsADateTimeIsOneWhileAResponseKeepsTheSpecsString() {
        assertThat(input("/events/list", "since").type()).isEqualTo(TypeRef.of(TypeRef.Scalar.DATE_TIME));
        assertThat(input("/access_codes/create", "starts_at").type()).isEqualTo(TypeRef.of(TypeRef.Scalar.DATE_TIME));
        assertThat(input("/noise_sensors/noise_thresholds/create", "starts_daily_at")
                        .type())
                .as("a time of day")
                .isEqualTo(TypeRef.of(TypeRef.Scalar.STRING));
        TypeDef.ObjectDef credential = (TypeDef.ObjectDef) seam.types().get("acs_credential");
        assertThat(credential.fields().stream()
                        .filter(f -> f.jsonName().equals("starts_at"))
                        .findFirst()
                        .orElseThrow()
                        .type())
                .isEqualTo(TypeRef.of(TypeRef.Scalar.STRING));
    }

    @Test
    void aDefaultIsKeptForTheJavadoc() {
        assertThat(input("/devices/list", "limit").defaultValue()).isEqualTo("500");
    }
}
