package dev.typewright.generator.load;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901), and turning Swagger Parser's dotted attribute paths into them. */
final class Pointers {
    private Pointers() {}

    static String child(String pointer, String segment) {
        return pointer + "/" + segment.replace("~", "~0").replace("/", "~1");
    }

    /** One reference token of a pointer as the name it stands for. */
    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /**
     * Swagger Parser reports places as {@code paths.'/a/b'(post).responses}; a quoted segment may
     * hold dots and the parenthesised method is a segment of its own.
     */
    static String fromAttributePath(String dotted) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < dotted.length(); i++) {
            char c = dotted.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '.') {
                flush(segments, current);
            } else if (!quoted && c == '(') {
                flush(segments, current);
            } else if (!quoted && c == ')') {
                flush(segments, current);
            } else {
                current.append(c);
            }
        }
        flush(segments, current);
        String pointer = "";
        for (String segment : segments) {
            pointer = child(pointer, segment);
        }
        return pointer;
    }

    private static void flush(List<String> segments, StringBuilder current) {
        if (current.length() > 0) {
            segments.add(current.toString());
            current.setLength(0);
        }
    }
}
