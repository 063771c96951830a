package dev.typewright.generator.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A type the API defines, which becomes a class of its own. */
public sealed interface TypeDef {
    String id();

    String description();

    /**
     * A JSON object with known fields; other fields a server sends are kept, not dropped.
     *
     * @param id the schema's name, or a name derived from where an inline schema stands
     */
    record ObjectDef(String id, String description, List<Field> fields, Deprecation deprecation) implements TypeDef {
        public ObjectDef {
            fields = List.copyOf(fields);
        }

        public ObjectDef with(String id, List<Field> fields) {
            return new ObjectDef(id, description, fields, deprecation);
        }
    }

    /** @param defaultValue the value the server assumes when the field is left out, as JSON; or null */
    record Field(
            String jsonName,
            TypeRef type,
            boolean required,
            boolean nullable,
            String description,
            Deprecation deprecation,
            String defaultValue) {

        public Field withType(TypeRef type) {
            return new Field(jsonName, type, required, nullable, description, deprecation, defaultValue);
        }
    }

    /**
     * A string with known values, open to values a newer server adds.
     *
     * @param values the known values, in the spec's order
     */
    record EnumDef(String id, String description, List<String> values) implements TypeDef {
        public EnumDef {
            values = List.copyOf(values);
        }

        public EnumDef withId(String id) {
            return new EnumDef(id, description, values);
        }
    }

    /**
     * A value that is one of several object shapes ({@code oneOf}/{@code anyOf}), told apart by the
     * fields each shape fixes to one value, such as a discriminator.
     *
     * @param discriminator the property the spec names as discriminator, or null for none
     */
    record UnionDef(String id, String description, String discriminator, List<Variant> variants) implements TypeDef {
        public UnionDef {
            variants = List.copyOf(variants);
        }

        public UnionDef with(String id, List<Variant> variants) {
            return new UnionDef(id, description, discriminator, variants);
        }
    }

    /**
     * One shape of a union.
     *
     * @param typeId the object type of this shape
     * @param fixed the properties this shape requires to hold one exact string, such as
     *     {@code event_type: "device.connected"}
     * @param required the properties this shape requires to be present
     */
    record Variant(String typeId, Map<String, String> fixed, Set<String> required) {
        public Variant {
            fixed = Collections.unmodifiableMap(new TreeMap<>(fixed));
            required = Collections.unmodifiableSet(new TreeSet<>(required));
        }

        public Variant withTypeId(String typeId) {
            return new Variant(typeId, fixed, required);
        }
    }
}
