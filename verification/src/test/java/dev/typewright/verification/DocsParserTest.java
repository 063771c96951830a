package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.typewright.runtime.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocsParserTest {
    static final Path SEED = Path.of("src/test/resources/seed/client_sessions/get.md");

    @Test
    void readsBothExamplesOfTheSeedPageAndItsResponseSample() throws Exception {
        DocsPage page = DocsParser.parse(Files.readString(SEED));

        assertThat(page.title()).isEqualTo("Get a Client Session");
        assertThat(page.examples())
                .extracting(DocsPage.DocExample::title)
                .containsExactly("Get a Client Session", "Get a client session for a user identifier key");
        DocsPage.DocExample main = page.examples().get(0);
        assertThat(main.tabs()).containsKeys("JavaScript", "cURL", "Python", "Ruby", "PHP", "Seam CLI");
        assertThat(main.curl().method()).isEqualTo("POST");
        assertThat(main.curl().path()).isEqualTo("/client_sessions/get");
        assertThat(main.curl().headers())
                .containsEntry("Authorization", "Bearer $SEAM_API_KEY")
                .containsEntry("Content-Type", "application/json");
        assertThat(Json.parse(main.curl().body()).get("client_session_id").asText())
                .isEqualTo("c2cbd177-1ace-414b-bb1e-9f129e4a05c1");
        assertThat(Json.parse(main.tabs().get("cURL").output())
                        .get("client_session")
                        .get("customer_id")
                        .asText())
                .isEqualTo("e387e15f-be27-47ad-881f-4a6fc5460c57");
        // The second example labels its blocks with "#### Code:" headings instead of bold text.
        assertThat(Json.parse(page.examples().get(1).curl().body())
                        .get("user_identifier_key")
                        .asText())
                .isEqualTo("jane_doe");
        assertThat(Json.parse(page.responseSample()).get("user_identity_ids")).hasSize(1);
    }

    @Test
    void curlUndoesShellQuotingHereDocumentsAndQueryEncoding() {
        Curl c = Curl.parse("""
        curl -X GET 'https://h.example/things/a%2Fb?tag=x+y&tag=z' \\
          -H "seam-workspace: \\"w\\"" \\
          --json @- <<EOF
        {"price": "\\$5"}
        EOF""");

        assertThat(c.method()).isEqualTo("GET");
        assertThat(c.path()).isEqualTo("/things/a/b");
        assertThat(c.query()).containsEntry("tag", java.util.List.of("x y", "z"));
        assertThat(c.headers()).containsEntry("seam-workspace", "\"w\"");
        assertThat(Json.parse(c.body()).get("price").asText()).isEqualTo("$5");
    }

    @Test
    void anUnclosedTabsBlockIsReportedWithItsLine() {
        String page = "# Broken\n\ntext\n{% tabs %}\n{% tab title=\"cURL\" %}\n```curl\ncurl https://x/y\n```\n";

        assertThatThrownBy(() -> DocsParser.parse(page))
                .isInstanceOfSatisfying(
                        DocsParser.ParseException.class, e -> assertThat(e.line).isEqualTo(4))
                .hasMessageContaining("endtabs");
    }

    @Test
    void anExampleWithoutCurlIsKeptWithTheReason() throws Exception {
        String page =
                "# Only JS\n\n{% tabs %}\n{% tab title=\"JavaScript\" %}\n**Code:**\n\n```javascript\nawait seam.x()\n```\n{% endtab %}\n{% endtabs %}\n";

        DocsPage parsed = DocsParser.parse(page);

        assertThat(parsed.examples())
                .singleElement()
                .satisfies(e -> assertThat(e.problem()).contains("no cURL tab"));
    }

    @Test
    void theCurlTabIsFoundInAnyOrderAndAnyCase() throws Exception {
        String curl =
                "{% tab title=\"CURL\" %}\n**Code:**\n\n```curl\ncurl -X POST https://x.example/devices/list\n```\n\n"
                        + "**Output:**\n\n```json\n{\"devices\": [], \"ok\": true}\n```\n{% endtab %}\n";
        String js =
                "{% tab title=\"JavaScript\" %}\n**Code:**\n\n```javascript\nawait seam.devices.list()\n```\n{% endtab %}\n";
        for (String tabs : new String[] {curl + js, js + curl}) {
            DocsPage page = DocsParser.parse("# List Devices\n\n{% tabs %}\n" + tabs + "{% endtabs %}\n");

            DocsPage.DocExample example = page.examples().get(0);
            assertThat(example.problem()).isNull();
            assertThat(example.curl().method()).isEqualTo("POST");
            assertThat(example.curl().path()).isEqualTo("/devices/list");
            assertThat(example.tabs()).containsKeys("CURL", "JavaScript");
            assertThat(Json.parse(example.tabs().get("CURL").output()).get("ok").asBoolean())
                    .isTrue();
        }
    }
}
