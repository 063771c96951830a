package dev.typewright.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewright.generator.model.ApiModel;
import dev.typewright.generator.model.AuthScheme;
import dev.typewright.generator.model.Operation;
import dev.typewright.generator.model.Parameter;
import dev.typewright.generator.naming.Naming;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the resource clients, one class per group of operations, and the root client that holds
 * them and builds itself from the spec's auth modes. Each operation becomes one method that
 * describes its call to the runtime; the runtime does the rest.
 */
final class ClientEmitter {
  private static final String CORE = "core";

  private final ApiModel model;
  private final Naming naming;
  private final Types types;

  ClientEmitter(ApiModel model, Naming naming, Types types) {
    this.model = model;
    this.naming = naming;
    this.types = types;
  }

  TypeSpec emit(Naming.Resource resource) {
    ClassName self = ClassName.get(naming.clientPackage(), resource.className());
    boolean root = resource.path().isEmpty();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(root ? rootDoc() : CodeBlock.of("Operations under $L.\n", Javadoc.code(String.join(".", resource.path()))));
    if (!resource.operations().isEmpty()) {
      type.addField(FieldSpec.builder(Types.CLIENT_CORE, CORE, Modifier.PRIVATE, Modifier.FINAL).build());
    }
    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder()
            .addModifiers(root ? Modifier.PRIVATE : Modifier.PUBLIC)
            .addParameter(Types.CLIENT_CORE, CORE);
    if (!root) {
      ctor.addJavadoc("Resource clients come from {@link $T}; this constructor is for it.\n", ClassName.get(naming.clientPackage(), naming.clientName()));
    }
    if (!resource.operations().isEmpty()) {
      ctor.addStatement("this.$L = $L", CORE, CORE);
    }
    for (Naming.Resource child : resource.children()) {
      ClassName childType = ClassName.get(naming.clientPackage(), child.className());
      type.addField(FieldSpec.builder(childType, child.accessor(), Modifier.PRIVATE, Modifier.FINAL).build());
      ctor.addStatement("this.$L = new $T($L)", child.accessor(), childType, CORE);
      type.addMethod(
          MethodSpec.methodBuilder(child.accessor())
              .addJavadoc("Operations under $L.\n", Javadoc.code(String.join(".", child.path())))
              .addModifiers(Modifier.PUBLIC)
              .returns(childType)
              .addStatement("return $L", child.accessor())
              .build());
    }
    type.addMethod(ctor.build());
    for (Operation op : resource.operations()) {
      operationMethods(op).forEach(type::addMethod);
    }
    if (root) {
      type.addField(
          FieldSpec.builder(String.class, "DEFAULT_ENDPOINT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("Where the client sends calls unless told otherwise.\n")
              .initializer("$S", model.defaultServerUrl())
              .build());
      ClassName builder = self.nestedClass("Builder");
      type.addMethod(
          MethodSpec.methodBuilder("builder")
              .addJavadoc("Starts configuring a client: pick one way to authenticate, then {@code build()}.\n")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(builder)
              .addStatement("return new $T()", builder)
              .build());
      type.addType(builderType(self, builder));
    }
    return type.build();
  }

  private CodeBlock rootDoc() {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("The $L client.\n", Javadoc.escape(model.title() == null ? naming.clientName() : model.title()));
    String description = Javadoc.escape(model.description());
    if (!description.isEmpty()) {
      doc.add("\n<p>$L\n", description);
    }
    doc.add("\n<p>Build one with {@link #builder()} and share it: it is thread-safe.\n");
    return doc.build();
  }

  private List<MethodSpec> operationMethods(Operation op) {
    String name = naming.methodName(op);
    TypeName result = op.result() == null ? TypeName.VOID : types.of(op.result());
    CodeBlock doc = operationDoc(op, result);

    MethodSpec.Builder main =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(result)
            .addJavadoc(doc);
    if (op.deprecation().deprecated()) {
      main.addAnnotation(Deprecated.class);
    }
    if (op.parameters().isEmpty()) {
      return List.of(main.addCode(call(op, result, null)).build());
    }
    ClassName request = ClassName.get(naming.modelPackage(), naming.requestName(op));
    main.addParameter(request, "request").addCode(call(op, result, "request"));
    if (op.parameters().stream().anyMatch(Parameter::required)) {
      return List.of(main.build());
    }
    // Every input is optional, so the call without a request is offered as well.
    MethodSpec.Builder bare =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(result)
            .addJavadoc("Like {@link #$L($T)} with no inputs set.\n", name, request);
    if (op.deprecation().deprecated()) {
      bare.addAnnotation(Deprecated.class);
    }
    bare.addStatement(
        (result.equals(TypeName.VOID) ? "" : "return ") + "$L($T.builder().build())", name, request);
    return List.of(main.build(), bare.build());
  }

  private CodeBlock operationDoc(Operation op, TypeName result) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String title = Javadoc.escape(op.title());
    String description = Javadoc.escape(op.description());
    if (!title.isEmpty()) {
      doc.add("$L.\n", title.endsWith(".") ? title.substring(0, title.length() - 1) : title);
    }
    if (!description.isEmpty() && !description.equals(title)) {
      doc.add("\n<p>$L\n", description);
    }
    doc.add("\n<p>$L\n", Javadoc.code(op.httpMethod() + " " + op.path()));
    if (op.unlisted() != null) {
      doc.add("\n<p>$L\n", Javadoc.escape(op.unlisted()));
    }
    if (op.deprecation().deprecated()) {
      doc.add(
          "\n@deprecated $L\n",
          op.deprecation().note() == null ? "no longer recommended" : Javadoc.escape(op.deprecation().note()));
    }
    if (!op.parameters().isEmpty()) {
      doc.add("\n@param request the inputs of the call\n");
    }
    if (!result.equals(TypeName.VOID)) {
      doc.add(
          op.responseKey() == null
              ? "@return the response\n"
              : "@return the " + Javadoc.code(op.responseKey()) + " of the response\n");
    }
    doc.add("@throws $T when the API answers with an error status\n", Types.API_EXCEPTION);
    return doc.build();
  }

