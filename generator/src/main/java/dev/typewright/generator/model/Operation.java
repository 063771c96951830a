package dev.typewright.generator.model;

import java.util.List;

/**
 * One callable endpoint.
 *
 * @param group the resource path the SDK files it under, such as {@code [acs, users]}
 * @param result what a call returns once the response key is unwrapped; null when nothing
 * @param responseKey the field of the response object that holds the result, if any
 * @param unlisted why the operation is left out of the docs (undocumented or a draft, per
 *     {@code x-undocumented} and {@code x-draft}); null for a documented one. It stays callable.
 */
public record Operation(
    String httpMethod,
    String path,
    List<String> group,
    String methodName,
    String title,
    String description,
    List<Parameter> parameters,
    TypeRef result,
    String responseKey,
    Deprecation deprecation,
    List<Example> examples,
    String unlisted) {

  public Operation {
    group = List.copyOf(group);
    parameters = List.copyOf(parameters);
    examples = List.copyOf(examples);
  }

  /** Whether the request object itself is the JSON body (its body fields are). */
  public boolean hasBody() {
    return parameters.stream().anyMatch(p -> p.location() == Parameter.Location.BODY);
  }
}
