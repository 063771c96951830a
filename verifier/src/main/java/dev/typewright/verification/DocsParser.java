package dev.typewright.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a docs page in the format of Seam's API reference: GitBook {@code {% tabs %}} blocks with
 * one tab per language, code and output blocks labelled {@code **Code:**} or {@code #### Code:},
 * a main example near the top, more under {@code ## Examples} with {@code ###} titles, and a JSON
 * sample under {@code ## Response}.
 */
final class DocsParser {
    private static final Pattern TAB = Pattern.compile("\\{%\\s*tab\\s+title=\"([^\"]*)\"\\s*%}");
    private static final Pattern TABS = Pattern.compile("\\{%\\s*tabs\\s*%}");
    private static final Pattern END_TABS = Pattern.compile("\\{%\\s*endtabs\\s*%}");
    private static final Pattern END_TAB = Pattern.compile("\\{%\\s*endtab\\s*%}");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*([^`\\s]*)\\s*$");
    private static final Pattern LABEL =
            Pattern.compile("^\\s*(?:\\*\\*(Code|Output):?\\*\\*:?|#{2,6}\\s*(Code|Output):?)\\s*$");

    /** A page that cannot be read, with the line where reading stopped. */
    static final class ParseException extends Exception {
        final int line;

        ParseException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final String[] lines;
    private int at;

    private DocsParser(String text) {
        this.lines = text.replace("\r\n", "\n").split("\n", -1);
    }

    static DocsPage parse(String text) throws ParseException {
        return new DocsParser(text).page();
    }

    private DocsPage page() throws ParseException {
        String title = null;
        String section = "";
        String exampleTitle = null;
        int exampleLine = 0;
        List<DocsPage.DocExample> examples = new ArrayList<>();
        String response = null;
        int responseLine = 0;
        for (at = 0; at < lines.length; at++) {
            String line = lines[at];
            if (FENCE.matcher(line).matches() && !section.equals("response")) {
                fence();
            } else if (line.startsWith("# ") && title == null) {
                title = line.substring(2).strip();
            } else if (line.startsWith("## ")) {
                section = line.substring(3).strip().toLowerCase(Locale.ROOT);
                exampleTitle = null;
            } else if (line.startsWith("### ") && section.equals("examples")) {
                exampleTitle = line.substring(4).strip();
                exampleLine = at + 1;
            } else if (TABS.matcher(line).find()) {
                int start = at + 1;
                Map<String, DocsPage.Tab> tabs = tabs();
                if (section.equals("response")) {
                    for (DocsPage.Tab tab : tabs.values()) {
                        if (response == null && tab.code() != null) {
                            response = tab.code();
                            responseLine = tab.line();
                        }
                    }
                } else if (section.isEmpty() || section.equals("examples") && exampleTitle != null) {
                    String name = exampleTitle != null ? exampleTitle : title == null ? "main example" : title;
                    examples.add(example(name, exampleTitle != null ? exampleLine : start, tabs));
                    exampleTitle = null;
                }
            } else if (section.equals("response")
                    && response == null
                    && FENCE.matcher(line).matches()) {
                responseLine = at + 2;
                response = fence();
            }
        }
        if (title == null) {
            throw new ParseException(1, "no '# ' title line; is this a docs page?");
        }
        return new DocsPage(title, examples, response, responseLine);
    }

    private DocsPage.DocExample example(String title, int line, Map<String, DocsPage.Tab> tabs) {
        DocsPage.Tab curl = null;
        for (Map.Entry<String, DocsPage.Tab> e : tabs.entrySet()) {
            if (e.getKey().equalsIgnoreCase("curl")) {
                curl = e.getValue();
            }
        }
        if (curl == null || curl.code() == null) {
            return new DocsPage.DocExample(
                    title, line, tabs, null, "no cURL tab with code, so nothing says what goes on the wire");
        }
        try {
            return new DocsPage.DocExample(title, line, tabs, Curl.parse(curl.code()), null);
        } catch (IllegalArgumentException e) {
            return new DocsPage.DocExample(
                    title, curl.line(), tabs, null, "cannot read the cURL command: " + e.getMessage());
        }
    }

    /** From a {@code tabs} line to its {@code endtabs}: each tab's labelled code and output. */
    private Map<String, DocsPage.Tab> tabs() throws ParseException {
        int start = at + 1;
        Map<String, DocsPage.Tab> tabs = new LinkedHashMap<>();
        String tab = null;
        int tabLine = 0;
        String code = null;
        String output = null;
        String label = null;
        for (at++; at < lines.length; at++) {
            String line = lines[at];
            Matcher t = TAB.matcher(line);
            Matcher l = LABEL.matcher(line);
            if (END_TABS.matcher(line).find()) {
                if (tab != null) {
                    throw new ParseException(at + 1, "tab \"" + tab + "\" is not closed before endtabs");
                }
                return tabs;
            } else if (t.find()) {
                if (tab != null) {
                    throw new ParseException(at + 1, "tab \"" + t.group(1) + "\" opens inside tab \"" + tab + "\"");
                }
                tab = t.group(1);
                tabLine = at + 1;
                code = null;
                output = null;
                label = null;
            } else if (END_TAB.matcher(line).find()) {
                if (tab == null) {
                    throw new ParseException(at + 1, "endtab without a tab");
                }
                tabs.put(tab, new DocsPage.Tab(code, output, tabLine));
                tab = null;
            } else if (l.matches()) {
                label = l.group(1) != null ? l.group(1) : l.group(2);
            } else if (FENCE.matcher(line).matches()) {
                int fenceLine = at + 1;
                String body = fence();
                if (tab == null) {
                    continue;
                }
                if ("Output".equals(label)) {
                    output = body;
                } else if (code == null) {
                    code = body;
                    tabLine = fenceLine;
                }
                label = null;
            }
        }
        throw new ParseException(start, "tabs block never ends (no endtabs)");
    }

    /** Reads a fenced block starting at the current line; leaves {@code at} on its closing fence. */
    private String fence() throws ParseException {
        int start = at + 1;
        Matcher open = FENCE.matcher(lines[at]);
        open.matches();
        String marker = open.group(1);
        StringBuilder body = new StringBuilder();
        for (at++; at < lines.length; at++) {
            String stripped = lines[at].strip();
            if (stripped.startsWith(marker) && stripped.chars().allMatch(c -> c == marker.charAt(0))) {
                return body.toString();
            }
            body.append(lines[at]).append('\n');
        }
        throw new ParseException(start, "code block never ends (no closing " + marker + ")");
    }
}
