package dev.typewright.generator.docs;

import java.util.List;

/**
 * What {@code docs-page.md.mustache} can use for one operation's page. A template a user puts in
 * place of the packaged one gets exactly these names; values marked Markdown are written with
 * triple braces, as are code and JSON, which must not be HTML-escaped.
 *
 * @param title the spec's title for the operation, else its method and path
 * @param description the spec's description (Markdown), or null
 * @param deprecated whether the spec deprecates the operation
 * @param deprecationMessage what the spec says of the deprecation (Markdown), or null
 * @param mainExample the first example, already rendered with {@code docs-example.md.mustache}; null
 *     when the spec has none
 * @param moreExamples the other examples, rendered the same way
 * @param hasMoreExamples whether there are other examples
 * @param authMethods the client's builder methods that set credentials
 * @param parameters the operation's inputs, in the request type's order
 * @param resultType the Java type a call returns, in simple names; null for none
 * @param responseSample the first example's result as indented JSON, or null
 * @param fence a code fence longer than any run of backticks in the sample
 */
public record DocsPageContext(
        String title,
        String description,
        boolean deprecated,
        String deprecationMessage,
        String mainExample,
        List<MoreExample> moreExamples,
        boolean hasMoreExamples,
        List<AuthMethod> authMethods,
        List<Parameter> parameters,
        String resultType,
        String responseSample,
        String fence) {

    /**
     * An example after the first.
     *
     * @param title its summary, else its name in the spec
     * @param text the example rendered with {@code docs-example.md.mustache}
     */
    public record MoreExample(String title, String text) {}

    /**
     * A builder method that sets credentials.
     *
     * @param method its name, such as {@code apiKey}
     * @param headers the headers it sends, as Markdown code spans
     */
    public record AuthMethod(String method, String headers) {}

    /**
     * One input of the operation.
     *
     * @param name its name on the wire (for a whole body, its Java name)
     * @param type its Java type, in simple names
     * @param required whether a call must give it
     * @param deprecated whether the spec deprecates it
     * @param description the spec's description (Markdown), or null
     */
    public record Parameter(String name, String type, boolean required, boolean deprecated, String description) {}
}
