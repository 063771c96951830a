package dev.typewright.generator.model;

/**
 * Where an inline type stands when it stands in exactly one place: inside the type {@code ownerId},
 * as {@code name} (a property such as {@code location}, a list's {@code items_item}, a union's
 * variant). Types a spec names, and inline shapes several places share, have no placement.
 */
public record Placement(String ownerId, String name) {
    public Placement withOwnerId(String ownerId) {
        return new Placement(ownerId, name);
    }
}
