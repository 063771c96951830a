package dev.typewright.runtime;

/** Checks that keep header names and values from smuggling extra lines into a request. */
final class Headers {
    private Headers() {}

    static String requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("header name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ':') {
                throw new IllegalArgumentException("header name has an illegal character: " + name);
            }
        }
        return name;
    }

    /** The value itself is never put in the message: it is usually a secret. */
    static String requireValue(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException(what + " must not contain line breaks or NUL");
            }
        }
        return value;
    }
}
