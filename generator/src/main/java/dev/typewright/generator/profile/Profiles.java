package dev.typewright.generator.profile;

import dev.typewright.generator.profile.seam.SeamProfile;
import java.util.List;

/** The profiles users can select by name. */
public final class Profiles {
    private static final List<Profile> ALL = List.of(new StandardProfile(), new SeamProfile());

    private Profiles() {}

    /** The profile named {@code name}; the standard one for null. */
    public static Profile named(String name) {
        if (name == null || name.isBlank()) {
            return ALL.get(0);
        }
        return ALL.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile " + name + "; known profiles: "
                        + String.join(", ", ALL.stream().map(Profile::name).toList())));
    }
}
