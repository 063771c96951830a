package dev.typewright.verification;

import java.util.List;
import java.util.Map;

/**
 * What a docs page documents: its examples, each as the cURL call that is the wire truth, and
 * the JSON sample of its Response section.
 *
 * @param responseSample the Response section's JSON text, or null when the page has none
 */
record DocsPage(String title, List<DocExample> examples, String responseSample, int responseLine) {

    DocsPage {
        examples = List.copyOf(examples);
    }

    /**
     * One documented call.
     *
     * @param tabs each tab's code and output, by tab title, in page order
     * @param problem why the example cannot be checked, or null
     */
    record DocExample(String title, int line, Map<String, Tab> tabs, Curl curl, String problem) {}

    /** A tab's code block and output block; either may be null. */
    record Tab(String code, String output, int line) {}
}
