package dev.typewright.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTest {
    @Test
    void markdownOfDescriptionsIsShownAsHtml() {
        assertThat(Javadoc.escape(
                        "Returns a [client session](https://docs.seam.co/cs) by `client_session_id`, **once**."))
                .isEqualTo("Returns a <a href=\"https://docs.seam.co/cs\">client session</a> by"
                        + " <code>client_session_id</code>, <strong>once</strong>.");
        assertThat(Javadoc.escape("Either:\n- `a`, or\n- b\n\nNot both."))
                .isEqualTo("Either:\n<ul>\n<li><code>a</code>, or</li>\n<li>b</li>\n</ul>\n\n<p>Not both.");
        assertThat(Javadoc.escape("- only\n- a list")).isEqualTo("<ul>\n<li>only</li>\n<li>a list</li>\n</ul>");
        assertThat(Javadoc.escape("One.\n\nTwo *in* it.\n\n```json\n{\"a\": 1}\n```"))
                .isEqualTo(
                        "One.\n\n<p>Two <em>in</em> it.\n<pre><code class=\"language-json\">{\"a\": 1}\n</code></pre>");
        assertThat(Javadoc.escape("Intro:\n\n    an indented paragraph, not code"))
                .isEqualTo("Intro:\n\n<p>an indented paragraph, not code");
    }

    @Test
    void markdownCannotCarryWhatTheEscapingKeepsOut() {
        assertThat(Javadoc.escape("[x](javascript:alert(1)) and [y](/relative)"))
                .isEqualTo("x and y");
        assertThat(Javadoc.escape("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Javadoc.escape("See <b onclick=x>this</b> ![logo](https://x.test/a.png)."))
                .isEqualTo("See &lt;b onclick=x&gt;this&lt;/b&gt; logo.");
        assertThat(Javadoc.escape("# Title\n\nText")).isEqualTo("<strong>Title</strong>\n\n<p>Text");
        assertThat(Javadoc.escape("Configuration.\n---\nDeprecated."))
                .as("a setext heading before a thematic break, as CommonMark has it, in every JVM")
                .isEqualTo("<strong>Configuration.</strong>\n\n<p>Deprecated.");
        assertThat(Javadoc.escape("a  \nb")).isEqualTo("a<br>\nb");
        assertThat(Javadoc.escape("`*/ @return \\u0041 <b>`"))
                .isEqualTo("<code>*&#47; &#64;return &#92;u0041 &lt;b&gt;</code>");
        assertThat(Javadoc.escape("[a](https://x.test/?q=\"><script>)"))
                .doesNotContain("<script>")
                .doesNotContain("\"><");
        assertThat(Javadoc.escape("2 * 3 * 4")).isEqualTo("2 * 3 * 4");
    }

    @Test
    void aSummaryLineIsWholeHtml() {
        assertThat(Javadoc.firstLine("- first item\n- second")).isEqualTo("<ul>\n<li>first item</li>\n</ul>");
        assertThat(Javadoc.code("{`x`}")).isEqualTo("<code>&#123;`x`&#125;</code>");
    }
}
