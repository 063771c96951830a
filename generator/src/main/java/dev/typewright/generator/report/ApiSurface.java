package dev.typewright.generator.report;

import dev.typewright.generator.emit.SnippetEmitter;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.model.TypeDef;
import dev.typewright.generator.naming.Naming;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API as a Java caller sees it, flattened to sorted entries such as
 * {@code field Device.name -> String optional}, so two generations can be compared entry by entry.
 */
public final class ApiSurface {
    static final String OPERATION = "operation ";
    static final String REQUEST_FIELD = "request ";
    static final String TYPE = "type ";
    static final String FIELD = "field ";
    static final String CONSTANT = "constant ";
    static final String VARIANT = "variant ";

    private static final String HEADER = "# The API of the generated client as Java callers see it: one entry per line,"
            + " its value after a tab when it has one.\n";
    private static final List<String> KINDS = List.of(OPERATION, REQUEST_FIELD, TYPE, FIELD, CONSTANT, VARIANT);

    private ApiSurface() {}

    /** The surface as text, one sorted entry per line, for a baseline committed beside the spec. */
    public static String text(Map<String, String> surface) {
        StringBuilder s = new StringBuilder(HEADER);
        new TreeMap<>(surface)
                .forEach((k, v) ->
                        s.append(k).append(v.isEmpty() ? "" : "\t" + v).append('\n'));
        return s.toString();
    }

    /**
     * Reads what {@link #text} wrote.
     *
     * @throws IllegalArgumentException naming the line that is not an entry
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> surface = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (KINDS.stream().noneMatch(line::startsWith)) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not an API entry: " + line);
            }
            int tab = line.indexOf('\t');
            surface.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
        }
        return Collections.unmodifiableMap(surface);
    }

    public static Map<String, String> of(ApiModel model, Naming naming) {
        SnippetEmitter types = new SnippetEmitter(model, naming);
        Map<String, String> surface = new TreeMap<>();
        for (Operation op : model.operations()) {
            StringBuilder path = new StringBuilder();
            naming.accessorPath(op).forEach(a -> path.append(a).append('.'));
            String request = op.parameters().isEmpty() ? "" : naming.requestName(op);
            surface.put(
                    OPERATION + path + naming.methodName(op) + "(" + request + ")",
                    naming.outcomeTypeName(op) != null
                            ? naming.outcomeTypeName(op)
                            : op.result() == null ? "void" : types.javaType(op.result()));
            if (!op.parameters().isEmpty()) {
                for (Parameter p : op.parameters()) {
                    surface.put(
                            REQUEST_FIELD + request + "." + naming.parameterName(op, p),
                            types.javaType(p.type()) + (p.required() ? " required" : " optional"));
                }
            }
        }
        for (TypeDef type : model.types().values()) {
            String name = naming.typeName(type.id());
            if (type instanceof TypeDef.ObjectDef object) {
                surface.put(TYPE + name, "record");
                Map<String, String> names = naming.fieldNames(object.id());
                for (TypeDef.Field f : object.fields()) {
                    surface.put(
                            FIELD + name + "." + names.get(f.jsonName()),
                            types.javaType(f.type()) + (f.required() ? " required" : " optional"));
                }
            } else if (type instanceof TypeDef.EnumDef e) {
                surface.put(TYPE + name, "enum");
                naming.constantNames(e.id()).values().forEach(c -> surface.put(CONSTANT + name + "." + c, ""));
            } else if (type instanceof TypeDef.UnionDef u) {
                surface.put(TYPE + name, "union");
                u.variants().forEach(v -> surface.put(VARIANT + name + "." + naming.typeName(v.typeId()), ""));
            }
        }
        return Collections.unmodifiableMap(surface);
    }
}