  private CodeBlock call(Operation op, TypeName result, String request) {
    CodeBlock.Builder spec = CodeBlock.builder();
    spec.add("$T.of($S, $S)", Types.API_REQUEST, op.httpMethod(), op.path());
    Map<String, String> names = naming.parameterNames(op);
    for (Parameter p : op.parameters()) {
      String name = names.get(p.name());
      switch (p.location()) {
        case PATH -> spec.add("\n.pathParam($S, $L.$L())", p.name(), request, name);
        case QUERY -> spec.add("\n.query($S, $L.$L())", p.name(), request, name);
        case HEADER -> spec.add("\n.header($S, $L.$L())", p.name(), request, name);
        case BODY_VALUE -> spec.add("\n.body($L.$L())", request, name);
        case BODY -> {}
      }
    }
    if (op.hasBody()) {
      spec.add("\n.body($L)", request);
    }
    if (op.responseKey() != null && op.result() != null) {
      spec.add("\n.responseKey($S)", op.responseKey());
    }
    CodeBlock.Builder code = CodeBlock.builder().addStatement("$T call = $L", Types.API_REQUEST, spec.build());
    if (result.equals(TypeName.VOID)) {
      return code.addStatement("$L.send(call)", CORE).build();
    }
    CodeBlock target =
        result instanceof ParameterizedTypeName
            ? CodeBlock.of("new $T<$T>() {}", Types.TYPE_REFERENCE, result)
            : CodeBlock.of("$T.class", result);
    return code.addStatement("return $L.send(call, $L)", CORE, target).build();
  }

  private TypeSpec builderType(ClassName client, ClassName builder) {
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addJavadoc("Configures a {@link $T}.\n", client)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(Types.CLIENT_BUILDER, builder, client))
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addStatement("super(DEFAULT_ENDPOINT)")
                    .build());
    for (Naming.AuthMethod method : naming.authMethods()) {
      b.addMethod(authMethod(method, builder));
    }
    b.addMethod(
        MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(client)
            .addParameter(Types.CLIENT_CORE, CORE)
            .addStatement("return new $T($L)", client, CORE)
            .build());
    return b.build();
  }

  private MethodSpec authMethod(Naming.AuthMethod method, ClassName builder) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(method.name()).addModifiers(Modifier.PUBLIC).returns(builder);
    CodeBlock.Builder auth = CodeBlock.builder();
    CodeBlock.Builder doc = CodeBlock.builder().add("Authenticates with ");
    List<String> ids = method.mode().schemeIds();
    for (int i = 0; i < ids.size(); i++) {
      AuthScheme scheme = model.scheme(ids.get(i));
      String param = method.parameters().get(i);
      m.addParameter(String.class, param);
      CodeBlock one =
          scheme.kind() == AuthScheme.Kind.BEARER
              ? CodeBlock.of("$T.bearer($L)", Types.AUTH, param)
              : CodeBlock.of("$T.header($S, $L)", Types.AUTH, scheme.headerName(), param);
      for (String also : scheme.alsoHeaders()) {
        one = CodeBlock.of("$L.and($T.header($S, $L))", one, Types.AUTH, also, param);
      }
      auth.add(i == 0 ? "$L" : ".and($L)", one);
      doc.add(i == 0 ? "" : i == ids.size() - 1 ? " and " : ", ");
      doc.add("$L", describeHeaders(scheme));
    }
    doc.add(".\n");
    for (int i = 0; i < ids.size(); i++) {
      String d = Javadoc.escape(model.scheme(ids.get(i)).description());
      doc.add("\n@param $L $L", method.parameters().get(i), d.isEmpty() ? "the credential" : d);
    }
    return m.addJavadoc(doc.add("\n").build()).addStatement("return auth($L)", auth.build()).build();
  }

  private static String describeHeaders(AuthScheme scheme) {
    String main = scheme.kind() == AuthScheme.Kind.BEARER ? "Authorization: Bearer" : scheme.headerName().toLowerCase(Locale.ROOT);
    if (scheme.alsoHeaders().isEmpty()) {
      return Javadoc.code(main);
    }
    return Javadoc.code(main) + " and " + Javadoc.code(String.join(", ", scheme.alsoHeaders()));
  }
}
