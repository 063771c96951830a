package dev.typewright.verification;

import dev.typewright.generator.model.Credential;
import dev.typewright.generator.naming.Naming;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The client's credential methods, matched to the auth headers of a documented cURL command. */
final class Credentials {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    private final Naming naming;

    Credentials(Naming naming) {
        this.naming = naming;
    }

    /**
     * Picks the client's credential method that sends the cURL command's auth headers, and makes up
     * a credential for each {@code $VARIABLE} so the check can tell the headers apart.
     */
    Naming.AuthMethod pick(Curl curl, List<String> credentials, Map<String, String> expected) {
        Map<String, String> headers = new LinkedHashMap<>();
        curl.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        Naming.AuthMethod best = null;
        List<String> bestArgs = null;
        Map<String, String> bestHeaders = null;
        for (Naming.AuthMethod method : naming.authMethods()) {
            Credential credential = method.credential();
            String[] args = new String[credential.inputs().size()];
            Map<String, String> sent = new LinkedHashMap<>();
            boolean fits = !credential.supplied()
                    && credential.factoryArguments().isEmpty()
                    && credential.headers().stream().allMatch(h -> h.bearer() || h.plainHeader());
            for (Credential.Header header : credential.headers()) {
                if (!fits) {
                    break;
                }
                String raw = headers.get(header.name().toLowerCase(Locale.ROOT));
                if (raw == null || (header.bearer() && !raw.regionMatches(true, 0, "Bearer ", 0, 7))) {
                    fits = false;
                    break;
                }
                String value = fill(
                        header.bearer() ? raw.substring(7).strip() : raw,
                        credential.inputs().get(header.input()));
                if (args[header.input()] != null && !args[header.input()].equals(value)) {
                    fits = false;
                    break;
                }
                args[header.input()] = value;
                sent.put(header.name(), header.bearer() ? "Bearer " + value : value);
            }
            if (fits
                    && Arrays.stream(args).allMatch(a -> a != null)
                    && (bestHeaders == null || sent.size() > bestHeaders.size())) {
                best = method;
                bestArgs = List.of(args);
                bestHeaders = sent;
            }
        }
        if (best != null) {
            credentials.addAll(bestArgs);
            expected.putAll(bestHeaders);
        }
        return best;
    }

    /** The header's value with each {@code $VARIABLE} made up in the shape the input takes. */
    private static String fill(String value, Credential.Input input) {
        return VARIABLE.matcher(value)
                .replaceAll(m -> Matcher.quoteReplacement(
                        input.prefix() + "test_" + m.group(1).toLowerCase(Locale.ROOT)));
    }
}
