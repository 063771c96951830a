package dev.typewright.generator.model;

import java.util.List;

/**
 * A way the client's builder offers to authenticate: one builder method.
 *
 * @param name the builder method's name before it becomes an identifier, such as {@code api_key};
 *     credentials of one name with different inputs become overloads
 * @param inputs what the caller passes, in order
 * @param headers where the credentials travel
 * @param factory the static method ({@code package.Class.method}) that takes the factory's
 *     arguments and then the inputs and returns the runtime's {@code Auth}, checking them first;
 *     null to send the inputs where {@code headers} say, as they are
 * @param factoryArguments text passed to the factory before the inputs, such as a token URL
 * @param supplied whether each input is a {@code Supplier<String>} asked on every request, rather
 *     than a fixed {@code String}
 * @param description what the credential is, for Javadoc and the README; may be null
 * @param schemes the security schemes these credentials satisfy together, as a security
 *     requirement lists them; empty when the profile does not tie them to the spec's requirements
 *     (a call then sends whichever credentials the client holds)
 */
public record Credential(
        String name,
        List<Input> inputs,
        List<Header> headers,
        String factory,
        List<String> factoryArguments,
        boolean supplied,
        String description,
        List<String> schemes) {
    public Credential {
        inputs = List.copyOf(inputs);
        headers = List.copyOf(headers);
        factoryArguments = List.copyOf(factoryArguments);
        schemes = List.copyOf(schemes);
    }

    /** Fixed credentials, made by {@code factory} from the inputs alone or sent as they are. */
    public Credential(String name, List<Input> inputs, List<Header> headers, String factory, String description) {
        this(name, inputs, headers, factory, List.of(), false, description, List.of());
    }

    /**
     * @param prefix how every valid value starts, for made-up values in docs checks; empty when
     *     any value goes
     */
    public record Input(String name, String description, String prefix) {}

    /**
     * One place a credential goes and the input whose value it carries.
     *
     * @param input the input; for {@link Kind#BASIC} the user name, the password being the next one
     */
    public record Header(String name, Kind kind, int input) {
        public enum Kind {
            HEADER,
            /** {@code Authorization: Bearer <value>}. */
            BEARER,
            /** {@code Authorization: Basic} of the input and the next one. */
            BASIC,
            QUERY,
            COOKIE
        }

        public Header(String name, boolean bearer, int input) {
            this(name, bearer ? Kind.BEARER : Kind.HEADER, input);
        }

        public static Header bearer(int input) {
            return new Header("Authorization", Kind.BEARER, input);
        }

        public boolean bearer() {
            return kind == Kind.BEARER;
        }

        /** Whether it is a header of its own, its value the input as it is. */
        public boolean plainHeader() {
            return kind == Kind.HEADER;
        }

        /** How the README and docs show it: {@code Authorization: Bearer}, a header's name, or where else it goes. */
        public String shown() {
            return switch (kind) {
                case BEARER -> "Authorization: Bearer";
                case BASIC -> "Authorization: Basic";
                case HEADER -> name;
                case QUERY -> "query parameter " + name;
                case COOKIE -> "cookie " + name;
            };
        }
    }
}
