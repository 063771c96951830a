package dev.typewright.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How OpenAPI writes a parameter's value as text: the {@code style} and {@code explode} of a query,
 * header or cookie parameter, or of a form body's field. Values are turned into JSON first, so an
 * enum, a date or a model is written as the JSON it would be.
 */
public enum ParameterStyle {
    /** {@code name=a&name=b} exploded, {@code name=a,b} not; an object's fields as its own pairs. */
    FORM,
    /** {@code a,b}: headers and path segments. */
    SIMPLE,
    /** {@code name=a%20b}: an array's items joined with spaces. */
    SPACE_DELIMITED,
    /** {@code name=a|b}: an array's items joined with pipes. */
    PIPE_DELIMITED,
    /** {@code name[key]=value}: an object's fields, nested as deep as they go. */
    DEEP_OBJECT;

    /** The style of an OpenAPI {@code style} value, such as {@code deepObject}; null for null. */
    public static ParameterStyle of(String style) {
        if (style == null) {
            return null;
        }
        return switch (style) {
            case "form" -> FORM;
            case "simple" -> SIMPLE;
            case "spaceDelimited" -> SPACE_DELIMITED;
            case "pipeDelimited" -> PIPE_DELIMITED;
            case "deepObject" -> DEEP_OBJECT;
            default -> throw new IllegalArgumentException("unknown parameter style " + style);
        };
    }

    /**
     * The {@code name=value} pairs that carry a value in a query string or a form body, each
     * already percent-encoded; none for null.
     */
    List<Map.Entry<String, String>> pairs(String name, Object value, boolean explode) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (value == null) {
            return pairs;
        }
        if (isPlain(value)) {
            pairs.add(Map.entry(encode(name), encode(plain(value))));
            return pairs;
        }
        JsonNode node = Json.mapper().valueToTree(value);
        if (node.isArray()) {
            String delimiter = switch (this) {
                case SPACE_DELIMITED -> "%20";
                case PIPE_DELIMITED -> "%7C";
                default -> ",";
            };
            if (explode || this == DEEP_OBJECT) {
                node.forEach(item -> pairs.add(Map.entry(encode(name), encode(text(item)))));
            } else if (!node.isEmpty()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(encode(text(item))));
                pairs.add(Map.entry(encode(name), String.join(delimiter, items)));
            }
        } else if (node.isObject()) {
            if (this == DEEP_OBJECT) {
                deep(encode(name), node, pairs);
            } else if (explode) {
                node.fields().forEachRemaining(f -> {
                    if (!f.getValue().isNull()) {
                        pairs.add(Map.entry(encode(f.getKey()), encode(text(f.getValue()))));
                    }
                });
            } else {
                List<String> items = new ArrayList<>();
                node.fields().forEachRemaining(f -> {
                    if (!f.getValue().isNull()) {
                        items.add(encode(f.getKey()));
                        items.add(encode(text(f.getValue())));
                    }
                });
                pairs.add(Map.entry(encode(name), String.join(",", items)));
            }
        } else if (!node.isNull()) {
            pairs.add(Map.entry(encode(name), encode(text(node))));
        }
        return pairs;
    }

    /** A header's value in the simple style: {@code a,b}, or {@code k,v,k,v} ({@code k=v,k=v} exploded). */
    static String simple(Object value, boolean explode) {
        return expand(null, value, "simple", explode, text -> text);
    }

    /**
     * A path parameter as it stands in the path, in OpenAPI's {@code simple} ({@code 3,4}),
     * {@code label} ({@code .3.4}) or {@code matrix} ({@code ;id=3;id=4}) style: each item is
     * percent-encoded, keeping RFC 3986's reserved characters where the spec allows them, and the
     * style's separators are not.
     */
    static String path(String name, Object value, String style, boolean explode, boolean allowReserved) {
        return expand(
                encode(name),
                value,
                style,
                explode,
                allowReserved ? text -> unreserved(encode(text)) : ParameterStyle::encode);
    }

    /** A value expanded in a style of RFC 6570 as OpenAPI names them, each item through {@code encode}. */
    private static String expand(
            String name, Object value, String style, boolean explode, Function<String, String> encode) {
        JsonNode node = isPlain(value) ? null : Json.mapper().valueToTree(value);
        List<String> items = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        if (node == null || node.isValueNode()) {
            items.add(encode.apply(node == null ? plain(value) : text(node)));
        } else if (node.isArray()) {
            node.forEach(item -> items.add(encode.apply(text(item))));
        } else {
            node.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    pairs.add(encode.apply(f.getKey()));
                    pairs.add(encode.apply(text(f.getValue())));
                }
            });
        }
        boolean object = node != null && node.isObject();
        return switch (style) {
            case "label" ->
                "."
                        + (object
                                ? joinPairs(pairs, explode ? "." : ",", explode)
                                : String.join(explode ? "." : ",", items));
            case "matrix" -> {
                if (object) {
                    yield explode ? ";" + joinPairs(pairs, ";", true) : ";" + name + "=" + String.join(",", pairs);
                }
                if (explode && items.size() > 1) {
                    StringBuilder out = new StringBuilder();
                    items.forEach(
                            item -> out.append(';').append(name).append('=').append(item));
                    yield out.toString();
                }
                yield ";" + name + "=" + String.join(",", items);
            }
            default -> object ? joinPairs(pairs, ",", explode) : String.join(",", items);
        };
    }

    /** Key and value pairs, {@code k=v} joined by {@code separator} when exploded, else all by commas. */
    private static String joinPairs(List<String> pairs, String separator, boolean explode) {
        if (!explode) {
            return String.join(",", pairs);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.size(); i += 2) {
            out.append(i == 0 ? "" : separator).append(pairs.get(i)).append('=').append(pairs.get(i + 1));
        }
        return out.toString();
    }

    private static final Pattern RESERVED = Pattern.compile("%(3A|2F|3F|23|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)");

    /** An encoded value with RFC 3986's reserved characters given back, for {@code allowReserved}. */
    static String unreserved(String encoded) {
        return RESERVED.matcher(encoded)
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static void deep(String prefix, JsonNode node, List<Map.Entry<String, String>> pairs) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = prefix + "%5B" + encode(f.getKey()) + "%5D";
            JsonNode v = f.getValue();
            if (v.isObject()) {
                deep(key, v, pairs);
            } else if (v.isArray()) {
                v.forEach(item -> pairs.add(Map.entry(key, encode(text(item)))));
            } else if (!v.isNull()) {
                pairs.add(Map.entry(key, encode(text(v))));
            }
        }
    }

    private static boolean isPlain(Object value) {
        return value instanceof CharSequence
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof OpenEnum<?>
                || value instanceof TemporalAccessor;
    }

    private static String plain(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return decimal(((Number) value).doubleValue());
        }
        return value instanceof Number || value instanceof Boolean || value instanceof CharSequence
                ? value.toString()
                : text(Json.mapper().valueToTree(value));
    }

    /**
     * A number in the plain decimal form a server's parser expects: {@code limit=100}, not the
     * {@code 100.0} of {@code Double.toString}, and never an exponent.
     */
    private static String decimal(double value) {
        return Double.isFinite(value)
                ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
    }

    /** A scalar as its text; an object or array within an item as compact JSON. */
    private static String text(JsonNode node) {
        if (node.isBigDecimal()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (node.isFloatingPointNumber()) {
            return decimal(node.doubleValue());
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static String encode(String s) {
        return ApiRequest.encode(s);
    }
}
