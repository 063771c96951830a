package dev.typewright.verification;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A documented cURL command reduced to what goes on the wire: method, path, query, headers and
 * body. Shell quoting and here-documents are undone the way a shell would undo them.
 *
 * @param headers header names as written, with {@code $VARIABLE}s left in place
 * @param body the request body text, or null when none is sent
 * @param rawPath the path as written, still percent-encoded, for matching path templates
 */
record Curl(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> headers,
        String body,
        String rawPath) {

    static Curl parse(String command) {
        String[] lines = command.split("\n", -1);
        StringBuilder commandLine = new StringBuilder();
        String hereTag = null;
        boolean hereQuoted = false;
        StringBuilder here = null;
        for (String line : lines) {
            if (here != null) {
                if (line.equals(hereTag)) {
                    hereTag = null;
                    continue;
                }
                if (hereTag != null) {
                    here.append(hereQuoted ? line : unescapeHereDocument(line)).append('\n');
                }
                continue;
            }
            int at = line.indexOf("<<");
            if (at >= 0 && outsideQuotes(line, at)) {
                String tag = line.substring(at + 2).strip();
                hereQuoted = tag.startsWith("'") || tag.startsWith("\"");
                hereTag = tag.replaceAll("^['\"]|['\"]$", "");
                if (hereTag.isEmpty()) {
                    throw new IllegalArgumentException("a here-document without an end marker");
                }
                here = new StringBuilder();
                line = line.substring(0, at);
            }
            if (line.endsWith("\\")) {
                commandLine.append(line, 0, line.length() - 1).append(' ');
            } else {
                commandLine.append(line).append('\n');
            }
        }
        if (hereTag != null) {
            throw new IllegalArgumentException("the here-document never ends (no " + hereTag + " line)");
        }
        List<String> words = words(commandLine.toString().strip());
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new IllegalArgumentException("not a curl command");
        }
        String method = null;
        String url = null;
        String body = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "--include", "-i", "--silent", "-s", "--fail", "-f", "--location", "-L" -> {}
                case "--request", "-X" -> method = argument(words, ++i, w).toUpperCase(Locale.ROOT);
                case "--header", "-H" -> {
                    String h = argument(words, ++i, w);
                    int colon = h.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException("header without a name: " + h);
                    }
                    headers.put(
                            h.substring(0, colon).strip(),
                            h.substring(colon + 1).strip());
                }
                case "--json", "--data", "-d", "--data-raw" -> {
                    String data = argument(words, ++i, w);
                    body = data.equals("@-") ? (here == null ? "" : here.toString()) : data;
                    if (w.equals("--json")) {
                        headers.putIfAbsent("Content-Type", "application/json");
                    }
                }
                case "--url" -> url = argument(words, ++i, w);
                default -> {
                    if (w.startsWith("-")) {
                        throw new IllegalArgumentException("unsupported curl option " + w);
                    }
                    url = w;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("no URL in the curl command");
        }
        URI uri = URI.create(url.replace("$", "%24").replace(" ", "%20"));
        if (method == null) {
            method = body == null ? "GET" : "POST";
        }
        return new Curl(method, decode(uri.getRawPath()), query(uri.getRawQuery()), headers, body, uri.getRawPath());
    }

    private static String argument(List<String> words, int i, String option) {
        if (i >= words.size()) {
            throw new IllegalArgumentException(option + " without a value");
        }
        return words.get(i);
    }

    /** A raw query string's parameters, decoded, in order; repeated names keep every value. */
    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    /** Percent-decoding for a path, where a plus sign is itself. */
    static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Inside an unquoted here-document a backslash escapes only backslash, dollar and backquote. */
    private static String unescapeHereDocument(String line) {
        return line.replaceAll("\\\\([\\\\$`])", "$1");
    }

    private static boolean outsideQuotes(String line, int at) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < at; i++) {
            char c = line.charAt(i);
            if (c == '\\' && !single) {
                i++;
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            }
        }
        return !single && !dbl;
    }

    /** Splits a command into words the way a POSIX shell does, without expanding variables. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
                continue;
            }
            if (w == null) {
                w = new StringBuilder();
            }
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed single quote");
                }
                w.append(s, i + 1, end);
                i = end;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < s.length() && s.charAt(j) != '"'; j++) {
                    char d = s.charAt(j);
                    if (d == '\\' && j + 1 < s.length() && "\"\\$`".indexOf(s.charAt(j + 1)) >= 0) {
                        w.append(s.charAt(++j));
                    } else {
                        w.append(d);
                    }
                }
                if (j >= s.length()) {
                    throw new IllegalArgumentException("unclosed double quote");
                }
                i = j;
            } else if (c == '\\' && i + 1 < s.length()) {
                w.append(s.charAt(++i));
            } else {
                w.append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }
}
