package dev.typewright.generator.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns names from a spec, which may hold any text at all, into Java identifiers that are valid,
 * are not keywords, and read like Java.
 */
public final class Identifiers {
    private static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "_",
            "var",
            "yield",
            "record",
            "sealed",
            "permits",
            "non-sealed");

    private Identifiers() {}

    /** {@code client_session_id} to {@code clientSessionId}. */
    public static String camel(String raw) {
        List<String> words = words(raw);
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            s.append(s.length() == 0 ? w.toLowerCase(Locale.ROOT) : capitalize(w));
        }
        return safe(s.toString(), "value");
    }

    /** {@code client_session} to {@code ClientSession}. */
    public static String pascal(String raw) {
        StringBuilder s = new StringBuilder();
        for (String w : words(raw)) {
            s.append(capitalize(w));
        }
        return safe(s.toString(), "Unnamed");
    }

    /**
     * The English singular of a plural identifier's last word, for a builder's {@code addX}:
     * {@code DeviceTypes} to {@code DeviceType}, {@code Entries} to {@code Entry}, {@code Boxes}
     * to {@code Box}, {@code Statuses} to {@code Status}; a word that does not look plural stays as
     * it is ({@code Data}, {@code Status}).
     */
    public static String singular(String name) {
        if (name.endsWith("ies") && name.length() > 4) {
            return name.substring(0, name.length() - 3) + "y";
        }
        for (String ending : List.of("sses", "shes", "ches", "uses", "xes", "zes")) {
            if (name.endsWith(ending)) {
                return name.substring(0, name.length() - 2);
            }
        }
        boolean plural = name.endsWith("s")
                && !name.endsWith("ss")
                && !name.endsWith("us")
                && !name.endsWith("is")
                && name.length() > 2;
        return plural ? name.substring(0, name.length() - 1) : name;
    }

    /** A Java package name, one valid lower-case segment per dot. */
    public static boolean isPackageName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (String segment : name.split("\\.", -1)) {
            if (segment.isEmpty()
                    || KEYWORDS.contains(segment)
                    || !Character.isJavaIdentifierStart(segment.charAt(0))
                    || !segment.chars().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }

    /** {@code device.connected} to {@code DEVICE_CONNECTED}; a leading digit gets {@code VALUE_}. */
    public static String constant(String raw) {
        String name = String.join("_", words(raw)).toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            return "EMPTY";
        }
        return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "VALUE_" + name;
    }

    /** Whether the text is already a usable simple name for a class. */
    public static boolean isTypeName(String name) {
        return name != null
                && !name.isEmpty()
                && Character.isJavaIdentifierStart(name.charAt(0))
                && name.chars().allMatch(c -> Character.isJavaIdentifierPart(c) && c != '$')
                && !KEYWORDS.contains(name);
    }

    private static String safe(String s, String fallback) {
        if (s.isEmpty()) {
            return fallback;
        }
        if (!Character.isJavaIdentifierStart(s.charAt(0))) {
            s = "_" + s;
        }
        return KEYWORDS.contains(s) ? s + "_" : s;
    }

    private static String capitalize(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Splits at anything that cannot stand in an identifier and at lower-to-upper humps, so that
     * {@code userIdentityIDs}, {@code user-identity-ids} and {@code user identity ids} agree.
     */
    static List<String> words(String raw) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] cps = raw.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean part = Character.isLetterOrDigit(c) && Character.isJavaIdentifierPart(c);
            if (!part) {
                flush(words, current);
                continue;
            }
            if (current.length() > 0 && Character.isUpperCase(c)) {
                int prev = current.codePointBefore(current.length());
                boolean nextLower = i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
                if (Character.isLowerCase(prev)
                        || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextLower)) {
                    flush(words, current);
                }
            }
            current.appendCodePoint(c);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }
}
