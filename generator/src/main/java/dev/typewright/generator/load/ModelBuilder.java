package dev.typewright.generator.load;

import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.model.Credential;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Server;
import dev.typewright.generator.profile.Profile;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Walks a parsed OpenAPI document and builds the model: auth, then every operation, then the
 * schemas no operation reached. The readers it drives are the only code that knows Swagger
 * Parser's types. A part that cannot be read is recorded and the walk goes on, so one run
 * reports every problem, each with the JSON pointer of where it stands.
 */
final class ModelBuilder {
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    private final OpenAPI api;
    private final Problems problems;
    private final Profile profile;
    private final Schemas schemas;
    private final TypeReader types;
    private final OperationReader operations;
    private final Customizations customizations;

    ModelBuilder(
            OpenAPI api,
            String file,
            Profile profile,
            Problems problems,
            boolean responseSamples,
            Customizations customizations) {
        this.api = api;
        this.problems = problems;
        this.profile = profile;
        this.customizations = customizations;
        this.schemas = new Schemas(api, file, profile);
        this.types = new TypeReader(schemas, file, customizations, problems);
        this.operations = new OperationReader(api, file, schemas, types, profile, problems, responseSamples);
    }

    ApiModel build() throws SpecException {
        AuthReader auth = new AuthReader(api, problems);
        List<AuthScheme> schemes = auth.authSchemes();
        Set<String> supported = new HashSet<>();
        schemes.forEach(s -> supported.add(s.id()));
        Set<List<String>> modes = new LinkedHashSet<>();
        AuthReader.addModes(api.getSecurity(), supported, modes);

        Map<String, Operation> byName = new LinkedHashMap<>();
        boolean everyCallNeedsCredentials = true;
        Customizations.Selector selector = customizations.selector();
        if (api.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
                String pointer = Pointers.child("/paths", path.getKey());
                for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> op :
                        path.getValue().readOperationsMap().entrySet()) {
                    String opPointer =
                            Pointers.child(pointer, op.getKey().name().toLowerCase(Locale.ROOT));
                    if (!selector.selects(
                            op.getKey().name(),
                            path.getKey(),
                            op.getValue().getOperationId(),
                            op.getValue().getTags() == null
                                    ? List.of()
                                    : op.getValue().getTags())) {
                        continue;
                    }
                    AuthReader.addModes(op.getValue().getSecurity(), supported, modes);
                    everyCallNeedsCredentials &= AuthReader.needsCredentials(
                            op.getValue().getSecurity() != null ? op.getValue().getSecurity() : api.getSecurity());
                    try {
                        Operation built = operations.operation(
                                path.getKey(), path.getValue(), op.getKey().name(), op.getValue(), opPointer);
                        add(byName, built, opPointer);
                    } catch (SpecException e) {
                        problems.add(e);
                    }
                }
            }
        }
        selector.unused().forEach(f -> problems.warn("/paths", f + " matches no operation"));
        for (String name : customizations.schemaMappings().keySet()) {
            if (!schemas.components().containsKey(name)) {
                problems.warn("/components/schemas", "schema mapping " + name + " names no schema here");
            }
        }
        // Schemas no operation uses are still part of the API (webhook payloads, say), unless the
        // user picked the operations: then the client is what those need.
        for (Map.Entry<String, Schema<?>> schema : new TreeMap<>(schemas.components()).entrySet()) {
            if (customizations.filters() || customizations.schemaMappings().containsKey(schema.getKey())) {
                continue;
            }
            String pointer = Pointers.child("/components/schemas", schema.getKey());
            try {
                types.defineComponent(schema.getKey(), schema.getValue(), pointer);
            } catch (SpecException e) {
                problems.add(e);
            }
        }
        problems.throwIfAny();
        List<Server> servers = servers(api.getServers());
        String server = servers.isEmpty() ? null : servers.get(0).defaultUrl();
        Map<String, String> renames = InlineTypes.renames(
                types.inlineHints(),
                types.preferredNames(),
                types.types().keySet(),
                schemas.components().keySet());
        List<Credential> credentials = profile.credentials(
                schemes,
                List.copyOf(modes),
                api.getPaths() == null ? Set.of() : api.getPaths().keySet());
        SharedEnums.Result shared = SharedEnums.apply(
                InlineTypes.rename(types.types(), renames),
                InlineTypes.renamePlacements(types.placements(), renames),
                byName.values().stream()
                        .map(op -> InlineTypes.rename(op, renames))
                        .toList());
        return new ApiModel(
                api.getInfo() == null ? null : api.getInfo().getTitle(),
                api.getInfo() == null ? null : api.getInfo().getDescription(),
                server,
                servers,
                schemes,
                credentials,
                shared.operations(),
                shared.types(),
                shared.placements(),
                !credentials.isEmpty() && profile.credentialsRequired(everyCallNeedsCredentials && !byName.isEmpty()),
                profile.runtimePolicies(),
                profile.conventions(credentials, schemas.components().keySet()));
    }

    /** The servers the spec lists; one without a URL is left out, as OpenAPI requires one. */
    static List<Server> servers(List<io.swagger.v3.oas.models.servers.Server> declared) {
        List<Server> servers = new ArrayList<>();
        if (declared == null) {
            return servers;
        }
        for (io.swagger.v3.oas.models.servers.Server s : declared) {
            if (s == null || s.getUrl() == null) {
                continue;
            }
            List<Server.Variable> variables = new ArrayList<>();
            if (s.getVariables() != null) {
                s.getVariables().forEach((name, v) -> {
                    if (v != null && s.getUrl().contains("{" + name + "}")) {
                        variables.add(new Server.Variable(
                                name,
                                v.getDefault(),
                                v.getEnum() == null ? List.of() : List.copyOf(v.getEnum()),
                                v.getDescription()));
                    }
                });
            }
            servers.add(new Server(s.getUrl(), s.getDescription(), variables));
        }
        return servers;
    }

    /**
     * Files the operation under its name. Two operations of one name on different paths are an
     * error; on the same path (one endpoint under several methods) the profile picks one.
     */
    private void add(Map<String, Operation> byName, Operation built, String pointer) {
        String key = String.join(".", built.group()) + "#" + built.methodName();
        Operation other = byName.get(key);
        if (other == null) {
            byName.put(key, built);
            return;
        }
        String preferred = other.path().equals(built.path())
                ? profile.preferredMethod(other.httpMethod(), built.httpMethod())
                : null;
        // One endpoint under two methods: if either can be repeated without harm, both can.
        boolean idempotent = IDEMPOTENT_METHODS.contains(other.httpMethod())
                || IDEMPOTENT_METHODS.contains(built.httpMethod())
                || other.idempotent()
                || built.idempotent();
        if (preferred == null) {
            String name = built.methodName() + "_" + built.httpMethod().toLowerCase(Locale.ROOT);
            String prefix = String.join(".", built.group()) + "#";
            for (int n = 2; byName.containsKey(prefix + name); n++) {
                name = built.methodName() + "_" + n;
            }
            problems.warn(
                    pointer,
                    "operation is named " + key.replace('#', '.') + " like " + other.httpMethod() + " " + other.path()
                            + "; generated as " + name + " (give it another operationId or x-typewright-method-name)");
            byName.put(prefix + name, built.withMethodName(name));
        } else {
            Operation kept = preferred.equals(built.httpMethod()) ? built : other;
            byName.put(key, kept.withIdempotent(idempotent && !IDEMPOTENT_METHODS.contains(kept.httpMethod())));
        }
    }
}
