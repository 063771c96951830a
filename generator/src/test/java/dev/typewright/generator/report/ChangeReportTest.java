package dev.typewright.generator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    @Test
    void aNewCaseOfAnEnumOrAUnionThatWasThereBeforeHasACategoryOfItsOwn() {
        Map<String, String> before = Map.of(
                "type Kind", "enum",
                "constant Kind.CAT", "",
                "type Pet", "union",
                "variant Pet.Cat", "");
        Map<String, String> after = new java.util.TreeMap<>(before);
        after.put("constant Kind.DOG", "");
        after.put("variant Pet.Dog", "");
        after.put("type Size", "enum");
        after.put("constant Size.SMALL", "");

        List<ChangeReport.Change> changes = ChangeReport.diff(before, after);

        assertThat(changes)
                .extracting(ChangeReport.Change::toString)
                .containsExactlyInAnyOrder(
                        "NEW CASE added constant Kind.DOG",
                        "NEW CASE added variant Pet.Dog",
                        "added type Size (enum)",
                        "added constant Size.SMALL");
        assertThat(changes).noneMatch(ChangeReport.Change::breaking);
        assertThat(ChangeReport.bump(changes)).isEqualTo(ChangeReport.Bump.MINOR);
        assertThat(ChangeReport.markdown(changes, "Changes"))
                .contains("2 are new cases of a union or an enum")
                .contains("- **new case** added variant Pet.Dog");
    }

    @Test
    void theRequiredInputsOfANewOperationBreakNoCallerButANewRequiredInputOfAnOldOneDoes() {
        Map<String, String> before =
                Map.of("operation pets.get(PetsGetRequest)", "Pet", "request PetsGetRequest.petId", "String required");
        Map<String, String> after = Map.of(
                "operation pets.get(PetsGetRequest)", "Pet",
                "request PetsGetRequest.petId", "String required",
                "request PetsGetRequest.shopId", "String required",
                "operation pets.adopt(PetsAdoptRequest)", "Pet",
                "request PetsAdoptRequest.petId", "String required");

        List<ChangeReport.Change> changes = ChangeReport.diff(before, after);

        assertThat(changes)
                .extracting(ChangeReport.Change::toString)
                .containsExactlyInAnyOrder(
                        "added operation pets.adopt(PetsAdoptRequest) (Pet)",
                        "added request PetsAdoptRequest.petId (String required)",
                        "BREAKING added request PetsGetRequest.shopId (String required)");
        assertThat(ChangeReport.bump(changes)).isEqualTo(ChangeReport.Bump.MAJOR);
        assertThat(ChangeReport.bump(changes.subList(0, 2))).isEqualTo(ChangeReport.Bump.MINOR);
        assertThat(ChangeReport.bump(List.of())).isEqualTo(ChangeReport.Bump.PATCH);
        assertThat(ChangeReport.markdown(changes, "Changes"))
                .contains("3 changes, 1 of them breaking for callers of the client, so the next release is a major"
                        + " version.");
    }

    @Test
    void aSurfaceSurvivesItsTextForm() {
        Map<String, String> surface =
                Map.of("operation pets.get(PetsGetRequest)", "Map<String, List<Pet>>", "constant Kind.CAT", "");

        assertThat(ApiSurface.parse(ApiSurface.text(surface))).isEqualTo(surface);
        assertThatThrownBy(() -> ApiSurface.parse("# header\nno tab here\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2 is not an API entry: no tab here");
    }
}
