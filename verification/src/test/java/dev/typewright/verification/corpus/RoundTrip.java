package dev.typewright.verification.corpus;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewright.generator.Generator;
import dev.typewright.generator.model.Example;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.naming.Naming;
import dev.typewright.runtime.Json;
import dev.typewright.verification.JsonDiff;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every response example a document gives (not the ones the generator makes up) into the
 * type its call returns, with the client's own JSON configuration, writes it back, and compares
 * the two by {@link JsonDiff}: the models must lose nothing of what a server documents.
 */
final class RoundTrip {
    /**
     * @param examples how many examples were read and written back
     * @param failure the first that did not come back equal, with where; null when none
     */
    record Checked(int examples, String failure) {}

    private RoundTrip() {}

    static Checked check(Generator.Output output, Path classes) throws IOException, ReflectiveOperationException {
        Naming naming = output.naming();
        Map<Operation, String> clients = new IdentityHashMap<>();
        collect(naming.root(), clients);
        ObjectMapper mapper = mapper();
        int examples = 0;
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, RoundTrip.class.getClassLoader())) {
            for (Operation op : output.model().operations()) {
                if (op.result() == null || op.resultMediaType() != null) {
                    continue;
                }
                Type returned = null;
                for (Example example : op.examples()) {
                    if (example.synthesized() || example.response() == null) {
                        continue;
                    }
                    JsonNode value = op.responseKey() == null
                            ? example.response()
                            : example.response().get(op.responseKey());
                    if (value == null) {
                        continue;
                    }
                    if (returned == null) {
                        returned = returnType(loader, naming, op, clients.get(op));
                    }
                    examples++;
                    String failure = roundTrip(mapper, mapper.constructType(returned), value);
                    if (failure != null) {
                        return new Checked(examples, op.httpMethod() + " " + op.path() + " " + failure);
                    }
                }
            }
        }
        return new Checked(examples, null);
    }

    /** What differs once the value is read and written back; null when nothing does. */
    private static String roundTrip(ObjectMapper mapper, JavaType type, JsonNode value) {
        JsonNode back;
        try {
            Object read = mapper.readerFor(type).readValue(value.toString());
            back = mapper.readTree(mapper.writeValueAsString(read));
        } catch (Exception e) {
            return "example not read: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        Optional<JsonDiff.Difference> difference = JsonDiff.first(value, back);
        return difference.map(d -> "example changed at " + d).orElse(null);
    }

    private static Type returnType(ClassLoader loader, Naming naming, Operation op, String client)
            throws ReflectiveOperationException {
        if (naming.outcomeTypeName(op) != null) {
            // A call with a type per status: its examples are the first status's with a body.
            Operation.Outcome first = op.outcomes().stream()
                    .filter(o -> o.type() != null)
                    .findFirst()
                    .orElseThrow();
            return loader.loadClass(naming.modelPackage() + "." + naming.outcomeTypeName(op) + "$"
                            + Naming.outcomeVariant(first.status()))
                    .getRecordComponents()[0]
                    .getGenericType();
        }
        Class<?> type = loader.loadClass(naming.clientPackage() + "." + client);
        String name = naming.methodName(op);
        Class<?>[] parameters = op.parameters().isEmpty()
                ? new Class<?>[0]
                : new Class<?>[] {loader.loadClass(naming.modelPackage() + "." + naming.requestName(op))};
        Method method = type.getMethod(name, parameters);
        return method.getGenericReturnType();
    }

    private static void collect(Naming.Resource resource, Map<Operation, String> into) {
        resource.operations().forEach(op -> into.put(op, resource.className()));
        resource.children().forEach(child -> collect(child, into));
    }

    /** The client's own mapper, which the runtime keeps to itself. */
    private static ObjectMapper mapper() throws ReflectiveOperationException {
        Method mapper = Json.class.getDeclaredMethod("mapper");
        mapper.setAccessible(true);
        return (ObjectMapper) mapper.invoke(null);
    }
}
