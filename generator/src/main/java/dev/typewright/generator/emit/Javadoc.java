package dev.typewright.generator.emit;

/**
 * Makes spec text safe inside a Javadoc comment. Descriptions are untrusted: a {@code *}{@code /}
 * would end the comment, a backslash could start a unicode escape that javac decodes even inside
 * comments, an {@code @} could forge a block tag, and HTML brackets break doclint.
 */
final class Javadoc {
    private Javadoc() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
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
        // A blank line is a paragraph break in the spec's Markdown but not in Javadoc's HTML.
        return out.toString().strip().replaceAll("\n[ \t]*\n\\s*", "\n\n<p>");
    }

    /**
     * Spec text as code. Not {@code {@code ...}}: inside it an unbalanced brace from the spec would
     * end the tag, and entities would show literally.
     */
    static String code(String text) {
        return "<code>" + escape(text).replace("{", "&#123;").replace("}", "&#125;") + "</code>";
    }

    /** The first sentence-like line, for a one-line summary. */
    static String firstLine(String text) {
        String escaped = escape(text);
        int nl = escaped.indexOf('\n');
        return nl < 0 ? escaped : escaped.substring(0, nl).strip();
    }
}
