package dev.typewright.generator.model;

import java.util.List;

/** A type the API defines, which becomes a class of its own. */
public sealed interface TypeDef {
  String id();

  String description();

  /**
   * A JSON object with known fields; other fields a server sends are kept, not dropped.
   *
   * @param id the schema's name, or a name derived from where an inline schema stands
   */
  record ObjectDef(String id, String description, List<Field> fields, Deprecation deprecation)
      implements TypeDef {
    public ObjectDef {
      fields = List.copyOf(fields);
    }
  }

  record Field(
      String jsonName,
      TypeRef type,
      boolean required,
      boolean nullable,
      String description,
      Deprecation deprecation) {}
}
