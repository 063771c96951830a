package dev.typewright.verification;

import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.naming.Naming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The client's credential methods, matched to the auth headers of a documented cURL command. */
final class Credentials {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    private final ApiModel model;
    private final Naming naming;

    Credentials(ApiModel model, Naming naming) {
        this.model = model;
        this.naming = naming;
    }

    /**
     * Picks the client's credential method that sends the cURL command's auth headers, and makes up
     * a credential for each {@code $VARIABLE} so the check can tell the headers apart.
     */
    Naming.AuthMethod pick(Curl curl, List<String> credentials, Map<String, String> expected) {
        Map<String, String> headers = new LinkedHashMap<>();
        curl.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), fill(v)));
        Naming.AuthMethod best = null;
        int bestCount = 0;
        List<String> bestArgs = null;
        Map<String, String> bestHeaders = null;
        for (Naming.AuthMethod method : naming.authMethods()) {
            List<String> args = new ArrayList<>();
            Map<String, String> sent = new LinkedHashMap<>();
            boolean fits = true;
            for (String id : method.mode().schemeIds()) {
                AuthScheme scheme = model.scheme(id);
                String value = headers.get(scheme.headerName().toLowerCase(Locale.ROOT));
                String credential = null;
                if (value != null
                        && scheme.kind() == AuthScheme.Kind.BEARER
                        && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    credential = value.substring(7).strip();
                } else if (value != null && scheme.kind() == AuthScheme.Kind.API_KEY_HEADER) {
                    credential = value;
                }
                if (credential == null) {
                    fits = false;
                    break;
                }
                args.add(credential);
                sent.put(scheme.headerName(), value);
                for (String also : scheme.alsoHeaders()) {
                    if (!credential.equals(headers.get(also.toLowerCase(Locale.ROOT)))) {
                        fits = false;
                    }
                    sent.put(also, credential);
                }
            }
            if (fits && sent.size() > bestCount) {
                best = method;
                bestCount = sent.size();
                bestArgs = args;
                bestHeaders = sent;
            }
        }
        if (best != null) {
            credentials.addAll(bestArgs);
            expected.putAll(bestHeaders);
        }
        return best;
    }

    private static String fill(String value) {
        return VARIABLE.matcher(value)
                .replaceAll(m -> Matcher.quoteReplacement("test_" + m.group(1).toLowerCase(Locale.ROOT)));
    }
}
