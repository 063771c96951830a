package dev.typewright.generator.emit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Makes spec text safe inside a Javadoc comment, and shows its Markdown as Javadoc's HTML.
 * Descriptions are untrusted: raw HTML in them is shown as text, a link goes only to a web page
 * (a relative target would point into the Javadoc site, where nothing is), and in the HTML that
 * commonmark-java renders, a {@code *}{@code /} that would end the comment, a backslash that could
 * start a unicode escape javac decodes even inside comments, and an {@code @} that could forge a
 * block tag are written as entities.
 */
final class Javadoc {
    /**
     * Every block but indented code: spec descriptions indent whole paragraphs (Seam's do) far more
     * often than they mean code, which they fence. In commonmark-java's own order, which decides
     * between readings such as a setext heading and a thematic break; a {@code Set.of} would
     * change it from one JVM to the next, and the output with it.
     */
    private static final Parser MARKDOWN = Parser.builder()
            .enabledBlockTypes(new LinkedHashSet<>(List.of(
                    BlockQuote.class,
                    Heading.class,
                    FencedCodeBlock.class,
                    HtmlBlock.class,
                    ThematicBreak.class,
                    ListBlock.class)))
            .build();

    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).softbreak("\n").build();

    private Javadoc() {}

    static String escape(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Node document = MARKDOWN.parse(text);
        forJavadoc(document);
        // Javadoc's style: the first paragraph bare, each later one opened by <p> after a blank line.
        String html = HTML.render(document)
                .strip()
                .replace("</p>", "")
                .replace("<br />", "<br>")
                .replace("<hr />", "<hr>");
        if (html.startsWith("<p>")) {
            html = html.substring(3);
        }
        return entities(quotes(html.replace("\n<p>", "\n\n<p>")));
    }

    /** Quotation marks as they are in text, where HTML needs no entity for them; tags keep theirs. */
    private static String quotes(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            inTag = c == '<' || (inTag && c != '>');
            if (!inTag && html.startsWith("&quot;", i)) {
                out.append('"');
                i += "&quot;".length() - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Turns what Javadoc cannot show into what it can: a link that is not to a web page into its
     * text, an image into its description, and a heading (which doclint wants in its own order)
     * into a bold paragraph. Collected first, changed after, as the walk cannot change the tree.
     */
    private static void forJavadoc(Node document) {
        List<Node> changed = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!link.getDestination().matches("(?i)https?://.*")) {
                    changed.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                changed.add(image);
            }

            @Override
            public void visit(Heading heading) {
                changed.add(heading);
                visitChildren(heading);
            }
        });
        for (Node node : changed) {
            Node replacement = node instanceof Heading ? new Paragraph() : null;
            Node holder = replacement == null ? null : new StrongEmphasis();
            if (replacement != null) {
                replacement.appendChild(holder);
            }
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                if (holder != null) {
                    holder.appendChild(child);
                } else {
                    node.insertBefore(child);
                }
                child = next;
            }
            if (replacement != null) {
                node.insertBefore(replacement);
            }
            node.unlink();
        }
    }

    /** The HTML with every character that means something to javac or to Javadoc written as an entity. */
    private static String entities(String html) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            switch (c) {
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && html.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> {}
                case '\n', '\t' -> out.append(c);
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Text that is shown as it is, not read as Markdown: every character that means something escaped. */
    private static String plain(String text) {
        return entities(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    /**
     * Spec text as code. Not {@code {@code ...}}: inside it an unbalanced brace from the spec would
     * end the tag, and entities would show literally.
     */
    static String code(String text) {
        return "<code>"
                + (text == null ? "" : plain(text).strip())
                        .replace("{", "&#123;")
                        .replace("}", "&#125;") + "</code>";
    }

    /** The first line of the text, for a one-line summary; Markdown on it is shown as on a page. */
    static String firstLine(String text) {
        return escape(firstLineText(text));
    }

    /** The first line of the text as the spec has it, before {@link #escape}. */
    static String firstLineText(String text) {
        if (text == null) {
            return "";
        }
        String first = text.strip();
        int nl = first.indexOf('\n');
        return nl < 0 ? first : first.substring(0, nl);
    }
}
