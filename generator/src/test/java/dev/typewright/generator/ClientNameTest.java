package dev.typewright.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default client name says which API it is, from the whole title. */
class ClientNameTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Swagger Petstore | SwaggerPetstoreClient",
                "GitHub v3 REST API | GitHubClient",
                "GitHub's REST API | GitHubClient",
                "Seam Connect | SeamConnectClient",
                "Train Travel API | TrainTravelClient",
                "Pets | PetsClient",
                "API | ApiClient",
                "OpenAPI 3.1 | ApiClient",
                "The Very Long Name Of Some Service | TheVeryLongNameClient",
                "Ünïcode Shop | ÜnïcodeShopClient"
            })
    void theTitlesWordsButTheGenericOnes(String title, String expected) {
        assertThat(Generator.clientName(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "no title")
    @CsvSource(
            value = {"''"},
            emptyValue = "")
    void noTitle(String title) {
        assertThat(Generator.clientName(title.isEmpty() ? null : title)).isEqualTo("ApiClient");
    }
}
