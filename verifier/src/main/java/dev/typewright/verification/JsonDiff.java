package dev.typewright.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * JSON equality as an API means it, the one definition every round-trip check uses: the same keys,
 * none added or dropped; strings, booleans and nulls identical; numbers equal as numbers ({@code 1}
 * equals {@code 1.0}); date-times equal as instants; key order and whitespace free.
 */
public final class JsonDiff {
    /** Where two documents first differ, as a JSON pointer, and what stands there on each side. */
    public record Difference(String pointer, String expected, String actual) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected + " but was " + actual;
        }
    }

    private JsonDiff() {}

    public static Optional<Difference> first(JsonNode expected, JsonNode actual) {
        return Optional.ofNullable(diff("", expected, actual));
    }

    private static Difference diff(String at, JsonNode e, JsonNode a) {
        if (e == null || a == null) {
            return e == a ? null : new Difference(at, show(e), show(a));
        }
        if (e.isObject() && a.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            e.fieldNames().forEachRemaining(names::add);
            a.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                Difference d = diff(at + "/" + name.replace("~", "~0").replace("/", "~1"), e.get(name), a.get(name));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                return new Difference(at, e.size() + " items", a.size() + " items");
            }
            Iterator<JsonNode> ei = e.elements();
            Iterator<JsonNode> ai = a.elements();
            for (int i = 0; ei.hasNext(); i++) {
                Difference d = diff(at + "/" + i, ei.next(), ai.next());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (e.isNumber() && a.isNumber()) {
            return e.decimalValue().compareTo(a.decimalValue()) == 0 ? null : new Difference(at, show(e), show(a));
        }
        if (e.isTextual() && a.isTextual()) {
            return e.asText().equals(a.asText()) || sameInstant(e.asText(), a.asText())
                    ? null
                    : new Difference(at, show(e), show(a));
        }
        return e.equals(a) ? null : new Difference(at, show(e), show(a));
    }

    private static boolean sameInstant(String e, String a) {
        try {
            return OffsetDateTime.parse(e)
                    .toInstant()
                    .equals(OffsetDateTime.parse(a).toInstant());
        } catch (DateTimeParseException notDates) {
            return false;
        }
    }

    private static String show(JsonNode node) {
        return node == null ? "(absent)" : node.toString();
    }
}
