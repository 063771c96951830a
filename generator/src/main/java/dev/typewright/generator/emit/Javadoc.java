package dev.typewright.generator.emit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes spec text safe inside a Javadoc comment, and shows its Markdown as Javadoc's HTML.
 * Descriptions are untrusted: a {@code *}{@code /} would end the comment, a backslash could start
 * a unicode escape that javac decodes even inside comments, an {@code @} could forge a block tag,
 * and HTML brackets break doclint; so the text is escaped first, and only then are the Markdown
 * constructs OpenAPI descriptions use (code spans, links, bold, bullet lists) turned into tags of
 * our own.
 */
final class Javadoc {
    private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");
    /** Only web links: a relative target would point into the Javadoc site, where nothing is. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\n]+)]\\((https?://[^)\\s\"]+)\\)");

    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\n]+)\\*\\*");
    private static final Pattern ITEM = Pattern.compile("^\\s*[-*+]\\s+(.*)$");

    private Javadoc() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        // A blank line is a paragraph break in the spec's Markdown but not in Javadoc's HTML; a
        // list is a block of its own, which no paragraph may hold.
        return lists(inline(entities(text)))
                .strip()
                .replaceAll("\n[ \t]*\n\\s*", "\n\n<p>")
                .replace("<p><ul>", "<ul>");
    }

    /** The text with every character that means something to javac or to Javadoc's HTML escaped. */
    private static String entities(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> {}
                case '\n', '\t' -> out.append(c);
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Code spans, then links and bold outside them, so that code stays as it is written. */
    private static String inline(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        Matcher code = CODE.matcher(escaped);
        int at = 0;
        while (code.find()) {
            out.append(links(escaped.substring(at, code.start())))
                    .append("<code>")
                    .append(code.group(1))
                    .append("</code>");
            at = code.end();
        }
        return out.append(links(escaped.substring(at))).toString();
    }

    private static String links(String text) {
        String linked = LINK.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement("<a href=\"" + m.group(2) + "\">" + m.group(1) + "</a>"));
        return BOLD.matcher(linked).replaceAll("<b>$1</b>");
    }

    /** Runs of lines starting with {@code -}, {@code *} or {@code +} as one bullet list. */
    private static String lists(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean open = false;
        for (String line : text.split("\n", -1)) {
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                out.append(open ? "" : "<ul>\n")
                        .append("<li>")
                        .append(item.group(1))
                        .append("</li>\n");
                open = true;
                continue;
            }
            if (open) {
                out.append("</ul>\n");
                open = false;
            }
            out.append(line).append('\n');
        }
        if (open) {
            out.append("</ul>\n");
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * Spec text as code. Not {@code {@code ...}}: inside it an unbalanced brace from the spec would
     * end the tag, and entities would show literally.
     */
    static String code(String text) {
        return "<code>"
                + (text == null ? "" : entities(text).strip())
                        .replace("{", "&#123;")
                        .replace("}", "&#125;") + "</code>";
    }

    /** The first line of the text, for a one-line summary; Markdown on it is shown as on a page. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String first = text.strip();
        int nl = first.indexOf('\n');
        return escape(nl < 0 ? first : first.substring(0, nl));
    }
}
