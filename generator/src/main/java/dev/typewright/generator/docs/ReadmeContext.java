package dev.typewright.generator.docs;

import java.util.List;

/**
 * What {@code README.md.mustache} can use. A template a user puts in place of the packaged one
 * gets exactly these names; values marked Markdown are already Markdown and are written with
 * triple braces ({@code {{{description}}}}), the others are plain text.
 *
 * @param title the API's title, or the client's class name when the spec has none
 * @param description the API's description (Markdown), or null
 * @param clientName the client's class name, such as {@code SeamClient}
 * @param clientPackage the package of the client classes
 * @param modelPackage the package of the request, response and model classes
 * @param clientVariable the variable the code examples keep the client in, such as {@code seam}
 * @param runtimeVersion the version of {@code dev.typewright:typewright-runtime} the client needs
 * @param defaultEndpoint the spec's first server URL, or null
 * @param authModes one entry per builder method that sets credentials, in the spec's order
 * @param firstAuth the first of {@code authModes}, for the example that creates a client; null
 *     when the API takes no credentials
 * @param operations every operation not marked undocumented or draft, in the spec's order
 */
public record ReadmeContext(
        String title,
        String description,
        String clientName,
        String clientPackage,
        String modelPackage,
        String clientVariable,
        String runtimeVersion,
        String defaultEndpoint,
        List<AuthMethod> authModes,
        AuthMethod firstAuth,
        List<Operation> operations) {

    /**
     * One builder method that sets credentials.
     *
     * @param method its name, such as {@code apiKey}
     * @param arguments placeholders for its arguments as Java code: {@code "<api key>"}
     * @param headers the headers it sends, as Markdown code spans
     * @param description what the spec says of the credential (Markdown), or null
     */
    public record AuthMethod(String method, String arguments, String headers, String description) {}

    /**
     * One operation.
     *
     * @param title the spec's title for it, else its method and path
     * @param httpMethod such as {@code POST}
     * @param path its path, such as {@code /devices/get}
     * @param description the spec's description (Markdown), or null
     * @param deprecated whether the spec deprecates it
     * @param examples the spec's request examples as Java calls; one call without inputs when the
     *     spec has none
     */
    public record Operation(
            String title,
            String httpMethod,
            String path,
            String description,
            boolean deprecated,
            List<Example> examples) {}

    /**
     * One example call.
     *
     * @param summary the example's summary (Markdown), or null
     * @param code the Java statement that makes the call
     */
    public record Example(String summary, String code) {}
}
