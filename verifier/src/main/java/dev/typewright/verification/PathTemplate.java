package dev.typewright.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An OpenAPI path such as {@code /pets/{petId}}, matched against a documented URL's raw path. */
final class PathTemplate {
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final Pattern regex;
    private final List<String> names = new ArrayList<>();

    PathTemplate(String template) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        this.regex = Pattern.compile(
                regex.append(Pattern.quote(template.substring(last))).toString());
    }

    /**
     * The decoded value of each parameter when the raw (still percent-encoded) path fits the
     * template, so that a value holding an encoded slash stays one segment; null when it does not.
     */
    Map<String, String> match(String rawPath) {
        Matcher m = regex.matcher(rawPath);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), Curl.decode(m.group(i + 1)));
        }
        return values;
    }
}
