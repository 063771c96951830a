package dev.typewright.generator.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One namespace of Java names (a package's classes, one class's members, one enum's constants),
 * handing each suggestion out once: a taken suggestion gets the first free number. Numbers, not
 * JavaPoet's trailing underscores, because {@code Device2} reads as a name and {@code Device_}
 * as a typo. Class scopes ignore case, since two classes that differ only in case are one file
 * on macOS and Windows.
 */
final class NameScope {
    private final Set<String> taken = new HashSet<>();
    private final boolean ignoreCase;
    private final String separator;

    private NameScope(boolean ignoreCase, String separator, Collection<String> reserved) {
        this.ignoreCase = ignoreCase;
        this.separator = separator;
        reserved.forEach(r -> taken.add(key(r)));
    }

    /** Class names: case does not tell two apart. */
    static NameScope types(Collection<String> reserved) {
        return new NameScope(true, "", reserved);
    }

    /** Methods, fields and parameters: {@code name2} after {@code name}. */
    static NameScope members(Collection<String> reserved) {
        return new NameScope(false, "", reserved);
    }

    /** Enum constants: {@code ACTIVE_2} after {@code ACTIVE}. */
    static NameScope constants(Collection<String> reserved) {
        return new NameScope(false, "_", reserved);
    }

    /** The suggestion, or it numbered, such that this scope has it only once. */
    String allocate(String suggestion) {
        String name = suggestion;
        for (int i = 2; !taken.add(key(name)); i++) {
            name = suggestion + separator + i;
        }
        return name;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
