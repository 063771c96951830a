package dev.typewright.generator.model;

import java.util.List;

/**
 * A way the client's builder offers to authenticate: one builder method.
 *
 * @param name the builder method's name before it becomes an identifier, such as {@code api_key};
 *     credentials of one name with different inputs become overloads
 * @param inputs what the caller passes, in order
 * @param headers the headers the credentials travel in
 * @param factory the static method ({@code package.Class.method}) that takes the inputs and
 *     returns the runtime's {@code Auth}, checking them first; null to send the inputs in the
 *     headers as they are
 * @param description what the credential is, for Javadoc and the README; may be null
 */
public record Credential(String name, List<Input> inputs, List<Header> headers, String factory, String description) {
    public Credential {
        inputs = List.copyOf(inputs);
        headers = List.copyOf(headers);
    }

    /**
     * @param prefix how every valid value starts, for made-up values in docs checks; empty when
     *     any value goes
     */
    public record Input(String name, String description, String prefix) {}

    /**
     * One header and the input whose value it carries.
     *
     * @param bearer whether the value goes as {@code Authorization: Bearer <value>}
     */
    public record Header(String name, boolean bearer, int input) {
        public static Header bearer(int input) {
            return new Header("Authorization", true, input);
        }

        /** How the README and docs show it: {@code Authorization: Bearer} or the header's name. */
        public String shown() {
            return bearer ? "Authorization: Bearer" : name;
        }
    }
}
