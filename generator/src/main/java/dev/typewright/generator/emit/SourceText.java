package dev.typewright.generator.emit;

import com.palantir.javapoet.JavaFile;

/**
 * The text of a generated source file, within {@value #WIDTH} columns. JavaPoet writes each
 * Javadoc line as long as the spec's description runs, a parameter's annotations on its line, and
 * a {@code permits} clause on one line; this wraps such lines at spaces (Javadoc outside
 * {@code <pre>}, code outside string literals), so only a single word longer than a line stays
 * longer.
 */
public final class SourceText {
    static final int WIDTH = 120;

    private SourceText() {}

    public static String render(JavaFile file) {
        String text = file.toString();
        StringBuilder out = new StringBuilder(text.length() + text.length() / 32);
        boolean pre = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end);
            start = end;
            int star = commentPrefix(line);
            if (star >= 0) {
                pre = pre ? !line.contains("</pre>") : line.contains("<pre>") && !line.contains("</pre>");
            }
            if (pre || line.length() <= WIDTH + 1 || line.stripLeading().startsWith("//")) {
                out.append(line);
            } else if (star >= 0) {
                wrap(line.stripTrailing(), star, out);
            } else {
                wrapCode(line.stripTrailing(), out);
            }
        }
        return compact(out.toString());
    }

    /**
     * Writes a Javadoc of one short line on one line ({@code /** Required. *}{@code /}) and a
     * class's uncommented fields one after another without a blank line between them, and an
     * annotation with one member on one line ({@code @JsonDeserialize(using = X.class)}), as people
     * write them; JavaPoet spends three lines on the first and the last, and puts a blank line
     * between fields.
     */
    private static String compact(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i + 2 < lines.length && line.endsWith("/**")) {
                String margin = line.substring(0, line.length() - 3);
                String body = lines[i + 1];
                if (margin.isBlank()
                        && lines[i + 2].equals(margin + " */")
                        && body.startsWith(margin + " * ")
                        && !body.startsWith(margin + " * @")
                        && !body.contains("<pre>")
                        && body.length() + 4 <= WIDTH) {
                    out.append(margin).append("/** ").append(body, margin.length() + 3, body.length());
                    out.append(" */\n");
                    i += 2;
                    continue;
                }
            }
            if (i + 2 < lines.length
                    && line.endsWith("(")
                    && line.stripLeading().startsWith("@")) {
                String member = lines[i + 1].strip();
                String close = lines[i + 2];
                if (close.strip().equals(")") && line.length() + member.length() + 1 <= WIDTH) {
                    out.append(line).append(member).append(close.strip()).append('\n');
                    i += 2;
                    continue;
                }
            }
            if (line.isEmpty() && i > 0 && i + 1 < lines.length && isField(lines[i - 1]) && isField(lines[i + 1])) {
                continue;
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Whether a line declares a private field, on that line alone. */
    private static boolean isField(String line) {
        String code = line.stripLeading();
        return code.startsWith("private ") && code.endsWith(";");
    }

    /** The length of a Javadoc line's {@code "    * "} prefix, or -1 for a line of code. */
    private static int commentPrefix(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.startsWith("* ", i) ? i + 2 : -1;
    }

    private static void wrap(String line, int prefixLength, StringBuilder out) {
        String prefix = line.substring(0, prefixLength);
        int at = prefixLength;
        while (line.length() - at > WIDTH - prefixLength) {
            int limit = at + WIDTH - prefixLength;
            int space = line.lastIndexOf(' ', limit);
            if (space <= at) {
                space = line.indexOf(' ', limit);
                if (space < 0) {
                    break;
                }
            }
            out.append(prefix).append(line, at, space).append('\n');
            at = space + 1;
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
        }
        out.append(prefix).append(line, at, line.length()).append('\n');
    }

    /**
     * Wraps a line of code: the annotations a parameter starts with go on lines of their own, and
     * the rest breaks at spaces outside literals, after a comma where one is near the limit, with
     * the continuation indented twice.
     */
    private static void wrapCode(String line, StringBuilder out) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String margin = line.substring(0, indent);
        String rest = line.substring(indent);
        while (rest.startsWith("@")) {
            int end = annotationEnd(rest);
            if (end < 0 || end >= rest.length() || rest.charAt(end) != ' ') {
                break;
            }
            out.append(margin).append(rest, 0, end).append('\n');
            rest = rest.substring(end + 1);
        }
        String current = margin + rest;
        String continuation = margin + "        ";
        while (current.length() > WIDTH) {
            int at = breakBefore(current, WIDTH);
            if (at < 0) {
                break;
            }
            out.append(current, 0, at).append('\n');
            current = continuation + current.substring(at + 1);
        }
        out.append(current).append('\n');
    }

    /** Where the annotation at the start of {@code text} ends, or -1 when it does not close. */
    private static int annotationEnd(String text) {
        int i = 1;
        while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '(') {
            return i;
        }
        int depth = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(text, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index of the quote that closes the string or char literal opening at {@code start}. */
    private static int literalEnd(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * The space to break at so that the part before it fits {@code width}: the last one after a
     * comma in the line's second half, else the last one; never inside a literal; -1 for none.
     */
    private static int breakBefore(String line, int width) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        int lastSpace = -1;
        int lastComma = -1;
        for (int i = indent; i < line.length() && i <= width; i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(line, i);
            } else if (c == ' ') {
                lastSpace = i;
                if (line.charAt(i - 1) == ',') {
                    lastComma = i;
                }
            }
        }
        return lastComma > width / 2 ? lastComma : lastSpace;
    }
}
