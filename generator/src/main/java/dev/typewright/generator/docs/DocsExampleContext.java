package dev.typewright.generator.docs;

/**
 * What {@code docs-example.md.mustache} can use for one example: the Java call beside the cURL
 * command that shows the same call on the wire. Every code and JSON value comes with a fence
 * longer than any run of backticks in it, so that spec text cannot close the block.
 *
 * @param description the example's summary (Markdown), or null
 * @param javaCode the Java statement that makes the call; the verifier compiles and runs this code
 * @param javaFence the fence for {@code javaCode}
 * @param output what the Java call returns, as indented JSON; null for none
 * @param outputFence the fence for {@code output}
 * @param curlCode the same call as a cURL command
 * @param curlFence the fence for {@code curlCode}
 * @param wireOutput the whole response body as indented JSON; null for none
 * @param wireFence the fence for {@code wireOutput}
 */
public record DocsExampleContext(
        String description,
        String javaCode,
        String javaFence,
        String output,
        String outputFence,
        String curlCode,
        String curlFence,
        String wireOutput,
        String wireFence) {}
