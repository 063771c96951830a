package dev.typewright.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeReportTest {
    @Test
    void marksWhatBreaksCallersAndWhatDoesNot() {
        Map<String, String> before = Map.of(
                "operation pets.get(PetsGetRequest)", "Pet",
                "request PetsGetRequest.petId", "String required",
                "request PetsGetRequest.verbose", "Boolean optional",
                "field Pet.name", "String required",
                "field Pet.age", "Integer optional",
                "constant Kind.CAT", "");
        Map<String, String> after = Map.of(
                "operation pets.get(PetsGetRequest)", "Pet",
                "request PetsGetRequest.petId", "String optional",
                "request PetsGetRequest.verbose", "Boolean required",
                "request PetsGetRequest.ownerId", "String optional",
                "field Pet.name", "String optional",
                "field Pet.age", "Long optional",
                "constant Kind.CAT", "",
                "constant Kind.DOG", "");

        assertThat(ChangeReport.diff(before, after))
                .extracting(ChangeReport.Change::toString)
                .containsExactlyInAnyOrder(
                        "added constant Kind.DOG",
                        "BREAKING changed field Pet.age from Integer optional to Long optional",
                        "BREAKING changed field Pet.name from String required to String optional",
                        "added request PetsGetRequest.ownerId (String optional)",
                        "changed request PetsGetRequest.petId from String required to String optional",
                        "BREAKING changed request PetsGetRequest.verbose from Boolean optional to Boolean required");
        assertThat(ChangeReport.diff(after, after)).isEmpty();
    }
}
